package app.galley.ui.editor;

import app.galley.clean.Cleaning;
import app.galley.clean.ScriptConversion;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.Revision;
import app.galley.service.EditService;
import app.galley.service.Services;
import app.galley.text.Change;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.BackgroundTask;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import app.galley.ui.library.LibraryViewModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Changing articles from the window: typing, metadata, cleanings, conversions, find and replace,
 * restores, cleaning a selection, tags, undo and redo. The changes themselves, their undo journal
 * and the rule that a change never silently overwrites another writer's are the
 * {@link EditService}'s; this view model words the labels, keeps the window's state in step, and
 * asks the editor when a change meets another.
 */
public final class EditingViewModel {

    private final AppContext context;
    private final EditService edits;
    private final LibraryViewModel library;
    private final TaskExecutor tasks;
    private final I18n i18n;
    /** Goes up when an undo or redo changed tags (the tag views reload). */
    private final javafx.beans.property.IntegerProperty tagsChanged = new javafx.beans.property.SimpleIntegerProperty();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");

    public EditingViewModel(AppContext context, LibraryViewModel library, TaskExecutor tasks, I18n i18n) {
        this.context = context;
        this.edits = context.editing();
        this.library = library;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    /** The window's task executor. */
    public TaskExecutor tasks() {
        return tasks;
    }

    /** The services the window works with. */
    public Services services() {
        return context.services();
    }

    /** The label of the change Undo would take back ("" if none). */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    private void journalChanged() {
        undoLabel.set(edits.undoLabel().orElse(""));
        redoLabel.set(edits.redoLabel().orElse(""));
    }

    /**
     * Saves typing or a metadata edit of an article (the current one, usually), in the background,
     * after every write asked for before it. A change made before the last save came back is carried
     * over onto it; one that meets another writer's change is put to the editor.
     */
    public void saveEdit(Article base, ArticleEdit edit, boolean typing) {
        String note = i18n.get(typing ? "edit.typing" : "edit.metadata");
        write(() -> edits.saveEdit(base, edit, typing, note), saved -> { });
    }

    /**
     * Does a write in the window's lane of writes (off the FX thread, in order) and brings the window
     * in step with it afterwards.
     */
    private void write(java.util.concurrent.Callable<EditService.Outcome> work, java.util.function.Consumer<Optional<Article>> then) {
        library.writes().submit(work, outcome -> then.accept(settle(outcome)), BackgroundTasks::log);
    }

    /**
     * The window is closing: every write asked for is done before this returns, the last on this
     * thread if need be (the executor closes with the window).
     */
    public void finishWrites() {
        library.writes().finishHere();
    }

    /**
     * Brings the window in step with what a change did: saved articles shown, each conflict put to
     * the editor (the edit is kept meanwhile, never dropped unasked), stale ones reloaded.
     *
     * @return the one article saved, if any
     */
    private Optional<Article> settle(EditService.Outcome outcome) {
        journalChanged();
        outcome.saved().forEach(library::updated);
        outcome.stale().forEach(library::reloadAfterConflict);
        for (EditService.Conflict c : outcome.conflicts()) {
            conflicts.accept(c.stored(), choice -> decide(choice, c));
        }
        return outcome.article();
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

    private void decide(Conflict choice, EditService.Conflict c) {
        if (choice == Conflict.TAKE_THEIRS) {
            library.reloadAfterConflict(c.stored().id());
            return;
        }
        write(() -> edits.keepMine(c, i18n.get("edit.keptOverOther")), saved -> {
            if (choice == Conflict.COMPARE && saved.isPresent()) {
                compare.accept(saved.get().id());
            }
        });
    }

    /**
     * Saves the accepted changes of a cleaning (or find and replace) as a revision, undoably, in the
     * lane of writes; {@code then} is told the article as saved (empty if the proposal no longer held).
     */
    public void saveCleaning(Article a, Cleaning c, Predicate<Change> keep, String label,
                             java.util.function.Consumer<Optional<Article>> then) {
        write(() -> edits.saveCleaning(a, c, keep, label), then);
    }

    public void saveConversion(Article a, Cleaning c, Predicate<Change> keep, ScriptConversion.Profile p,
                               java.util.function.Consumer<Optional<Article>> then) {
        write(() -> edits.saveConversion(a, c, keep, p, i18n.format("edit.convert", p.id())), then);
    }

    public void restore(Article a, Revision r) {
        write(() -> edits.restore(a, r.id(), i18n.get("edit.restore")), saved -> { });
    }

    public List<Revision> revisions(long articleId) {
        return edits.revisions(articleId);
    }

    /** The article's audit trail, newest first (read off the window's thread). */
    public List<app.galley.model.AuditEvent> events(long articleId) {
        return context.services().audit().history(articleId);
    }

    /** Takes back the last change (saving the earlier state as a new revision), after the writes asked for before. */
    public void undo() {
        library.writes().submit(() -> edits.undo(label -> i18n.format("edit.undone", label)), this::step,
                BackgroundTasks::log);
    }

    public void redo() {
        library.writes().submit(() -> edits.redo(label -> i18n.format("edit.redone", label)), this::step,
                BackgroundTasks::log);
    }

    private void step(Optional<EditService.Step> step) {
        step.ifPresent(s -> {
            settle(s.outcome());
            if (s.tagsChanged()) { // tags, or assignments: the table shows them too
                tagsChanged.set(tagsChanged.get() + 1);
                library.refresh();
            }
        });
        journalChanged();
    }

    /**
     * Applies a proposal (the cleaning rules, a conversion, a find and replace) to each of the articles,
     * each into a new revision, in the background; the whole batch is one undo.
     */
    public BackgroundTask<EditService.BatchResult> cleanAll(List<Long> ids, EditService.Proposal proposal,
                                                          java.util.function.Consumer<EditService.BatchResult> done) {
        BackgroundTask<EditService.BatchResult> task = new BackgroundTask<>() {
            @Override
            protected EditService.BatchResult call() {
                EditService.BatchResult r = edits.cleanAll(ids, proposal, n -> i18n.format("edit.cleanMany", n),
                        (i, total, title) -> {
                            updateProgress(i, total);
                            updateMessage(i18n.format("clean.batch.progress", i + 1, total, title));
                        }, this::isCancelled);
                updateProgress(ids.size(), ids.size());
                return r;
            }
        };
        task.onSucceeded(r -> {
            journalChanged();
            r.saved().forEach(library::updated);
            done.accept(r);
        });
        task.onCancelled(() -> { // the batch stops after the article in hand: what it saved is read again
            journalChanged();
            library.refresh();
        });
        return tasks.run(task);
    }

    /**
     * What a proposal changes in the article, without what was rejected in it before, and how many
     * changes that left out (off the FX thread).
     */
    public app.galley.service.CleaningDecisions.Filtered proposeKeeping(Article a, EditService.Proposal p) {
        return edits.proposeKeeping(a, p);
    }

    /** Keeps the editor's decisions on a proposal (in the lane of writes): what is rejected stays rejected. */
    public void recordDecisions(Article a, Cleaning proposal, Predicate<Change> accepted) {
        library.writes().submit(() -> {
            context.services().decisions().record(a, proposal, accepted);
            return null;
        }, x -> { }, BackgroundTasks::log);
    }

    /** Forgets an article's rejected changes (in the lane of writes); {@code then} runs once they are gone. */
    public void resetRejections(Article a, Runnable then) {
        library.writes().submit(() -> context.services().decisions().reset(a.id()), n -> then.run(), BackgroundTasks::log);
    }

    /**
     * Puts a tag on articles (or takes it off) as one step of the journal, in the lane of writes:
     * Edit › Undo takes it back from exactly the articles it changed.
     *
     * @param tagFound finds (or makes) the tag, in the lane too
     * @param then told how many articles changed
     */
    public void tag(java.util.Collection<Long> ids, java.util.concurrent.Callable<app.galley.model.Tag> tagFound, boolean on,
                    java.util.function.IntConsumer then) {
        library.writes().submit(() -> {
            app.galley.model.Tag tag = tagFound.call();
            return edits.tag(ids, tag.id(), on, n -> i18n.format(on ? "edit.tag" : "edit.untag", tag.name(), n));
        }, changed -> {
                    journalChanged();
                    tagsChanged.set(tagsChanged.get() + 1);
                    then.accept(changed.size());
                }, BackgroundTasks::log);
    }

    /**
     * Assigns the articles (or, with no assignee, takes the role's assignment away) in the lane of
     * writes, as one step Undo takes back (issue 23); the table shows it when it is in.
     */
    public void assign(java.util.Collection<Long> ids, app.galley.model.Assignment.Role role, String assignee,
                       java.time.Instant due, String note) {
        library.writes().submit(() -> {
            var assignments = context.services().assignments();
            var change = assignee == null ? assignments.unassign(ids, role) : assignments.assign(ids, role, assignee, due, note);
            edits.undoable(assignee == null ? i18n.format("edit.unassign", ids.size())
                    : i18n.format("edit.assign", assignee, ids.size()),
                    () -> assignments.restore(change, true), () -> assignments.restore(change, false));
            return change;
        }, change -> {
            journalChanged();
            library.refresh();
        }, BackgroundTasks::log);
    }

    public javafx.beans.property.IntegerProperty tagsChangedProperty() {
        return tagsChanged;
    }

    /** The changes stored with a revision (empty for the first one and restores). */
    public static List<Change> changesOf(Revision r) {
        return app.galley.service.RevisionDiffs.changesOf(r);
    }
}
