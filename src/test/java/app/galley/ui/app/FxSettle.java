package app.galley.ui.app;

import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting on a condition, never for a fixed time: the tests' one way to let background work finish. */
public final class FxSettle {

    private FxSettle() {
    }

    /**
     * Waits until {@code tasks} has no work waiting, running or on its way to the FX thread (reads,
     * saves, searches, page loads, pauses in typing) and the FX thread has handled what it brought.
     */
    public static void settle(TaskExecutor tasks) {
        WaitForAsyncUtils.waitForFxEvents();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!tasks.idle()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the window's background work did not end within 60 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
