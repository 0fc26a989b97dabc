package app.galley.ui.library;

import app.galley.model.Article;
import app.galley.model.ArticleOrder;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.model.AttachmentInfo;
import app.galley.model.OriginalInfo;
import app.galley.store.SimilarityRepository;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.DialogService;
import app.galley.ui.app.I18n;
import app.galley.ui.app.SerialLane;
import app.galley.ui.app.TaskExecutor;
import app.galley.ui.editor.AttachmentFiles;
import app.galley.ui.importing.ImportViewModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the library window: the table's rows (read a page at a time, {@link ArticleRows}), the
 * chosen section, order and search, the selected article and what is shown with it, counts per
 * status, and the importing ({@link ImportViewModel}). Every read and write runs on the task
 * executor; this class only holds the results. It knows nothing of controls.
 */
public final class LibraryViewModel {

    private final AppContext context;
    private final TaskExecutor tasks;
    /** Every write of an article from this window, in the order asked ({@link EditingViewModel} shares it). */
    private final SerialLane writes;
    private final I18n i18n;
    private final ArticleRows rows;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.ALL);
    private final ObjectProperty<ArticleOrder> order = new SimpleObjectProperty<>(ArticleOrder.NEWEST);
    /** The articles a search found, by rank (null: no search). */
    private final ObjectProperty<Map<Long, Integer>> searchRank = new SimpleObjectProperty<>();
    private final ObjectProperty<Article> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();
    /** The ids of the articles selected in the table (several for batch actions). */
    private final ObservableList<Long> selection = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final Map<ArticleStatus, IntegerProperty> counts = new EnumMap<>(ArticleStatus.class);
    private final StringProperty message = new SimpleStringProperty("");
    private final AttachmentFiles attachmentFiles;
    private final ImportViewModel imports;
    /** Counts the articles asked to be shown: a read for one asked before the last is dropped. */
    private long selecting;
    private final IntegerProperty trashCount = new SimpleIntegerProperty();
    private final AssignedSections assigned;
    private final TrashViewModel trash;
    private final StatusGate gate;

    /**
     * What the detail pane shows with an article besides its fields, read with it: the document as
     * imported, the article it looks like a repost of (and whether the editor called them one story),
     * its attachments.
     */
    public record Shown(long articleId, OriginalInfo original, Optional<Map.Entry<Long, Double>> repostOf,
                        boolean sameStory, List<AttachmentInfo> attachments) {
    }

    public LibraryViewModel(AppContext context, TaskExecutor tasks, I18n i18n) {
        this.context = context;
        this.tasks = tasks;
        this.writes = new SerialLane(tasks);
        this.i18n = i18n;
        this.attachmentFiles = new AttachmentFiles(context, tasks);
        this.imports = new ImportViewModel(context, tasks, i18n, this, message);
        for (ArticleStatus s : ArticleStatus.values()) {
            counts.put(s, new SimpleIntegerProperty());
        }
        this.rows = new ArticleRows(context.services().articles(), tasks, this::counted);
        rows.onTrashCounted(trashCount::set);
        this.assigned = new AssignedSections(context, rows);
        this.trash = new TrashViewModel(context, tasks, i18n, this, message);
        this.gate = new StatusGate(context, tasks, i18n, this);
        section.addListener((o, a, b) -> requery());
        searchRank.addListener((o, a, b) -> requery());
        order.addListener((o, a, b) -> requery());
        current.addListener((o, was, now) -> readShown(now));
    }

    /** Deleting articles to the Trash, putting them back, emptying it. */
    public TrashViewModel trash() {
        return trash;
    }

    /** How many articles are in the Trash. */
    public IntegerProperty assignedCountProperty(Section.Assigned a) {
        return assigned.count(a);
    }

    public IntegerProperty trashCountProperty() {
        return trashCount;
    }

    /** Importing into this library. */
    public ImportViewModel imports() {
        return imports;
    }

    /** Who keeps the table's selection when its rows are replaced by other articles (the window's table). */
    void keepSelectionWith(RowReplacing keeper) {
        rows.onReplacing(keeper);
    }

    /** The table asks again: another section, order or search (the rows keep the selection, KeptSelection). */
    private void requery() {
        ask(null);
    }

    /** Asks the rows for the section, order and search in force. */
    private void ask(Runnable then) {
        asked = true;
        Map<Long, Integer> found = searchRank.get();
        List<Long> hits = found == null ? null : found.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(found::get)).toList();
        Section s = section.get();
        rows.show(s == null ? Section.ALL : s, order.get(), hits, then);
    }

    private void counted(Map<ArticleStatus, Integer> byStatus) {
        int sum = 0;
        for (ArticleStatus s : ArticleStatus.values()) {
            int n = byStatus.getOrDefault(s, 0);
            counts.get(s).set(n);
            sum += n;
        }
        total.set(sum);
    }

    public ObjectProperty<Map<Long, Integer>> searchRankProperty() {
        return searchRank;
    }

    /** Reads the rows, counts and queue again (and the shown article). */
    public void refresh() {
        refresh(null);
    }

    /** As {@link #refresh()}; {@code then} runs on the FX thread once the table holds the rows. */
    public void refresh(Runnable then) {
        imports.recountQueue();
        requeryOrReload(then);
        Article sel = current.get();
        if (sel != null) {
            show(sel.id());
        }
    }

    private boolean asked;

    private void requeryOrReload(Runnable then) {
        if (asked) {
            rows.reload(then);
        } else {
            ask(then); // the first time: the section, order and search in force
        }
    }

    /** Reads the rows again (what is in the library changed); {@code then} runs once they are in. */
    public void reload(Runnable then) {
        requeryOrReload(then);
    }

    /** Shows the article with this id in the detail pane (or nothing, for a negative id), read off the FX thread. */
    public void select(long id) {
        Article now = current.get();
        if (now != null && now.id() == id) {
            selecting++; // the last asked wins: a read of another article still under way is dropped
            return;
        }
        if (id < 0) {
            selecting++;
            current.set(null);
            return;
        }
        show(id);
    }

    private void show(long id) {
        long mine = ++selecting;
        tasks.submit(() -> context.services().articles().find(id).orElse(null), a -> {
            if (mine == selecting) {
                current.set(a);
            }
        }, BackgroundTasks::log);
    }

    private void readShown(Article a) {
        if (a == null) {
            shown.set(null);
            return;
        }
        if (shown.get() != null && shown.get().articleId() == a.id()) {
            return;
        }
        long id = a.id();
        tasks.submit(() -> {
            var services = context.services();
            Optional<Map.Entry<Long, Double>> repost = services.reposts().repostOf(id);
            boolean same = repost.isPresent() && services.reposts().isSameStory(id, repost.get().getKey());
            return new Shown(id, services.articles().original(id).orElse(null), repost, same,
                    services.articles().attachments(id));
        }, s -> {
            if (current.get() != null && current.get().id() == s.articleId()) {
                shown.set(s);
            }
        }, BackgroundTasks::log);
    }

    /** The lane every article write of this window goes through, one after another. */
    public SerialLane writes() {
        return writes;
    }

    /** What is shown with the current article, once read (null while reading, or with no article). */
    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    /** Moves an article to another status, past the fact-check gate for Ready and Published (StatusGate). */
    public void changeStatus(long id, ArticleStatus status) {
        gate.move(id, status);
    }

    /** The gate before Ready, Published, export and publication. */
    public StatusGate gate() {
        return gate;
    }

    /** Moves an article to another status; if it changed elsewhere meanwhile, reloads and says so. */
    void moveStatus(long id, ArticleStatus status) {
        Article shownNow = current.get();
        writes.submit(() -> {
            Optional<Article> stored = context.services().articles().find(id);
            if (stored.isEmpty() || stored.get().status() == status) {
                return null;
            }
            Article base = shownNow != null && shownNow.id() == id ? shownNow : stored.get();
            return context.editing().changeStatus(base, status);
        }, outcome -> {
            if (outcome == null) {
                return;
            }
            if (outcome.article().isPresent()) {
                Article updated = outcome.article().get();
                moved(updated);
                message.set(i18n.format("status.changed", updated.title(), i18n.status(status)));
            } else {
                reloadAfterConflict(id);
            }
        }, BackgroundTasks::log);
    }

    /** An article moved to another status: the section counts and rows change. */
    private void moved(Article updated) {
        rows.updated(ArticleSummary.of(updated));
        if (current.get() != null && current.get().id() == updated.id()) {
            current.set(updated);
        }
        reload(null);
    }

    /**
     * Another writer changed the library (noticed off the FX thread by {@link LibraryFollower}): the
     * rows and counts are read again in place, so the table keeps its selection; the shown article is
     * replaced by {@code shownNow} unless {@code keepShown} (the editor is being typed in: that save
     * meets the other change as a conflict).
     */
    void changedElsewhere(int queuedNow, long shownId, Article shownNow, boolean keepShown) {
        imports.queuedProperty().set(queuedNow);
        reload(null);
        Article sel = current.get();
        if (sel != null && sel.id() == shownId && !keepShown
                && (shownNow == null || shownNow.version() != sel.version())) {
            current.set(shownNow);
        }
    }

    /** An article was saved: its row and, if it is shown, the detail pane follow. */
    public void updated(Article saved) {
        Article sel = current.get();
        if (sel != null && sel.id() == saved.id()) {
            current.set(saved);
        }
        if (sel != null && sel.id() == saved.id() && sel.status() != saved.status()) {
            moved(saved);
        } else {
            rows.updated(ArticleSummary.of(saved));
        }
    }

    /** An article was changed elsewhere while being edited here: shows the stored one and says so. */
    public void reloadAfterConflict(long id) {
        reload(null);
        if (current.get() != null && current.get().id() == id) {
            current.set(null);
            show(id);
        }
        message.set(i18n.get("status.stale"));
    }

    /** The rows of the table: as many as the section holds, those not yet read shown as loading. */
    public ObservableList<ArticleSummary> visibleArticles() {
        return rows.list();
    }

    /** The table shows row {@code index}: its page is read if it is still loading. */
    void need(int index) {
        rows.need(index);
    }

    /** The rows of these articles among those read so far (a sort or section leaves most unread). */
    public Map<Long, Integer> rowsOf(java.util.Collection<Long> ids) {
        return rows.indexesOf(ids);
    }

    /** True for a row whose page has not been read yet. */
    static boolean loading(ArticleSummary s) {
        return s == ArticleRows.LOADING;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /** The table's order (the column the editor sorted by). */
    public ObjectProperty<ArticleOrder> orderProperty() {
        return order;
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

    public StringProperty messageProperty() {
        return message;
    }

    /** Reads an article (the other of a suspected repost) off the FX thread and hands it over on it. */
    public void article(long id, Consumer<Article> then) {
        tasks.submit(() -> context.services().articles().find(id).orElse(null), then, BackgroundTasks::log);
    }

    /** Records the editor's decision about a suspected repost; "not duplicates" is never asked again. */
    public void decideRepost(long a, long b, SimilarityRepository.Relation decision, double similarity) {
        tasks.submit(() -> {
            context.services().reposts().decide(a, b, decision, similarity);
            return null;
        }, x -> {
            message.set(i18n.get("repost.decided." + decision.name().toLowerCase(Locale.ROOT)));
            Article sel = current.get();
            if (sel != null && (sel.id() == a || sel.id() == b)) {
                shown.set(null);
                readShown(sel);
            }
        }, BackgroundTasks::log);
    }

    /** How the window asks the editor for files and confirmations. */
    public DialogService dialogs() {
        return context.dialogs();
    }

    /** The files kept with the articles. */
    public AttachmentFiles attachmentFiles() {
        return attachmentFiles;
    }

    public String libraryLocation() {
        return context.services().library().location();
    }
}
