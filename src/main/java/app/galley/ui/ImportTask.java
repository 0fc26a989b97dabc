package app.galley.ui;

import app.galley.ingest.ImportListener;
import app.galley.ingest.ImportReport;
import app.galley.ingest.ImportService;
import app.galley.model.ImportOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** An import batch as a stoppable task that reports progress and each outcome as it happens. */
final class ImportTask extends Task<ImportReport> {

    private final ImportService importer;
    private final List<Path> paths;
    private final String text;
    private final String textLabel;
    private final Consumer<ImportOutcome> onOutcome;
    private final Supplier<List<ImportOutcome>> work;
    private final I18n i18n;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    private ImportTask(ImportService importer, List<Path> paths, String text, String textLabel,
                       Consumer<ImportOutcome> onOutcome, I18n i18n) {
        this(importer, paths, text, textLabel, onOutcome, i18n, null);
    }

    private ImportTask(ImportService importer, List<Path> paths, String text, String textLabel,
                       Consumer<ImportOutcome> onOutcome, I18n i18n, Supplier<List<ImportOutcome>> work) {
        this.work = work;
        this.importer = importer;
        this.paths = paths;
        this.text = text;
        this.textLabel = textLabel;
        this.onOutcome = onOutcome;
        this.i18n = i18n;
    }

    static ImportTask ofPaths(ImportService importer, List<Path> paths, Consumer<ImportOutcome> onOutcome, I18n i18n) {
        return new ImportTask(importer, List.copyOf(paths), null, null, onOutcome, i18n);
    }

    static ImportTask ofText(ImportService importer, String text, String label, Consumer<ImportOutcome> onOutcome,
                             I18n i18n) {
        return new ImportTask(importer, List.of(), text, label, onOutcome, i18n);
    }

    /** Any other import (web addresses, feeds, the fetch queue), reported outcome by outcome at the end. */
    static ImportTask of(Supplier<List<ImportOutcome>> work, Consumer<ImportOutcome> onOutcome, I18n i18n) {
        return new ImportTask(null, List.of(), null, null, onOutcome, i18n, work);
    }

    @Override
    protected ImportReport call() {
        if (work != null) {
            updateMessage(i18n.get("import.fetching"));
            updateProgress(-1, 1);
            List<ImportOutcome> outcomes = work.get();
            for (ImportOutcome o : outcomes) {
                Platform.runLater(() -> onOutcome.accept(o));
            }
            updateProgress(1, 1);
            return new ImportReport(outcomes, false);
        }
        if (text != null) {
            updateMessage(i18n.get("import.running.text"));
            ImportOutcome outcome = importer.importText(text, textLabel);
            Platform.runLater(() -> onOutcome.accept(outcome));
            updateProgress(1, 1);
            return new ImportReport(List.of(outcome), false);
        }
        updateMessage(i18n.get("import.scanning"));
        long start = System.nanoTime();
        return importer.importPaths(paths, new ImportListener() {
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
                Platform.runLater(() -> onOutcome.accept(outcome));
            }
        }, () -> stopRequested.get() || isCancelled());
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
