package app.galley.ui.clean;

import app.galley.clean.Cleaning;
import app.galley.model.Article;
import app.galley.service.EditJournal;
import app.galley.service.EditService.Proposal;
import app.galley.text.Change;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import app.galley.ui.editor.EditingViewModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Clean tab's state: what is proposed for the current article (the cleaning rules, a script
 * conversion, or a find and replace), which changes the editor accepts, and the undo and redo of
 * those decisions (value-based: each state is the set of rejected changes). Apply saves the accepted
 * changes as a revision through {@link EditingViewModel}.
 */
public final class CleanViewModel {

    /** A proposed change and whether it is accepted. */
    public static final class Item {
        private final Change change;
        private final String from;
        private final BooleanProperty accepted = new SimpleBooleanProperty(true);

        Item(Change change, String from) {
            this.change = change;
            this.from = from;
        }

        public Change change() {
            return change;
        }

        /** The text the change replaces. */
        public String from() {
            return from;
        }

        public BooleanProperty acceptedProperty() {
            return accepted;
        }
    }

    private final EditingViewModel editing;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObjectProperty<Proposal> proposal = new SimpleObjectProperty<>(new Proposal.Rules());
    private final ObjectProperty<Cleaning> cleaning = new SimpleObjectProperty<>();
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    /** The items by their change (identity: two rules may propose equal changes at different times). */
    private final java.util.Map<Change, Item> byChange = new java.util.IdentityHashMap<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty leftOut = new javafx.beans.property.SimpleIntegerProperty();
    private final EditJournal<Set<Integer>> decisions = new EditJournal<>(500);
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    /** Bumped whenever a decision changes, so the diff view redraws. */
    private final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();
    private boolean applying;

    public CleanViewModel(EditingViewModel editing, TaskExecutor tasks, I18n i18n) {
        this.editing = editing;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public ObjectProperty<Proposal> proposalProperty() {
        return proposal;
    }

    public ObjectProperty<Cleaning> cleaningProperty() {
        return cleaning;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Why the proposal could not be made (a bad regular expression), or "". */
    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public javafx.beans.property.IntegerProperty revisionProperty() {
        return revision;
    }

    /**
     * Proposes changes for {@code a} from {@code p} (decisions start over: everything accepted, except
     * that changes the editor rejected in this article before are not proposed again). The proposal is
     * worked out in the background; until it is in, another article's proposal is not shown.
     */
    public void propose(Article a, Proposal p) {
        Article was = article.get();
        article.set(a);
        proposal.set(p);
        problem.set("");
        long mine = ++proposing;
        if (a == null) {
            show(null);
            return;
        }
        if (was == null || was.id() != a.id()) {
            show(null);
        }
        tasks.submit(() -> {
            try {
                var filtered = editing.proposeKeeping(a, p);
                return new Proposed(filtered.cleaning(), "", filtered.leftOut());
            } catch (IllegalArgumentException e) { // a find pattern that cannot be read
                return new Proposed(new Cleaning(a.body(), List.of()), e.getMessage(), 0);
            }
        }, r -> {
            if (mine == proposing) {
                problem.set(r.problem());
                leftOut.set(r.leftOut());
                show(r.cleaning());
            }
        }, BackgroundTasks::log);
    }

    private record Proposed(Cleaning cleaning, String problem, int leftOut) {
    }

    /** How many changes rejected before were left out of the proposal shown. */
    public javafx.beans.property.ReadOnlyIntegerProperty leftOutProperty() {
        return leftOut;
    }

    /** Proposes the article's rejected changes again (their rejections are forgotten). */
    public void resetRejections() {
        Article a = article.get();
        if (a != null) {
            editing.resetRejections(a, this::refresh);
        }
    }

    /** A decision was made: the summary follows, and the decisions are kept (rejected stays rejected). */
    private void decided() {
        changed();
        Article a = article.get();
        Cleaning c = cleaning.get();
        if (a != null && c != null && !c.changes().isEmpty()) {
            editing.recordDecisions(a, c, acceptedNow());
        }
    }

    private long proposing;

    private void show(Cleaning proposed) {
        decisions.clear();
        cleaning.set(proposed);
        items.setAll(proposed == null ? List.of()
                : proposed.changes().stream().map(ch -> new Item(ch, ch.from(proposed.original()))).toList());
        byChange.clear();
        items.forEach(i -> byChange.put(i.change(), i));
        for (Item item : items) {
            item.acceptedProperty().addListener((o, was, now) -> {
                if (!applying) {
                    Set<Integer> after = rejected();
                    Set<Integer> before = new HashSet<>(after);
                    int i = items.indexOf(item);
                    if (now) {
                        before.add(i);
                    } else {
                        before.remove(i);
                    }
                    decisions.record(i18n.get("clean.decision"), Set.copyOf(before), after);
                    decided();
                }
            });
        }
        changed();
    }

    /** Proposes again for the current article (after it was saved, or the rules changed). */
    public void refresh() {
        propose(article.get(), proposal.get());
    }

    private Set<Integer> rejected() {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).acceptedProperty().get()) {
                out.add(i);
            }
        }
        return Set.copyOf(out);
    }

    private void setRejected(Set<Integer> rejected) {
        applying = true;
        try {
            for (int i = 0; i < items.size(); i++) {
                items.get(i).acceptedProperty().set(!rejected.contains(i));
            }
        } finally {
            applying = false;
        }
        decided();
    }

    public void acceptAll() {
        Set<Integer> before = rejected();
        decisions.record(i18n.get("clean.acceptAll"), before, Set.of());
        setRejected(Set.of());
    }

    public void rejectAll() {
        Set<Integer> before = rejected();
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            all.add(i);
        }
        decisions.record(i18n.get("clean.rejectAll"), before, Set.copyOf(all));
        setRejected(Set.copyOf(all));
    }

    /** Accepts or rejects every change of one rule. */
    public void setRule(String rule, boolean accept) {
        Set<Integer> before = rejected();
        Set<Integer> after = new HashSet<>(before);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).change().rule().equals(rule)) {
                if (accept) {
                    after.remove(i);
                } else {
                    after.add(i);
                }
            }
        }
        decisions.record(i18n.get("clean.decision"), before, Set.copyOf(after));
        setRejected(Set.copyOf(after));
    }

    public void undo() {
        decisions.undo().ifPresent(e -> setRejected(e.after()));
    }

    public void redo() {
        decisions.redo().ifPresent(e -> setRejected(e.after()));
    }

    public int acceptedCount() {
        return (int) items.stream().filter(i -> i.acceptedProperty().get()).count();
    }

    public boolean isAccepted(Change change) {
        Item item = byChange.get(change);
        return item != null && item.acceptedProperty().get();
    }

    /** The changes accepted now, fixed (the save runs in the background, and the editor may go on ticking). */
    private java.util.function.Predicate<Change> acceptedNow() {
        Set<Change> accepted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        items.forEach(i -> {
            if (i.acceptedProperty().get()) {
                accepted.add(i.change());
            }
        });
        return accepted::contains;
    }

    /** Saves the accepted changes as a new revision (in the window's lane of writes); proposes again for the saved article. */
    public boolean apply() {
        Article a = article.get();
        Cleaning c = cleaning.get();
        if (a == null || c == null || acceptedCount() == 0) {
            return false;
        }
        Proposal p = proposal.get();
        java.util.function.Predicate<Change> accepted = acceptedNow();
        java.util.function.Consumer<java.util.Optional<Article>> then = saved -> saved.ifPresent(
                s -> propose(s, proposal.get() instanceof Proposal.Conversion ? new Proposal.Rules() : proposal.get()));
        if (p instanceof Proposal.Conversion cv) {
            editing.saveConversion(a, c, accepted, cv.profile(), then);
        } else {
            editing.saveCleaning(a, c, accepted, i18n.get(p instanceof Proposal.Replace ? "edit.replace" : "edit.clean"), then);
        }
        return true;
    }

    private void changed() {
        canUndo.set(decisions.undoLabel().isPresent());
        canRedo.set(decisions.redoLabel().isPresent());
        Map<String, Integer> byRule = new LinkedHashMap<>();
        items.forEach(i -> byRule.merge(i.change().rule(), 1, Integer::sum));
        if (items.isEmpty()) {
            summary.set(article.get() == null ? "" : i18n.get("clean.nothing"));
        } else {
            StringBuilder parts = new StringBuilder();
            byRule.forEach((rule, n) -> parts.append(parts.length() == 0 ? "" : ", ").append(i18n.rule(rule)).append(' ').append(n));
            summary.set(i18n.format("clean.summary", acceptedCount(), items.size(), parts));
        }
        if (leftOut.get() > 0) {
            summary.set((summary.get().isEmpty() ? "" : summary.get() + " · ") + i18n.format("clean.leftOut", leftOut.get()));
        }
        revision.set(revision.get() + 1);
    }
}
