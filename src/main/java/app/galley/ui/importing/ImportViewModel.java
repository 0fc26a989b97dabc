package app.galley.ui.importing;

import app.galley.ingest.ImportReport;
import app.galley.model.ImportOutcome;
import app.galley.store.FeedRepository;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.BackgroundTask;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import app.galley.ui.library.LibraryViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * Importing from the window: files and folders, pasted and dropped text, web addresses, saved feeds
 * and the fetch queue, one import at a time with progress and cancel. What arrives is shown in the
 * table as it comes (the library reads its rows again); the import ends, and its report is shown,
 * once the table holds what it imported.
 */
public final class ImportViewModel {

    private final AppContext context;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final LibraryViewModel library;
    private final StringProperty message;
    private final IntegerProperty queued = new SimpleIntegerProperty();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<ImportReport> lastReport = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportOutcome> lastOutcome = new SimpleObjectProperty<>();
    /** The article an import just brought in (the last one), to be selected; null before any. */
    private final ObjectProperty<Long> arrived = new SimpleObjectProperty<>();
    /** The first input of the last import found already in the library (null: none). */
    private final ObjectProperty<ImportOutcome.Duplicate> duplicate = new SimpleObjectProperty<>();
    private ImportTask running;

    public ImportViewModel(AppContext context, TaskExecutor tasks, I18n i18n, LibraryViewModel library, StringProperty message) {
        this.context = context;
        this.tasks = tasks;
        this.i18n = i18n;
        this.library = library;
        this.message = message;
    }

    /** Imports files and folders in the background. */
    public BackgroundTask<ImportReport> importPaths(List<Path> paths) {
        return start(ImportTask.ofPaths(context.services().imports(), paths, this::arrived, i18n));
    }

    /** Imports pasted or dropped text in the background. */
    public BackgroundTask<ImportReport> importText(String text) {
        return start(ImportTask.ofText(context.services().imports(), text, i18n.get("import.pasted.label"),
                this::arrived, i18n));
    }

    /** Fetches web pages (and saves none of them twice) in the background. */
    public BackgroundTask<ImportReport> importUrls(List<String> urls) {
        return start(ImportTask.of(() -> urls.stream().map(u -> context.services().feeds().importUrl(u)).toList(),
                this::arrived, i18n));
    }

    /** Saves a feed and imports its new items in the background. */
    public BackgroundTask<ImportReport> addFeed(String url) {
        return start(ImportTask.of(() -> context.services().feeds().importFeed(url), this::arrived, i18n));
    }

    /** The saved feeds with their counts, for the feed list (a few rows). */
    public void feeds(java.util.function.Consumer<List<FeedRepository.Overview>> then) {
        tasks.submit(() -> context.services().feeds().overview(), then, BackgroundTasks::log);
    }

    /** Refreshes these saved feeds (their new items imported) in the background. */
    public BackgroundTask<ImportReport> refreshFeeds(List<String> urls) {
        return start(ImportTask.of(() -> urls.stream().flatMap(u -> context.services().feeds().importFeed(u).stream())
                .toList(), this::arrived, i18n));
    }

    /** Forgets a saved feed (the articles imported from it stay); {@code then} runs when it is gone. */
    public void removeFeed(long feedId, Runnable then) {
        tasks.submit(() -> context.services().feeds().remove(feedId), x -> then.run(), BackgroundTasks::log);
    }

    /** Tries every waiting web address now and refreshes saved feeds, in the background (the user asked). */
    public BackgroundTask<ImportReport> retryQueued() {
        return start(ImportTask.of(() -> context.services().feeds().retryAllAndRefresh(), this::arrived, i18n));
    }

    /** Tries the waiting addresses whose back-off has passed (the window does this every few minutes). */
    public void retryDueQuietly() {
        if (queued.get() > 0 && !importing.get()) {
            start(ImportTask.of(() -> context.services().feeds().retryDue(), this::arrived, i18n));
        }
    }

    /** How many web addresses wait in the fetch queue. */
    public IntegerProperty queuedProperty() {
        return queued;
    }

    /** Reads the fetch queue's length again, in the background. */
    public void recountQueue() {
        tasks.submit(() -> context.services().feeds().queued(), queued::set, BackgroundTasks::log);
    }

    /** Stops the running import after the file it is reading; what was imported stays. */
    public void cancelImport() {
        if (running != null) {
            running.requestStop();
        }
    }

    private BackgroundTask<ImportReport> start(ImportTask task) {
        if (importing.get()) {
            message.set(i18n.get("import.busy"));
            return null;
        }
        running = task;
        importing.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.onSucceeded(report -> done(report, null));
        task.onCancelled(() -> done(null, null));
        task.onFailed(e -> done(null, i18n.format("import.failed", String.valueOf(e.getMessage()))));
        return tasks.run(task);
    }

    private void done(ImportReport report, String failure) {
        recountQueue();
        progress.unbind();
        message.unbind();
        running = null;
        if (failure != null) {
            message.set(failure);
        } else if (report == null) {
            message.set(i18n.format("import.cancelled", 0, 0, 0, 0));
        } else if (report.queued().isEmpty()) {
            message.set(i18n.format(report.cancelled() ? "import.cancelled" : "import.summary",
                    report.imported().size() + report.reposts().size(), report.reposts().size(),
                    report.duplicates().size(), report.failures().size()));
        } else {
            message.set(i18n.format("import.summary.queued", report.imported().size() + report.reposts().size(),
                    report.reposts().size(), report.duplicates().size(), report.queued().size(), report.failures().size()));
        }
        duplicate.set(report == null || report.duplicates().isEmpty() ? null : report.duplicates().get(0));
        // last, once the table shows what arrived: whoever waits for the import to end sees it all
        library.reload(() -> {
            importing.set(false);
            if (report != null) {
                lastReport.set(null); // the same bad files again are reported again
                lastReport.set(report);
                long last = -1;
                for (ImportOutcome o : report.outcomes()) {
                    if (o instanceof ImportOutcome.Imported i) {
                        last = i.articleId();
                    } else if (o instanceof ImportOutcome.Repost r) {
                        last = r.articleId();
                    }
                }
                if (last >= 0) {
                    arrived.set(null); // the same article again is news too
                    arrived.set(last);
                }
            }
        });
    }

    /** Called on the FX thread with the inputs finished since the last call: the table reads its rows again. */
    private void arrived(List<ImportOutcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> o instanceof ImportOutcome.Imported || o instanceof ImportOutcome.Repost)) {
            library.reload(null);
        }
        outcomes.forEach(lastOutcome::set);
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObjectProperty<ImportReport> lastReportProperty() {
        return lastReport;
    }

    /** The article an import just brought in: the window selects it. */
    public javafx.beans.value.ObservableValue<Long> arrivedProperty() {
        return arrived;
    }

    /** What the last import found already in the library (its first such input), or null. */
    public javafx.beans.value.ObservableObjectValue<ImportOutcome.Duplicate> duplicateProperty() {
        return duplicate;
    }

    public ObjectProperty<ImportOutcome> lastOutcomeProperty() {
        return lastOutcome;
    }
}
