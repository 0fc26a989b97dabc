package app.galley.service;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What one undo journal wrote of each article: the version it last wrote (undo on any other version
 * would revert another writer's change), and the version its own unbroken run of writes started from
 * (a change made on any version from there up to the last one written is carried over onto the
 * newest: the window saves in the background, and the editor's next change may be made before the
 * last one's save came back). Safe to use from several threads.
 */
final class OwnWrites {

    private final Map<Long, Integer> written = new HashMap<>();
    private final Map<Long, Integer> runFrom = new HashMap<>();

    /** The version this journal last wrote of an article, if it wrote it. */
    synchronized OptionalInt last(long id) {
        Integer v = written.get(id);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /**
     * The version a change made on version {@code base} may be carried over onto, if every write
     * since {@code base} that this journal knows of was its own (the caller checks the article is
     * still at it); empty if the change must be written on {@code base} itself.
     */
    synchronized OptionalInt carryOver(long id, int base) {
        Integer mine = written.get(id);
        Integer from = runFrom.get(id);
        if (mine == null || from == null || base == mine || base < from || base > mine) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(mine);
    }

    /** Notes that this journal wrote version {@code now} of an article on version {@code on}. */
    synchronized void wrote(long id, int on, int now) {
        Integer mine = written.get(id);
        if (mine == null || mine != on) {
            runFrom.put(id, on);
        }
        written.put(id, now);
    }

    /** As {@link #wrote}, only for an article this journal wrote before (a status move keeps its run). */
    synchronized void movedIfWritten(long id, int on, int now) {
        if (written.containsKey(id)) {
            wrote(id, on, now);
        }
    }
}
