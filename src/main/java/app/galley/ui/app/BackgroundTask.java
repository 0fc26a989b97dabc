package app.galley.ui.app;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Long work (an import, a batch cleaning, an export) with progress, a message and cancel, run by a
 * {@link TaskExecutor} (after JabRef's {@code BackgroundTask}). Unlike JavaFX's own {@code Task} it
 * does not need the toolkit: its progress, message and outcome reach the FX thread through the
 * executor, so a view-model test runs it at once on its own thread. Progress and message updates
 * are coalesced: a bulk import of thousands of files posts at most one update at a time.
 *
 * @param <T> what the work answers
 */
public abstract class BackgroundTask<T> {

    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicReference<Double> progressUpdate = new AtomicReference<>();
    private final AtomicReference<String> messageUpdate = new AtomicReference<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Consumer<Runnable> fx = Runnable::run;
    private Consumer<T> onSucceeded = x -> { };
    private Consumer<Throwable> onFailed = BackgroundTasks::log;
    private Runnable onCancelled = () -> { };

    /** The work, off the FX thread. */
    protected abstract T call() throws Exception;

    /** Runs the work on the calling thread, handing progress and the outcome to {@code fx}. */
    final void runWith(Consumer<Runnable> onFx) {
        this.fx = onFx;
        T value;
        try {
            value = call();
        } catch (Throwable e) {
            fx.accept(() -> {
                if (isCancelled()) {
                    onCancelled.run();
                } else {
                    onFailed.accept(e);
                }
            });
            return;
        }
        fx.accept(() -> {
            if (isCancelled()) {
                onCancelled.run();
            } else {
                onSucceeded.accept(value);
            }
        });
    }

    /** {@code done} of {@code total} (a negative total: not known yet). */
    protected final void updateProgress(long done, long total) {
        double p = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        if (progressUpdate.getAndSet(p) == null) {
            fx.accept(() -> progress.set(progressUpdate.getAndSet(null)));
        }
    }

    protected final void updateMessage(String text) {
        if (messageUpdate.getAndSet(text) == null) {
            fx.accept(() -> message.set(messageUpdate.getAndSet(null)));
        }
    }

    /** Runs {@code r} on the FX thread (from the work: results it hands over as it goes). */
    protected final void onFx(Runnable r) {
        fx.accept(r);
    }

    /** Asks the work to stop; it checks {@link #isCancelled()} between steps (never interrupted mid-write). */
    public void cancel() {
        cancelled.set(true);
    }

    public final boolean isCancelled() {
        return cancelled.get();
    }

    /** From 0 to 1, or -1 while the amount of work is not known; on the FX thread. */
    public final ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What the work is doing now, in words; on the FX thread. */
    public final ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Runs on the FX thread with the work's answer. */
    public final BackgroundTask<T> onSucceeded(Consumer<T> then) {
        this.onSucceeded = then;
        return this;
    }

    /** Runs on the FX thread with the work's failure. */
    public final BackgroundTask<T> onFailed(Consumer<Throwable> then) {
        this.onFailed = then;
        return this;
    }

    /** Runs on the FX thread once the work stopped because it was cancelled. */
    public final BackgroundTask<T> onCancelled(Runnable then) {
        this.onCancelled = then;
        return this;
    }
}
