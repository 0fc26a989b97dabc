package app.galley.ui.importing;

import app.galley.ingest.ImportListener;
import app.galley.ingest.ImportReport;
import app.galley.ingest.ImportService;
import app.galley.model.ImportOutcome;
import app.galley.ui.app.BackgroundTask;
import app.galley.ui.app.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** An import as a stoppable task that reports progress, rate and each outcome as it happens. */
final class ImportTask extends BackgroundTask<ImportReport> {

    /** The import itself: it tells the listener about each input and checks {@code stop} between inputs. */
    private interface Work {
        ImportReport run(ImportListener listener, BooleanSupplier stop);
    }

    private final String startMessage;
    private final Work work;
    private final Consumer<List<ImportOutcome>> onOutcomes;
    private final I18n i18n;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final java.util.concurrent.ConcurrentLinkedQueue<ImportOutcome> pending =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    private ImportTask(String startMessageKey, Work work, Consumer<List<ImportOutcome>> onOutcomes, I18n i18n) {
        this.startMessage = i18n.get(startMessageKey);
        this.work = work;
        this.onOutcomes = onOutcomes;
        this.i18n = i18n;
    }

    static ImportTask ofPaths(ImportService importer, List<Path> paths, Consumer<List<ImportOutcome>> onOutcomes,
                              I18n i18n) {
        List<Path> copy = List.copyOf(paths);
        return new ImportTask("import.scanning", (listener, stop) -> importer.importPaths(copy, listener, stop),
                onOutcomes, i18n);
    }

    static ImportTask ofText(ImportService importer, String text, String label, Consumer<List<ImportOutcome>> onOutcomes,
                             I18n i18n) {
        return of("import.running.text", () -> List.of(importer.importText(text, label)), onOutcomes, i18n);
    }

    /** Any other import (web addresses, feeds, the fetch queue), its outcomes reported as they come back. */
    static ImportTask of(Supplier<List<ImportOutcome>> work, Consumer<List<ImportOutcome>> onOutcomes, I18n i18n) {
        return of("import.fetching", work, onOutcomes, i18n);
    }

    private static ImportTask of(String startMessageKey, Supplier<List<ImportOutcome>> work,
                                 Consumer<List<ImportOutcome>> onOutcomes, I18n i18n) {
        return new ImportTask(startMessageKey, (listener, stop) -> {
            List<ImportOutcome> outcomes = work.get();
            listener.started(outcomes.size());
            for (int i = 0; i < outcomes.size(); i++) {
                listener.finished(outcomes.get(i), i + 1, outcomes.size());
            }
            return new ImportReport(outcomes, false);
        }, onOutcomes, i18n);
    }

    @Override
    protected ImportReport call() {
        updateMessage(startMessage);
        updateProgress(-1, 1);
        long start = System.nanoTime();
        return work.run(new ImportListener() {
            @Override
            public void started(int total) {
                updateProgress(0, Math.max(total, 1));
            }

            @Override
            public void finished(ImportOutcome outcome, int done, int total) {
                updateProgress(done, total);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (seconds >= 2 && done >= 5 && done < total) {
                    double rate = done / seconds;
                    updateMessage(i18n.format("import.progress.rate", done, total, Math.round(rate),
                            remaining((total - done) / rate)));
                } else {
                    updateMessage(i18n.format("import.progress", done, total));
                }
                deliver(outcome);
            }
        }, () -> stopRequested.get() || isCancelled());
    }

    /**
     * Hands outcomes to the FX thread in batches: at most one pending hand-over at a time, so a bulk
     * import of thousands of files does not flood the FX thread with one update per file.
     */
    private void deliver(ImportOutcome outcome) {
        pending.add(outcome);
        if (!drainScheduled.getAndSet(true)) {
            onFx(() -> {
                drainScheduled.set(false);
                List<ImportOutcome> batch = new java.util.ArrayList<>();
                for (ImportOutcome o; (o = pending.poll()) != null; ) {
                    batch.add(o);
                }
                if (!batch.isEmpty()) {
                    onOutcomes.accept(batch);
                }
            });
        }
    }

    /** A time left in words: "12 s", "4 min", "1 h 5 min". */
    private String remaining(double seconds) {
        long s = Math.max(1, Math.round(seconds));
        if (s < 60) {
            return i18n.format("time.seconds", s);
        }
        long minutes = (s + 30) / 60;
        return minutes < 60 ? i18n.format("time.minutes", minutes) : i18n.format("time.hours", minutes / 60, minutes % 60);
    }

    /**
     * Asks the import to stop after the file it is reading. The thread is not interrupted: an
     * interrupt in the middle of a database write could close the embedded database's files.
     */
    void requestStop() {
        stopRequested.set(true);
        updateMessage(i18n.get("import.stopping"));
    }
}
