package app.galley.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A value-based undo journal: each entry holds the state before and after a change (typing, a
 * cleaning, a find and replace, a metadata edit), so its inverse is the same entry read backwards.
 * Undo gives the state to go back to; the caller saves it (as a new revision) and the entry moves to
 * the redo side. No toolkit: the window and the tests use it alike.
 *
 * @param <T> the state, an immutable value (for articles, {@link app.galley.model.ArticleEdit})
 */
public final class EditJournal<T> {

    /** One change: what it was called, the state before and after. */
    public record Entry<T>(String label, T before, T after) {
        public Entry<T> inverse() {
            return new Entry<>(label, after, before);
        }
    }

    private final int limit;
    private final Deque<Entry<T>> undo = new ArrayDeque<>();
    private final Deque<Entry<T>> redo = new ArrayDeque<>();

    public EditJournal(int limit) {
        this.limit = limit;
    }

    /** Records a change that was made (a new change clears what could be redone). */
    public void record(String label, T before, T after) {
        if (before.equals(after)) {
            return;
        }
        undo.push(new Entry<>(label, before, after));
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The change to take back: its inverse's {@code after} is the state to restore. */
    public Optional<Entry<T>> undo() {
        Entry<T> e = undo.poll();
        if (e == null) {
            return Optional.empty();
        }
        redo.push(e);
        return Optional.of(e.inverse());
    }

    public Optional<Entry<T>> redo() {
        Entry<T> e = redo.poll();
        if (e == null) {
            return Optional.empty();
        }
        undo.push(e);
        return Optional.of(e);
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Entry::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Entry::label);
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
