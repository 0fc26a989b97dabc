package app.galley.ui.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the window runs work off the FX thread (after JabRef's {@code TaskExecutor}): long
 * tasks with progress and cancel, short reads and writes whose result comes back on the FX thread,
 * and work repeated every so often. The window has one ({@link BackgroundTasks}); view-model tests
 * use a synchronous one that runs everything at once on the calling thread, so they need no toolkit
 * and no waiting (ADR 15).
 */
public interface TaskExecutor extends AutoCloseable {

    /** Runs a task with progress and cancel (an import, a batch, an export); returns it for binding. */
    <T> BackgroundTask<T> run(BackgroundTask<T> task);

    /**
     * Runs {@code work} off the FX thread, then hands its result to {@code then} (or its failure to
     * {@code failed}) on the FX thread.
     */
    <T> void submit(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed);

    /** Runs {@code work} off the FX thread; a failure is logged. */
    default void submit(Runnable work) {
        submit(() -> {
            work.run();
            return null;
        }, x -> { }, BackgroundTasks::log);
    }

    /** Runs {@code work} off the FX thread, then {@code then} on the FX thread; a failure is logged. */
    default void submit(Runnable work, Runnable then) {
        submit(() -> {
            work.run();
            return null;
        }, x -> then.run(), BackgroundTasks::log);
    }

    /** Runs {@code work} off the FX thread now and then every {@code period} until the handle is closed. */
    Repeating every(Duration period, Runnable work);

    /**
     * Runs {@code r} on the FX thread once, after {@code delay} (a pause in typing); closing the
     * handle first means it never runs.
     */
    Repeating after(Duration delay, Runnable r);

    /** True when no work is waiting or running and its results have reached the FX thread. */
    boolean idle();

    /** Runs {@code r} on the FX thread (later, from a background thread). */
    void onFx(Runnable r);

    @Override
    void close();

    /** Stops repeated work. */
    interface Repeating extends AutoCloseable {
        @Override
        void close();
    }
}
