package app.galley.ui.app;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Background work done one piece after another, in the order given, on the window's task executor:
 * writes that must not overtake each other (typing saved, then a cleaning applied; a note saved, then
 * a verdict on the same annotation). Each piece's result (or failure) is handed over on the FX thread
 * before the next piece starts. Used on the FX thread only.
 */
public final class SerialLane {

    private record Piece<T>(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        void runHere() {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                failed.accept(e);
                return;
            }
            then.accept(result);
        }
    }

    private final TaskExecutor tasks;
    private final ArrayDeque<Piece<?>> waiting = new ArrayDeque<>();
    private boolean busy;
    /** Counted down when the work of the piece under way is done (before its result is handed over). */
    private CountDownLatch underWay = new CountDownLatch(0);
    private boolean finished;

    public SerialLane(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    public <T> void submit(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        Piece<T> piece = new Piece<>(work, then, failed);
        if (finished) { // the window is closing: done here and now
            piece.runHere();
            return;
        }
        waiting.add(piece);
        if (!busy) {
            next();
        }
    }

    private void next() {
        Piece<?> p = waiting.poll();
        busy = p != null;
        if (p != null) {
            start(p);
        }
    }

    private <T> void start(Piece<T> p) {
        CountDownLatch done = new CountDownLatch(1);
        underWay = done;
        tasks.submit(() -> {
            try {
                return p.work().call();
            } finally {
                done.countDown();
            }
        }, r -> {
            if (finished) {
                return; // handed over by finishHere
            }
            try {
                p.then().accept(r);
            } finally {
                next();
            }
        }, e -> {
            if (finished) {
                return;
            }
            try {
                p.failed().accept(e);
            } finally {
                next();
            }
        });
    }

    /**
     * The window is closing (its executor with it): waits for the piece under way to finish its work,
     * then does every waiting piece here, in order, and from now on does each new piece at once. What
     * the editor asked for is all written before this returns. The results of the piece that was under
     * way are not handed over (the window is going).
     */
    public void finishHere() {
        finished = true;
        try {
            if (!underWay.await(1, TimeUnit.MINUTES)) {
                org.slf4j.LoggerFactory.getLogger(SerialLane.class).warn("A save was still under way after a minute at closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Piece<?> p = waiting.poll(); p != null; p = waiting.poll()) {
            p.runHere();
        }
        busy = false;
    }
}
