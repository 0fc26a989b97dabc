package app.galley.ui;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work done one piece after another, in the order given, on the window's task executor:
 * writes that must not overtake each other (a note saved, then a verdict on the same annotation).
 * Each piece's result (or failure) is handed over on the FX thread before the next piece starts.
 * Used on the FX thread only.
 */
final class SerialLane {

    private final TaskExecutor tasks;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private boolean busy;

    SerialLane(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    <T> void submit(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        waiting.add(() -> tasks.submit(work, r -> {
            try {
                then.accept(r);
            } finally {
                next();
            }
        }, e -> {
            try {
                failed.accept(e);
            } finally {
                next();
            }
        }));
        if (!busy) {
            next();
        }
    }

    private void next() {
        Runnable r = waiting.poll();
        busy = r != null;
        if (r != null) {
            r.run();
        }
    }
}
