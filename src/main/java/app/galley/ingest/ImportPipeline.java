package app.galley.ingest;

import app.galley.model.ImportOutcome;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A bulk import in two stages: reader threads decode, extract, fold and fingerprint the next files
 * while the calling thread stores the ones before them, one at a time and in the order given (so a
 * repost of an article earlier in the same batch is still found, and progress reads in order). At
 * most {@link #WINDOW} files per reader are in memory at once.
 */
final class ImportPipeline {

    static final int WINDOW = 8;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private ImportPipeline() {
    }

    /** Readers: one fewer than the processors (the storing thread needs one), at least one, at most three. */
    static int readers() {
        return Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors() - 1));
    }

    static ImportReport run(List<Path> files, Function<Path, List<ImportService.Prepared>> prepare,
                            Function<ImportService.Prepared, ImportOutcome> commit, ImportListener listener,
                            BooleanSupplier cancelled) {
        int threads = readers();
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "galley-import-" + pool + "-reader-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<ImportService.Prepared>>> window = new ArrayDeque<>();
        Iterator<Path> next = files.iterator();
        List<ImportOutcome> outcomes = new ArrayList<>();
        int total = files.size();
        try {
            fill(window, next, readers, prepare, threads * WINDOW);
            while (!window.isEmpty()) {
                if (cancelled.getAsBoolean()) {
                    return new ImportReport(outcomes, true);
                }
                List<ImportService.Prepared> prepared = await(window.poll());
                if (prepared == null) { // interrupted: stop as if cancelled, keeping what is stored
                    return new ImportReport(outcomes, true);
                }
                fill(window, next, readers, prepare, threads * WINDOW);
                total += Math.max(0, prepared.size() - 1); // an archive counts as its articles
                for (int i = 0; i < prepared.size(); i++) {
                    ImportService.Prepared p = prepared.get(i);
                    // the input waited for is the current one: it is finished even if Cancel came meanwhile
                    if (i > 0 && cancelled.getAsBoolean()) {
                        return new ImportReport(outcomes, true);
                    }
                    ImportOutcome outcome = commit.apply(p);
                    outcomes.add(outcome);
                    listener.finished(outcome, outcomes.size(), total);
                }
            }
            return new ImportReport(outcomes, false);
        } finally {
            window.forEach(f -> f.cancel(true));
            readers.shutdownNow();
        }
    }

    private static void fill(Deque<Future<List<ImportService.Prepared>>> window, Iterator<Path> next,
                             ExecutorService readers, Function<Path, List<ImportService.Prepared>> prepare, int size) {
        while (window.size() < size && next.hasNext()) {
            Path file = next.next();
            window.add(readers.submit(() -> prepare.apply(file)));
        }
    }

    /** The prepared input, or null when this thread was interrupted while waiting. */
    private static List<ImportService.Prepared> await(Future<List<ImportService.Prepared>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            // prepare() turns every problem into a failed outcome; anything else is a bug
            throw new IllegalStateException("reading an input failed unexpectedly", e.getCause());
        }
    }
}
