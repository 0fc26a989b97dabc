package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's executor on a real FX thread (headless): what it counts as pending always ends. */
class BackgroundTasksTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aPauseClosedAsItEndsNeitherRunsNorLeavesTheWindowBusy() throws Exception {
        try (BackgroundTasks tasks = new BackgroundTasks()) {
            AtomicInteger ranAfterClose = new AtomicInteger();
            for (int round = 0; round < 300; round++) {
                CountDownLatch done = new CountDownLatch(1);
                int wait = round % 3; // 0, 1 or 2 ms: the close lands before, on, or after the timer
                Platform.runLater(() -> {
                    List<Boolean> closed = new ArrayList<>(List.of(false));
                    TaskExecutor.Repeating pause = tasks.after(Duration.ofMillis(wait), () -> {
                        if (closed.get(0)) {
                            ranAfterClose.incrementAndGet();
                        }
                    });
                    // typing again: the pause is closed a moment later, as the next key comes
                    tasks.submit(() -> {
                        Thread.sleep(wait);
                        return null;
                    }, x -> {
                        closed.set(0, true);
                        pause.close();
                        pause.close(); // closing twice is harmless
                        done.countDown();
                    }, e -> done.countDown());
                });
                assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!tasks.idle() && System.nanoTime() < deadline) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertThat(tasks.idle()).as("every pause counted out once").isTrue();
            assertThat(ranAfterClose.get()).as("a closed pause never runs").isZero();
        }
    }

    @Test
    void aBackgroundTaskReportsProgressAndItsResultOnTheFxThread() throws Exception {
        try (BackgroundTasks tasks = new BackgroundTasks()) {
            CountDownLatch done = new CountDownLatch(1);
            List<String> seen = new ArrayList<>();
            BackgroundTask<Integer> task = new BackgroundTask<>() {
                @Override
                protected Integer call() {
                    for (int i = 1; i <= 100; i++) {
                        updateProgress(i, 100);
                        updateMessage("item " + i);
                    }
                    return 42;
                }
            };
            task.onSucceeded(v -> {
                seen.add(Platform.isFxApplicationThread() + ":" + v);
                done.countDown();
            });
            tasks.run(task);
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(seen).containsExactly("true:42");
            assertThat(task.progressProperty().get()).isEqualTo(1.0);
            assertThat(task.messageProperty().get()).isEqualTo("item 100");
            assertThat(tasks.idle()).isTrue();
        }
    }
}
