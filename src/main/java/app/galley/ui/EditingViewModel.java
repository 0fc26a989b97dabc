package app.galley.ui;

import app.galley.clean.Change;
import app.galley.clean.ChangesJson;
import app.galley.clean.Cleaning;
import app.galley.clean.CleaningService;
import app.galley.clean.EditJournal;
import app.galley.clean.ScriptConversion;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.Revision;
import app.galley.store.StaleArticleException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Changing articles from the window: typing, metadata, cleanings, conversions, find and replace,
 * restores, cleaning a selection, all saved as revisions and all in one value-based undo journal
 * whose states are the edited articles' fields (so undo saves the earlier state as a new revision,
 * and nothing is ever lost).
 */
public final class EditingViewModel {

    /** Typing saved within this long of the last typing revision updates it instead of adding one. */
    static final Duration TYPING_WINDOW = Duration.ofMinutes(10);

    private final AppContext context;
    private final LibraryViewModel library;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final CleaningService cleaning;
    private final EditJournal<State> journal = new EditJournal<>(200);
    /** Goes up when an undo or redo changed tags (the tag views reload). */
    private final javafx.beans.property.IntegerProperty tagsChanged = new javafx.beans.property.SimpleIntegerProperty();

    /** A state the journal can go back to: articles' fields, or a tag on (or off) some articles. */
    sealed interface State permits Articles, Tagging {
    }

    record Articles(Map<Long, ArticleEdit> edits) implements State {
    }

    record Tagging(long tagId, java.util.Set<Long> articles, boolean on) implements State {
    }
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");

    public EditingViewModel(AppContext context, LibraryViewModel library, BackgroundTasks tasks, I18n i18n) {
        this.context = context;
        this.library = library;
        this.tasks = tasks;
        this.i18n = i18n;
        this.cleaning = new CleaningService(context.library());
    }

    public CleaningService cleaning() {
        return cleaning;
    }

    /** The label of the change Undo would take back ("" if none). */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    private void journalChanged() {
        undoLabel.set(journal.undoLabel().orElse(""));
        redoLabel.set(journal.redoLabel().orElse(""));
    }

    /**
     * Saves typing or a metadata edit of an article (the current one, usually).
     *
     * @return the article as saved, or empty if it was changed elsewhere (the window reloads it)
     */
    public Optional<Article> saveEdit(Article base, ArticleEdit edit, boolean typing) {
        ArticleEdit before = ArticleEdit.of(base);
        if (before.equals(edit)) {
            return Optional.of(base);
        }
        try {
            String note = i18n.get(typing ? "edit.typing" : "edit.metadata");
            Article saved = typing
                    ? context.library().revisions().saveTyping(base.id(), base.version(), edit, note, TYPING_WINDOW)
                    : context.library().revisions().save(base.id(), base.version(), edit, note, null);
            journal.record(note, new Articles(Map.of(base.id(), before)), new Articles(Map.of(base.id(), edit)));
            journalChanged();
            library.updated(saved);
            return Optional.of(saved);
        } catch (StaleArticleException e) {
            return resolve(base, edit);
        }
    }

    /** What the editor chooses when an edit meets a change saved elsewhere since the article was read. */
    public enum Conflict {
        /** The edit is saved as a new revision on top of the other change (which stays in History). */
        KEEP_MINE,
        /** As {@link #KEEP_MINE}, and History opens to compare the two. */
        COMPARE,
        /** The other change is shown; the edit is dropped. */
        TAKE_THEIRS
    }

    private java.util.function.BiConsumer<Article, java.util.function.Consumer<Conflict>> conflicts =
            (theirs, then) -> then.accept(Conflict.TAKE_THEIRS);
    private java.util.function.Consumer<Long> compare = id -> { };

    /**
     * Who is asked when an edit meets another writer's change: given the article as stored now, it
     * answers (now or later, as a dialog does) with the editor's choice; and what opens History to
     * compare. Without a window the other change is shown, as before.
     */
    public void onConflict(java.util.function.BiConsumer<Article, java.util.function.Consumer<Conflict>> ask,
                           java.util.function.Consumer<Long> history) {
        this.conflicts = ask;
        this.compare = history;
    }

    /** The edit met another change: the editor is asked; the edit is kept meanwhile, never dropped unasked. */
    private Optional<Article> resolve(Article base, ArticleEdit edit) {
        Optional<Article> stored = context.library().articles().find(base.id());
        if (stored.isEmpty()) {
            library.reloadAfterConflict(base.id());
            return Optional.empty();
        }
        conflicts.accept(stored.get(), choice -> apply(choice, base, edit));
        return Optional.empty();
    }

    private void apply(Conflict choice, Article base, ArticleEdit edit) {
        Optional<Article> stored = context.library().articles().find(base.id());
        if (choice == Conflict.TAKE_THEIRS || stored.isEmpty()) {
            library.reloadAfterConflict(base.id());
            return;
        }
        Article theirs = stored.get();
        try {
            String note = i18n.get("edit.keptOverOther");
            Article saved = context.library().revisions().save(theirs.id(), theirs.version(), edit, note, null);
            journal.record(note, new Articles(Map.of(base.id(), ArticleEdit.of(theirs))), new Articles(Map.of(base.id(), edit)));
            journalChanged();
            library.updated(saved);
            if (choice == Conflict.COMPARE) {
                compare.accept(saved.id());
            }
        } catch (StaleArticleException again) { // changed once more while the editor chose: on the newest
            apply(choice, base, edit);
        }
    }

    /** Saves the accepted changes of a cleaning (or find and replace) as a revision, undoably. */
    public Optional<Article> saveCleaning(Article a, Cleaning c, Predicate<Change> keep, String label) {
        return saveChange(a, label, () -> cleaning.save(a, c, keep));
    }

    public Optional<Article> saveConversion(Article a, Cleaning c, Predicate<Change> keep, ScriptConversion.Profile p) {
        return saveChange(a, i18n.format("edit.convert", p.id()), () -> cleaning.saveConversion(a, c, keep, p));
    }

    public Optional<Article> restore(Article a, Revision r) {
        return saveChange(a, i18n.get("edit.restore"), () -> cleaning.restore(a, r.id()));
    }

    private Optional<Article> saveChange(Article a, String label, java.util.function.Supplier<Article> save) {
        try {
            Article saved = save.get();
            journal.record(label, new Articles(Map.of(a.id(), ArticleEdit.of(a))), new Articles(Map.of(a.id(), ArticleEdit.of(saved))));
            journalChanged();
            library.updated(saved);
            return Optional.of(saved);
        } catch (StaleArticleException e) {
            library.reloadAfterConflict(a.id());
            return Optional.empty();
        }
    }

    public List<Revision> revisions(long articleId) {
        return context.library().articles().revisions(articleId);
    }

    /** Takes back the last change (saving the earlier state as a new revision). False if nothing to undo. */
    public boolean undo() {
        Optional<EditJournal.Entry<State>> e = journal.undo();
        e.ifPresent(entry -> apply(entry.after(), i18n.format("edit.undone", entry.label())));
        journalChanged();
        return e.isPresent();
    }

    public boolean redo() {
        Optional<EditJournal.Entry<State>> e = journal.redo();
        e.ifPresent(entry -> apply(entry.after(), i18n.format("edit.redone", entry.label())));
        journalChanged();
        return e.isPresent();
    }

    private void apply(State state, String note) {
        if (state instanceof Tagging t) {
            if (t.on()) {
                context.library().tags().add(t.articles(), t.tagId());
            } else {
                context.library().tags().remove(t.articles(), t.tagId());
            }
            tagsChanged.set(tagsChanged.get() + 1);
            return;
        }
        Map<Long, ArticleEdit> states = ((Articles) state).edits();
        for (Map.Entry<Long, ArticleEdit> s : states.entrySet()) {
            Optional<Article> now = context.library().articles().find(s.getKey());
            if (now.isEmpty()) {
                continue;
            }
            try {
                Article saved = context.library().revisions().save(s.getKey(), now.get().version(), s.getValue(), note, null);
                library.updated(saved);
            } catch (StaleArticleException e) {
                library.reloadAfterConflict(s.getKey());
            }
        }
    }

    /** What cleaning a selection did. */
    public record BatchResult(int articles, int cleaned, int changes, int failed) {
    }

    /**
     * Applies a proposal (the cleaning rules, a conversion, a find and replace) to each of the articles,
     * each into a new revision, in the background; the whole batch is one undo.
     */
    public Task<BatchResult> cleanAll(List<Long> ids, CleanViewModel.Proposal proposal) {
        Task<BatchResult> task = new Task<>() {
            private final Map<Long, ArticleEdit> before = new LinkedHashMap<>();
            private final Map<Long, ArticleEdit> after = new LinkedHashMap<>();
            private final List<Article> saved = new ArrayList<>();

            @Override
            protected BatchResult call() {
                int changes = 0;
                int failed = 0;
                for (int i = 0; i < ids.size() && !isCancelled(); i++) {
                    updateProgress(i, ids.size());
                    Optional<Article> found = context.library().articles().find(ids.get(i));
                    if (found.isEmpty()) {
                        continue;
                    }
                    Article a = found.get();
                    updateMessage(i18n.format("clean.batch.progress", i + 1, ids.size(), a.title()));
                    try {
                        Cleaning c = propose(a, proposal);
                        if (c.changes().isEmpty()) {
                            continue;
                        }
                        Article s = proposal instanceof CleanViewModel.Proposal.Conversion cv
                                ? cleaning.saveConversion(a, c, x -> true, cv.profile())
                                : cleaning.save(a, c, x -> true);
                        before.put(a.id(), ArticleEdit.of(a));
                        after.put(a.id(), ArticleEdit.of(s));
                        saved.add(s);
                        changes += c.changes().size();
                    } catch (RuntimeException e) {
                        failed++;
                    }
                }
                updateProgress(ids.size(), ids.size());
                return new BatchResult(ids.size(), saved.size(), changes, failed);
            }

            @Override
            protected void succeeded() {
                finish();
            }

            @Override
            protected void cancelled() {
                finish();
            }

            private void finish() {
                if (!saved.isEmpty()) {
                    journal.record(i18n.format("edit.cleanMany", saved.size()), new Articles(Map.copyOf(before)),
                            new Articles(Map.copyOf(after)));
                    journalChanged();
                    saved.forEach(library::updated);
                }
            }
        };
        return tasks.run(task);
    }

    /** What a proposal changes in an article. */
    Cleaning propose(Article a, CleanViewModel.Proposal p) {
        if (p instanceof CleanViewModel.Proposal.Conversion cv) {
            return ScriptConversion.convert(a.body(), cv.profile());
        }
        if (p instanceof CleanViewModel.Proposal.Replace fr) {
            return new app.galley.clean.FindReplace(fr.find(), fr.replace(), fr.regex(), fr.ignoreCase()).in(a.body());
        }
        return cleaning.preview(a);
    }

    /**
     * Puts a tag on articles (or takes it off) as one step of the journal: Edit › Undo takes it back
     * from exactly the articles it changed.
     *
     * @return how many articles changed
     */
    public int tag(java.util.Collection<Long> ids, app.galley.model.Tag tag, boolean on) {
        java.util.Set<Long> changed = on ? context.library().tags().add(ids, tag.id())
                : context.library().tags().remove(ids, tag.id());
        if (!changed.isEmpty()) {
            String label = i18n.format(on ? "edit.tag" : "edit.untag", tag.name(), changed.size());
            journal.record(label, new Tagging(tag.id(), changed, !on), new Tagging(tag.id(), changed, on));
            journalChanged();
        }
        tagsChanged.set(tagsChanged.get() + 1);
        return changed.size();
    }

    public javafx.beans.property.IntegerProperty tagsChangedProperty() {
        return tagsChanged;
    }

    /** The changes stored with a revision (empty for the first one and restores). */
    public static List<Change> changesOf(Revision r) {
        return ChangesJson.read(r.changes());
    }
}
