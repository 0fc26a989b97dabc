package app.galley.service;

import app.galley.text.Change;
import app.galley.clean.Cleaning;
import app.galley.clean.CleaningService;
import app.galley.clean.FindReplace;
import app.galley.clean.ScriptConversion;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleStatus;
import app.galley.model.AuditAction;
import app.galley.model.Revision;
import app.galley.store.StaleArticleException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Changing articles with undo: typing, details, cleanings, conversions, find and replace, restores,
 * cleaning a selection and tagging, each saved as a revision (or a tag change) and recorded in one
 * value-based undo journal. Undo saves the earlier state as a new revision, so nothing is ever lost.
 *
 * <p>Every write names the version it was made on. A save that meets a change made elsewhere since
 * (another window, the command line) is not written: it comes back as a {@link Conflict} for the
 * editor to settle ({@link #keepMine}). Undo and redo follow the same rule: if an article changed
 * elsewhere since this journal last wrote it, taking a change back would silently revert the other
 * change, so it becomes a conflict too. One instance per window or command.
 */
public final class EditService {

    /** Typing saved within this long of the last typing revision updates it instead of adding one. */
    public static final Duration TYPING_WINDOW = Duration.ofMinutes(10);

    /** Where proposed changes come from. */
    public sealed interface Proposal {
        /** The cleaning rules in force for the article's source. */
        record Rules() implements Proposal { }

        /** A Traditional/Simplified conversion. */
        record Conversion(ScriptConversion.Profile profile) implements Proposal { }

        /** Find and replace. */
        record Replace(String find, String replace, boolean regex, boolean ignoreCase) implements Proposal { }
    }

    /** An edit that met a change saved elsewhere: the article as stored now and what the editor wanted. */
    public record Conflict(Article stored, ArticleEdit wanted, String note) {
    }

    /**
     * What a change did: the articles saved, the edits that met another change (the editor chooses),
     * and the articles that changed or went elsewhere so that a proposal made on them no longer holds.
     */
    public record Outcome(List<Article> saved, List<Conflict> conflicts, List<Long> stale) {

        static Outcome saved(Article a) {
            return new Outcome(List.of(a), List.of(), List.of());
        }

        static Outcome stale(long id) {
            return new Outcome(List.of(), List.of(), List.of(id));
        }

        /** The one article saved, if the change saved one. */
        public Optional<Article> article() {
            return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(0));
        }
    }

    /** What cleaning a selection did, and the articles it saved. */
    public record BatchResult(int articles, int cleaned, int changes, int failed, List<Article> saved) {
    }

    /** Told before each article of a batch. */
    public interface Progress {
        void at(int index, int total, String title);
    }

    /** A state the journal can go back to: articles' fields, or what a step does (a tag on some articles). */
    private sealed interface State permits Articles, Run {
    }

    private record Articles(Map<Long, ArticleEdit> edits) implements State {
    }

    /** Going to this state runs the step (tags on or off, assignments as they were). */
    private record Run(Runnable run) implements State {
    }

    private final ArticleService articles;
    private final CleaningService cleaning;
    private final app.galley.store.RevisionRepository revisions;
    private final app.galley.analyze.TagService tags;
    private final CleaningDecisions decisions;
    private final EditJournal<State> journal = new EditJournal<>(200);
    /** What this journal wrote: undo on another writer's version is a conflict; its own run is carried over. */
    private final OwnWrites own = new OwnWrites();

    private final app.galley.store.AuditTrail.Recorder audit;

    EditService(ArticleService articles, CleaningService cleaning, app.galley.store.RevisionRepository revisions,
                app.galley.analyze.TagService tags, CleaningDecisions decisions, app.galley.store.AuditTrail.Recorder audit) {
        this.audit = audit;
        this.decisions = decisions;
        this.articles = articles;
        this.cleaning = cleaning;
        this.revisions = revisions;
        this.tags = tags;
    }

    /** The label of the change undo would take back. */
    public synchronized Optional<String> undoLabel() {
        return journal.undoLabel();
    }

    public synchronized Optional<String> redoLabel() {
        return journal.redoLabel();
    }

    /**
     * Saves typing or a details edit. Typing within {@link #TYPING_WINDOW} of the last typing revision
     * updates that revision. If the article changed elsewhere since {@code base} was read, nothing is
     * written and the outcome holds the conflict.
     */
    public Outcome saveEdit(Article base, ArticleEdit edit, boolean typing, String note) {
        Article on = onNewest(base);
        ArticleEdit want = on == base ? edit : edit.onto(ArticleEdit.of(base), ArticleEdit.of(on));
        ArticleEdit before = ArticleEdit.of(on);
        if (before.equals(want)) {
            return Outcome.saved(on);
        }
        try {
            Article saved = typing
                    ? audit.coalesced(AuditAction.EDIT, on.id(), Map.of("note", note), TYPING_WINDOW,
                            () -> revisions.saveTyping(on.id(), on.version(), want, note, TYPING_WINDOW))
                    : save(on.id(), on.version(), want, note);
            recorded(note, Map.of(on.id(), before), Map.of(on.id(), on.version()), List.of(saved));
            return Outcome.saved(saved);
        } catch (StaleArticleException e) {
            return conflictOn(base.id(), want, note);
        }
    }

    /**
     * The version to write a change made on {@code base} onto: the newest stored one when every write
     * since {@code base} was this journal's own (the window saves in the background, and the editor's
     * next change may be made before the last one's save came back), else {@code base} itself, so that
     * another writer's change since is met as a conflict.
     */
    private Article onNewest(Article base) {
        java.util.OptionalInt mine = own.carryOver(base.id(), base.version());
        if (mine.isEmpty()) {
            return base;
        }
        Article now = articles.find(base.id()).orElse(null);
        return now != null && now.version() == mine.getAsInt() ? now : base;
    }

    private Outcome conflictOn(long id, ArticleEdit wanted, String note) {
        Optional<Article> stored = articles.find(id);
        return stored.map(a -> new Outcome(List.of(), List.of(new Conflict(a, wanted, note)), List.of()))
                .orElseGet(() -> Outcome.stale(id));
    }

    /**
     * The editor keeps their edit over the other change: it is saved as a new revision on top of the
     * newest one (the other change stays in History).
     */
    public Outcome keepMine(Conflict c, String note) {
        Optional<Article> now = articles.find(c.stored().id());
        if (now.isEmpty()) {
            return Outcome.stale(c.stored().id());
        }
        Article theirs = now.get();
        try {
            Article saved = save(theirs.id(), theirs.version(), c.wanted(), note);
            recorded(note, Map.of(theirs.id(), ArticleEdit.of(theirs)), Map.of(theirs.id(), theirs.version()), List.of(saved));
            return Outcome.saved(saved);
        } catch (StaleArticleException again) { // changed once more meanwhile: on the newest
            return keepMine(new Conflict(articles.find(theirs.id()).orElse(theirs), c.wanted(), c.note()), note);
        }
    }

    /** Saves the accepted changes of a cleaning or find and replace (headline cleaned alike), undoably. */
    public Outcome saveCleaning(Article a, Cleaning c, Predicate<Change> keep, String label) {
        return saveChange(a, label, on -> cleaning.save(on, c, keep));
    }

    /** Saves a script conversion (headline, subtitle and byline converted with it), undoably. */
    public Outcome saveConversion(Article a, Cleaning c, Predicate<Change> keep, ScriptConversion.Profile p,
                                  String label) {
        return saveChange(a, label, on -> cleaning.saveConversion(on, c, keep, p));
    }

    /** Saves an earlier revision's title and body as the newest revision, undoably. */
    public Outcome restore(Article a, long revisionId, String label) {
        return saveChange(a, label, on -> cleaning.restore(on, revisionId));
    }

    /**
     * Saves a change proposed on {@code a}'s text. Its offsets hold only for that text: it is carried
     * over to a newer version of this journal's own only if the fields are unchanged there (a status
     * move, say); otherwise the proposal is stale.
     */
    private Outcome saveChange(Article a, String label, UnaryOperator<Article> save) {
        Article newest = onNewest(a);
        Article on = newest != a && ArticleEdit.of(newest).equals(ArticleEdit.of(a)) ? newest : a;
        try {
            Article saved = save.apply(on);
            recorded(label, Map.of(on.id(), ArticleEdit.of(on)), Map.of(on.id(), on.version()), List.of(saved));
            return Outcome.saved(saved);
        } catch (StaleArticleException e) {
            return Outcome.stale(a.id());
        }
    }

    /** Moves an article to another status if it is still at {@code base}'s version. */
    public Outcome changeStatus(Article base, ArticleStatus status) {
        Article on = onNewest(base);
        try {
            Article saved = articles.changeStatus(on.id(), on.version(), status);
            own.movedIfWritten(saved.id(), on.version(), saved.version());
            return Outcome.saved(saved);
        } catch (StaleArticleException e) {
            return Outcome.stale(base.id());
        }
    }

    /**
     * Records a change in the journal.
     *
     * @param on the version each saved article was written on
     */
    private synchronized void recorded(String label, Map<Long, ArticleEdit> before, Map<Long, Integer> on,
                                       List<Article> saved) {
        Map<Long, ArticleEdit> after = new LinkedHashMap<>();
        for (Article s : saved) {
            after.put(s.id(), ArticleEdit.of(s));
            own.wrote(s.id(), on.get(s.id()), s.version());
        }
        journal.record(label, new Articles(Map.copyOf(before)), new Articles(Map.copyOf(after)));
    }

    /** What a proposal changes in an article's body, without what the editor rejected there before; nothing is saved. */
    public Cleaning propose(Article a, Proposal p) {
        return proposeKeeping(a, p).cleaning();
    }

    /** As {@link #propose}, with how many changes were left out as rejected before (issue 18). */
    public CleaningDecisions.Filtered proposeKeeping(Article a, Proposal p) {
        Cleaning all;
        if (p instanceof Proposal.Conversion cv) {
            all = ScriptConversion.convert(a.body(), cv.profile());
        } else if (p instanceof Proposal.Replace fr) {
            all = new FindReplace(fr.find(), fr.replace(), fr.regex(), fr.ignoreCase()).in(a.body());
        } else {
            all = cleaning.preview(a);
        }
        return decisions.withoutRejected(a, all);
    }

    /**
     * Applies a proposal to each of the articles, each into a new revision; the whole batch is one undo,
     * recorded even if the batch is cancelled part way.
     *
     * @param label the journal's label for the batch, given how many articles it changed
     */
    public BatchResult cleanAll(List<Long> ids, Proposal proposal, IntFunction<String> label, Progress progress,
                                BooleanSupplier cancelled) {
        CleaningBatch batch = new CleaningBatch(articles, cleaning, this::propose);
        try {
            batch.run(ids, proposal, progress, cancelled);
        } finally {
            if (!batch.saved().isEmpty()) {
                recorded(label.apply(batch.saved().size()), batch.before(), batch.on(), batch.saved());
            }
        }
        return new BatchResult(ids.size(), batch.saved().size(), batch.changes(), batch.failed(), List.copyOf(batch.saved()));
    }

    /**
     * Puts a tag on articles (or takes it off) as one step of the journal: undo takes it back from
     * exactly the articles it changed.
     *
     * @param label the journal's label, given how many articles changed
     * @return the articles that changed
     */
    public Set<Long> tag(Collection<Long> ids, long tagId, boolean on, IntFunction<String> label) {
        Set<Long> changed = tags.set(ids, tagId, on);
        if (!changed.isEmpty()) {
            undoable(label.apply(changed.size()), () -> tags.set(changed, tagId, !on), () -> tags.set(changed, tagId, on));
        }
        return changed;
    }

    /**
     * Records a step made elsewhere (assigning a selection) in this journal: undo runs {@code undo},
     * redo runs {@code redo}; each writes through a service, so it is recorded as any write is.
     */
    public synchronized void undoable(String label, Runnable undo, Runnable redo) {
        journal.record(label, new Run(undo), new Run(redo));
    }

    /**
     * Takes back the last change, saving the earlier state as a new revision; an article changed
     * elsewhere since comes back as a conflict instead. Empty if there is nothing to undo.
     *
     * @param note the revision note, given the change's label
     */
    public Optional<Step> undo(UnaryOperator<String> note) {
        return step(true, note);
    }

    public Optional<Step> redo(UnaryOperator<String> note) {
        return step(false, note);
    }

    private Optional<Step> step(boolean back, UnaryOperator<String> note) {
        EditJournal.Entry<State> e;
        synchronized (this) {
            e = (back ? journal.undo() : journal.redo()).orElse(null);
        }
        return e == null ? Optional.empty() : Optional.of(apply(e.after(), note.apply(e.label())));
    }

    /** What an undo or redo did: the outcome for articles, and whether anything else (tags, assignments) changed. */
    public record Step(Outcome outcome, boolean tagsChanged) {
    }

    private Step apply(State state, String note) {
        if (state instanceof Run step) {
            step.run().run();
            return new Step(new Outcome(List.of(), List.of(), List.of()), true);
        }
        List<Article> saved = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<Long> stale = new ArrayList<>();
        for (Map.Entry<Long, ArticleEdit> s : ((Articles) state).edits().entrySet()) {
            Optional<Article> now = articles.find(s.getKey());
            if (now.isEmpty()) {
                stale.add(s.getKey());
                continue;
            }
            java.util.OptionalInt mine = own.last(s.getKey());
            if (mine.isEmpty() || mine.getAsInt() != now.get().version()) { // written elsewhere since: the editor decides
                conflicts.add(new Conflict(now.get(), s.getValue(), note));
                continue;
            }
            try {
                Article a = save(s.getKey(), now.get().version(), s.getValue(), note);
                own.wrote(a.id(), now.get().version(), a.version());
                saved.add(a);
            } catch (StaleArticleException e) {
                conflictOn(s.getKey(), s.getValue(), note).conflicts().forEach(conflicts::add);
            }
        }
        return new Step(new Outcome(saved, conflicts, stale), false);
    }

    /** Saves an edit as a revision, recorded in the audit trail with its note. */
    private Article save(long id, int version, ArticleEdit edit, String note) {
        return audit.record(AuditAction.EDIT, List.of(id), Map.of("note", note),
                () -> revisions.save(id, version, edit, note, null));
    }

    /** An article's revisions, oldest first. */
    public List<Revision> revisions(long articleId) {
        return articles.revisions(articleId);
    }
}
