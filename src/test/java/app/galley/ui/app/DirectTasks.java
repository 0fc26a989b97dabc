package app.galley.ui.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The synchronous task executor of the view-model tests: everything runs at once on the calling
 * thread, so a test needs neither a toolkit nor waiting. Repeated work runs once when registered and
 * again at each {@link #tick()}.
 */
public final class DirectTasks implements TaskExecutor {

    private final List<Runnable> repeated = new ArrayList<>();

    @Override
    public <T> BackgroundTask<T> run(BackgroundTask<T> task) {
        task.runWith(Runnable::run);
        return task;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            failed.accept(e);
            return;
        }
        then.accept(result);
    }

    @Override
    public Repeating every(Duration period, Runnable work) {
        repeated.add(work);
        work.run();
        return () -> repeated.remove(work);
    }

    /** Runs {@code r} at once: no time passes in a view-model test. */
    @Override
    public Repeating after(Duration delay, Runnable r) {
        r.run();
        return () -> { };
    }

    /** Runs the repeated work once more, as time passing would. */
    public void tick() {
        List.copyOf(repeated).forEach(Runnable::run);
    }

    @Override
    public boolean idle() {
        return true; // everything ran at once
    }

    @Override
    public void onFx(Runnable r) {
        r.run();
    }

    @Override
    public void close() {
        repeated.clear();
    }
}
