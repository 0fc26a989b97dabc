package app.galley.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Runs long work (imports, later indexing and exports) off the FX thread on daemon threads. */
public final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService executor;

    public BackgroundTasks() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "galley-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public <T> Task<T> run(Task<T> task) {
        executor.execute(task);
        return task;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
