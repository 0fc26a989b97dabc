package app.galley.ui.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's task executor: two daemon threads for all background work (imports, exports,
 * reading the library, search, previews, the outbox and the change feed), results on the FX thread.
 */
public final class BackgroundTasks implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    private final ScheduledExecutorService executor;

    public BackgroundTasks() {
        AtomicInteger n = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "galley-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        executor = pool;
    }

    /**
     * Runs one-off work on a daemon thread of its own at low priority, before any window (and its
     * executor) exists: the class warm-up while the library opens.
     */
    static void once(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log(e);
            }
        }, name);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    public static void log(Throwable e) {
        LOG.warn("Background work failed", e);
    }

    /** Work submitted or running whose results have not yet been handed to the FX thread. */
    private final AtomicInteger pending = new AtomicInteger();

    /** Counted until what the work posted to the FX thread (its result, a task's state) has run there. */
    private void done() {
        Platform.runLater(pending::decrementAndGet);
    }

    /** True once the window closed its executor: work asked for after that is not done. */
    private boolean closed() {
        if (executor.isShutdown()) {
            LOG.debug("Background work asked for after the window closed; not done");
            return true;
        }
        return false;
    }

    /** Runs work on the pool, unless the window closed it between the check and now. */
    private void execute(Runnable r) {
        try {
            executor.execute(r);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pending.decrementAndGet();
            LOG.debug("Background work asked for as the window closed; not done");
        }
    }

    @Override
    public <T> BackgroundTask<T> run(BackgroundTask<T> task) {
        if (closed()) {
            return task;
        }
        pending.incrementAndGet();
        execute(() -> {
            try {
                task.runWith(Platform::runLater);
            } finally {
                done();
            }
        });
        return task;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        if (closed()) {
            return;
        }
        pending.incrementAndGet();
        execute(() -> {
            try {
                T result;
                try {
                    result = work.call();
                } catch (Throwable e) {
                    Platform.runLater(() -> failed.accept(e));
                    return;
                }
                Platform.runLater(() -> then.accept(result));
            } finally {
                done();
            }
        });
    }

    @Override
    public Repeating every(Duration period, Runnable work) {
        if (closed()) {
            return () -> { };
        }
        ScheduledFuture<?> f = executor.scheduleWithFixedDelay(() -> {
            pending.incrementAndGet();
            try {
                work.run();
            } catch (RuntimeException e) {
                log(e); // the next round tries again
            } finally {
                done();
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public Repeating after(Duration delay, Runnable r) {
        if (closed()) {
            return () -> { };
        }
        pending.incrementAndGet();
        // settled once, by whichever comes first on the FX thread: the pause ending, or the handle
        // closed (a close that races the timer must neither run r nor count the work out twice)
        AtomicBoolean open = new AtomicBoolean(true);
        ScheduledFuture<?> f;
        try {
            f = executor.schedule(() -> Platform.runLater(() -> {
                if (open.compareAndSet(true, false)) {
                    try {
                        r.run();
                    } finally {
                        pending.decrementAndGet();
                    }
                }
            }), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pending.decrementAndGet();
            return () -> { };
        }
        return () -> {
            if (open.compareAndSet(true, false)) {
                f.cancel(false);
                pending.decrementAndGet();
            }
        };
    }

    /**
     * True when no work is waiting, running, or has results on their way to the FX thread (the
     * repeated work counts only while it runs). Tests wait for this instead of sleeping.
     */
    public boolean idle() {
        return pending.get() == 0;
    }

    @Override
    public void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void close() {
        executor.shutdown(); // repeated work stops; work in hand (an index being written) may finish
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                // not interrupted: a search index being written must not be cut off mid-file (it is a
                // copy, picked up where it stopped next time); the daemon threads end with the process
                LOG.warn("Background work was still running when the window closed");
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
