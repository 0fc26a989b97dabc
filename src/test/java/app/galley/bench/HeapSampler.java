package app.galley.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the JVM's used heap every 5 ms while a benchmark runs, keeping the peak. */
final class HeapSampler implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    HeapSampler() {
        System.gc();
        thread = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The highest used heap seen, in bytes. */
    long peakBytes() {
        return peak.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join();
    }
}
