package app.galley.store;

import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The library's change feed as one number: every committed write, in any process and through any
 * {@link Library} object, advances the change sequence (migration V11). Whoever shows the library
 * (the window) asks now and then whether it moved for a reason other than its own writes, and
 * reloads what it shows if so. Asking is one single-row read, cheap enough to do every second; on
 * PostgreSQL a {@code LISTEN} on the same sequence can later take the place of asking (ADR 13).
 */
public final class LibraryChanges {

    private final Jdbc jdbc;
    /** Sequence numbers this library object committed and no one has asked about yet. */
    private final ConcurrentSkipListSet<Long> own = new ConcurrentSkipListSet<>();
    private long seen;

    LibraryChanges(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.seen = current();
    }

    /** Told the sequence number of each write this library object committed. */
    void committed(long seq) {
        own.add(seq);
    }

    /** The library's change sequence now. */
    public long current() {
        return jdbc.read("read the library's change sequence", Jdbc::sequence);
    }

    /**
     * True if a write that did not come through this library object was committed since the last call
     * (another process, another window, the command line). A write of this object's that committed while
     * this call read the sequence may count as another's once: a reload too many, never one too few.
     */
    public synchronized boolean changedElsewhere() {
        long now = current();
        if (now <= seen) {
            return false;
        }
        boolean others = false;
        for (long s = seen + 1; s <= now; s++) {
            if (!own.remove(s)) {
                others = true;
            }
        }
        own.headSet(now, true).clear();
        seen = now;
        return others;
    }
}
