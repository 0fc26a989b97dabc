package app.galley.ui;

import app.galley.ingest.ImportReport;
import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.model.ImportOutcome;
import app.galley.service.ArticleService;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;

/**
 * State of the library window: the articles, the chosen section, the selected article, counts per
 * status, and the import in progress. Talks to the store and importer; knows nothing of controls.
 */
public final class LibraryViewModel {

    private final AppContext context;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final FilteredList<ArticleSummary> visible = new FilteredList<>(articles, a -> true);
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.ALL);
    /** The articles a search found, by rank (null: no search). */
    private final ObjectProperty<Map<Long, Integer>> searchRank = new SimpleObjectProperty<>();
    private final ObjectProperty<Article> current = new SimpleObjectProperty<>();
    /** The ids of the articles selected in the table (several for batch actions). */
    private final ObservableList<Long> selection = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty queued = new SimpleIntegerProperty();
    private final Map<ArticleStatus, IntegerProperty> counts = new EnumMap<>(ArticleStatus.class);
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<ImportReport> lastReport = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportOutcome> lastOutcome = new SimpleObjectProperty<>();
    private ImportTask running;
    private final AttachmentFiles attachmentFiles;

    public LibraryViewModel(AppContext context, TaskExecutor tasks, I18n i18n) {
        this.context = context;
        this.tasks = tasks;
        this.i18n = i18n;
        this.attachmentFiles = new AttachmentFiles(context, tasks);
        for (ArticleStatus s : ArticleStatus.values()) {
            counts.put(s, new SimpleIntegerProperty());
        }
        section.addListener((o, a, b) -> filter());
        searchRank.addListener((o, a, b) -> filter());
    }

    /** The table shows the section's articles, and of them only those a search found. */
    private void filter() {
        Section s = section.get();
        Map<Long, Integer> found = searchRank.get();
        visible.setPredicate(a -> (s == null || s.contains(a)) && (found == null || found.containsKey(a.id())));
    }

    public ObjectProperty<Map<Long, Integer>> searchRankProperty() {
        return searchRank;
    }

    private ArticleService repo() {
        return context.services().articles();
    }

    /** Reloads every article from the library. */
    public void refresh() {
        recountQueue();
        articles.setAll(repo().list());
        recount();
        Article sel = current.get();
        if (sel != null) {
            current.set(repo().find(sel.id()).orElse(null));
        }
    }

    private void recount() {
        Map<ArticleStatus, Integer> byStatus = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus s : ArticleStatus.values()) {
            byStatus.put(s, 0);
        }
        for (ArticleSummary a : articles) {
            byStatus.merge(a.status(), 1, Integer::sum);
        }
        byStatus.forEach((s, n) -> counts.get(s).set(n));
        total.set(articles.size());
    }

    /** Shows the article with this id in the detail pane (or nothing, for a negative id). */
    public void select(long id) {
        Article now = current.get();
        if (now != null && now.id() == id) {
            return;
        }
        current.set(id < 0 ? null : repo().find(id).orElse(null));
    }

    /** Moves an article to another status; if it changed elsewhere meanwhile, reloads and says so. */
    public void changeStatus(long id, ArticleStatus status) {
        Optional<Article> stored = repo().find(id);
        if (stored.isEmpty() || stored.get().status() == status) {
            return;
        }
        Article base = current.get() != null && current.get().id() == id ? current.get() : stored.get();
        Optional<Article> moved = context.editing().changeStatus(base, status).article();
        if (moved.isPresent()) {
            Article updated = moved.get();
            replace(updated.id());
            if (current.get() != null && current.get().id() == id) {
                current.set(updated);
            }
            message.set(i18n.format("status.changed", updated.title(), i18n.status(status)));
        } else {
            reloadAfterConflict(id);
        }
    }

    /**
     * Another writer changed the library (read off the FX thread by {@link LibraryFollower}): the rows
     * that changed are replaced in place, new ones added and gone ones removed, so the table keeps its
     * selection; the counts follow; the shown article is replaced by {@code shownNow} unless
     * {@code keepShown} (the editor is being typed in: that save meets the other change as a conflict).
     */
    void changedElsewhere(List<ArticleSummary> all, int queuedNow, long shownId, Article shownNow, boolean keepShown) {
        queued.set(queuedNow);
        LibraryFollower.mergeInto(articles, all);
        recount();
        Article sel = current.get();
        if (sel != null && sel.id() == shownId && !keepShown
                && (shownNow == null || shownNow.version() != sel.version())) {
            current.set(shownNow);
        }
    }

    /** An article was saved: its row and, if it is shown, the detail pane follow. */
    public void updated(Article saved) {
        replace(saved.id());
        if (current.get() != null && current.get().id() == saved.id()) {
            current.set(saved);
        }
    }

    /** An article was changed elsewhere while being edited here: shows the stored one and says so. */
    public void reloadAfterConflict(long id) {
        replace(id);
        if (current.get() != null && current.get().id() == id) {
            current.set(repo().find(id).orElse(null));
        }
        message.set(i18n.get("status.stale"));
    }

    private void replace(long id) {
        repo().summary(id).ifPresent(s -> {
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i).id() == id) {
                    articles.set(i, s);
                    recount();
                    return;
                }
            }
            articles.add(0, s);
            recount();
        });
    }

    /** Imports files and folders in the background. */
    public Task<ImportReport> importPaths(List<Path> paths) {
        return start(ImportTask.ofPaths(context.services().imports(), paths, this::arrived, i18n));
    }

    /** Imports pasted or dropped text in the background. */
    public Task<ImportReport> importText(String text) {
        return start(ImportTask.ofText(context.services().imports(), text, i18n.get("import.pasted.label"), this::arrived, i18n));
    }

    /** Fetches web pages (and saves none of them twice) in the background. */
    public Task<ImportReport> importUrls(List<String> urls) {
        return start(ImportTask.of(() -> urls.stream().map(u -> context.services().feeds().importUrl(u)).toList(), this::arrived, i18n));
    }

    /** Saves a feed and imports its new items in the background. */
    public Task<ImportReport> addFeed(String url) {
        return start(ImportTask.of(() -> context.services().feeds().importFeed(url), this::arrived, i18n));
    }

    /** The saved feeds with their counts, for the feed list. */
    public List<app.galley.store.FeedRepository.Overview> feeds() {
        return context.services().feeds().overview();
    }

    /** Refreshes these saved feeds (their new items imported) in the background. */
    public Task<ImportReport> refreshFeeds(List<String> urls) {
        return start(ImportTask.of(() -> urls.stream().flatMap(u -> context.services().feeds().importFeed(u).stream()).toList(),
                this::arrived, i18n));
    }

    /** Forgets a saved feed; the articles imported from it stay. */
    public void removeFeed(long feedId) {
        context.services().feeds().remove(feedId);
    }

    /** Tries every waiting web address now and refreshes saved feeds, in the background (the user asked). */
    public Task<ImportReport> retryQueued() {
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

    void recountQueue() {
        queued.set(context.services().feeds().queued());
    }

    /** Stops the running import after the file it is reading; what was imported stays. */
    public void cancelImport() {
        if (running != null) {
            running.requestStop();
        }
    }

    private Task<ImportReport> start(ImportTask task) {
        if (importing.get()) {
            message.set(i18n.get("import.busy"));
            return null;
        }
        running = task;
        importing.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(e -> done(task, task.getValue()));
        task.setOnCancelled(e -> done(task, null));
        task.setOnFailed(e -> {
            done(task, null);
            message.set(i18n.format("import.failed", String.valueOf(task.getException().getMessage())));
        });
        return tasks.run(task);
    }

    private void done(Task<ImportReport> task, ImportReport report) {
        recountQueue();
        progress.unbind();
        message.unbind();
        running = null;
        if (report != null) {
            if (report.queued().isEmpty()) {
                message.set(i18n.format(report.cancelled() ? "import.cancelled" : "import.summary",
                        report.imported().size() + report.reposts().size(), report.duplicates().size(),
                        report.failures().size()));
            } else {
                message.set(i18n.format("import.summary.queued", report.imported().size(), report.duplicates().size(),
                        report.queued().size(), report.failures().size()));
            }
        } else {
            message.set(i18n.format("import.cancelled", 0, 0, 0));
        }
        // last: whoever waits for the import to end then sees its summary
        importing.set(false);
        if (report != null) {
            lastReport.set(report);
        }
    }

    /**
     * Called on the FX thread with the inputs finished since the last call: the new articles are
     * read in one query and put at the top of the list in one change.
     */
    private void arrived(List<ImportOutcome> outcomes) {
        List<Long> ids = new java.util.ArrayList<>();
        for (ImportOutcome outcome : outcomes) {
            if (outcome instanceof ImportOutcome.Imported imported) {
                ids.add(imported.articleId());
            } else if (outcome instanceof ImportOutcome.Repost repost) {
                ids.add(repost.articleId());
            }
        }
        if (!ids.isEmpty()) {
            Map<Long, ArticleSummary> found = repo().summaries(ids);
            java.util.Set<Long> shown = new java.util.HashSet<>();
            articles.forEach(a -> shown.add(a.id()));
            List<ArticleSummary> fresh = new java.util.ArrayList<>();
            for (int i = ids.size() - 1; i >= 0; i--) { // newest first
                ArticleSummary s = found.get(ids.get(i));
                if (s != null && shown.add(s.id())) {
                    fresh.add(s);
                }
            }
            articles.addAll(0, fresh);
            recount();
        }
        outcomes.forEach(lastOutcome::set);
    }

    public ObservableList<ArticleSummary> visibleArticles() {
        return visible;
    }

    public ObservableList<ArticleSummary> allArticles() {
        return articles;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObservableList<Long> selection() {
        return selection;
    }

    public ObjectProperty<Article> currentProperty() {
        return current;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public IntegerProperty countProperty(ArticleStatus status) {
        return counts.get(status);
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<ImportReport> lastReportProperty() {
        return lastReport;
    }

    public ObjectProperty<ImportOutcome> lastOutcomeProperty() {
        return lastOutcome;
    }

    /** The article this one looks like a repost of, with the similarity, if any. */
    public java.util.Optional<java.util.Map.Entry<Long, Double>> repostOf(long id) {
        return context.services().reposts().repostOf(id);
    }

    /** True if the editor linked the two articles as one story. */
    public boolean isSameStory(long a, long b) {
        return context.services().reposts().isSameStory(a, b);
    }

    /** Records the editor's decision about a suspected repost; "not duplicates" is never asked again. */
    public void decideRepost(long a, long b, app.galley.store.SimilarityRepository.Relation decision, double similarity) {
        context.services().reposts().decide(a, b, decision, similarity);
        message.set(i18n.get("repost.decided." + decision.name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** An article by id, or null. */
    public Article article(long id) {
        return repo().find(id).orElse(null);
    }

    /** The files kept with the articles. */
    AttachmentFiles attachmentFiles() {
        return attachmentFiles;
    }

    /** The document as imported, for the detail pane's "original" line. */
    public app.galley.model.OriginalInfo original(long id) {
        return repo().original(id).orElse(null);
    }

    public String libraryLocation() {
        return context.services().library().location();
    }
}
