package app.galley.publish;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox in the background while the window is open: at start (jobs a crash left
 * half-sent wait again first), every few seconds for what has come due, and at once when asked.
 * One thread, so jobs go out one at a time in order.
 */
public final class OutboxSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private final OutboxService outbox;
    private final Runnable changed;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "galley-outbox");
        t.setDaemon(true);
        return t;
    });

    /** @param changed told (on the sender's thread) after jobs were sent */
    public OutboxSender(OutboxService outbox, Duration every, Runnable changed) {
        this.outbox = outbox;
        this.changed = changed;
        thread.execute(() -> {
            int resumed = outbox.resumeInterrupted();
            if (resumed > 0) {
                LOG.info("{} outbox job(s) interrupted last time will be sent again", resumed);
            }
        });
        thread.scheduleWithFixedDelay(this::sendDue, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends what is due now (after a publish, a retry), without waiting for the next round. */
    public void kick() {
        thread.execute(this::sendDue);
    }

    private void sendDue() {
        try {
            if (outbox.sendDue() > 0) {
                changed.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("The outbox could not be sent", e); // the store failed: the next round tries again
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
