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
    /**
     * The longest one input may take to read and understand: 8 s, and a second more per megabyte (a
     * real 10 MB page needs its time on a slow machine). A file that takes longer (a pathological page
     * the extractor cannot finish) is given up with that message and the batch goes on.
     */
    static final long READ_BUDGET_MS = 8_000;
    static final long READ_BUDGET_MS_PER_MB = 1_000;

    static long budgetMs(Path file) {
        try {
            return READ_BUDGET_MS + READ_BUDGET_MS_PER_MB * (java.nio.file.Files.size(file) >> 20);
        } catch (java.io.IOException | RuntimeException e) {
            return READ_BUDGET_MS;
        }
    }
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
        java.util.concurrent.ThreadPoolExecutor readers = new java.util.concurrent.ThreadPoolExecutor(threads, threads,
                30, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "galley-import-" + pool + "-reader-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Deque<Reading> window = new ArrayDeque<>();
        Iterator<Path> next = files.iterator();
        List<ImportOutcome> outcomes = new ArrayList<>();
        int total = files.size();
        try {
            fill(window, next, readers, prepare, threads * WINDOW);
            while (!window.isEmpty()) {
                if (cancelled.getAsBoolean()) {
                    return new ImportReport(outcomes, true);
                }
                List<ImportService.Prepared> prepared = await(window.poll(), readers);
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
            window.forEach(f -> f.result().cancel(true));
            readers.shutdownNow();
        }
    }

    /** One input being read: which file, and its reader's result to come. */
    private record Reading(Path file, Future<List<ImportService.Prepared>> result) {
    }

    private static void fill(Deque<Reading> window, Iterator<Path> next,
                             ExecutorService readers, Function<Path, List<ImportService.Prepared>> prepare, int size) {
        while (window.size() < size && next.hasNext()) {
            Path file = next.next();
            window.add(new Reading(file, readers.submit(() -> safely(prepare, file))));
        }
    }

    /**
     * Reads one input; whatever goes wrong, an {@link Error} such as a stack overflow or running out
     * of memory included, becomes that input's failure line, and the batch goes on.
     */
    static List<ImportService.Prepared> safely(Function<Path, List<ImportService.Prepared>> prepare, Path file) {
        try {
            return prepare.apply(file);
        } catch (StackOverflowError e) {
            return List.of(ImportService.Prepared.failed(file.toString(), "nested too deeply to read"));
        } catch (OutOfMemoryError e) {
            return List.of(ImportService.Prepared.failed(file.toString(), "too large to read into memory"));
        } catch (RuntimeException | Error e) {
            return List.of(ImportService.Prepared.failed(file.toString(), "could not be read (" + e + ")"));
        }
    }

    /**
     * The prepared input, or null when this thread was interrupted while waiting. An input that takes
     * longer than its budget is given up: its reader is interrupted and, if it does not stop, replaced.
     */
    private static List<ImportService.Prepared> await(Reading reading, java.util.concurrent.ThreadPoolExecutor readers) {
        try {
            return reading.result().get(budgetMs(reading.file()), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            reading.result().cancel(true);
            // the stuck reader may not stop (a regular expression ignores interrupts): one more in its place
            readers.setMaximumPoolSize(readers.getMaximumPoolSize() + 1);
            readers.setCorePoolSize(readers.getCorePoolSize() + 1);
            return List.of(ImportService.Prepared.failed(reading.file().toString(), "took longer than "
                    + budgetMs(reading.file()) / 1000 + " s to read and was given up"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            // safely() turns every problem into a failed outcome; anything else is a bug
            throw new IllegalStateException("reading an input failed unexpectedly", e.getCause());
        }
    }
}
