package app.galley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * The Trash (issue 18): deleted articles keep everything (text, revisions, annotations, tags,
 * attachments) until the Trash is emptied; putting one back is clearing a mark. Emptying deletes the
 * articles and, by the schema's cascades, all that hangs on them, in one transaction.
 */
public final class TrashRepository {

    private final Jdbc jdbc;
    private final Clock clock;

    TrashRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Puts these articles in the Trash (those not there yet); how many went. */
    public int trash(Collection<Long> ids) {
        return mark(ids, "UPDATE article SET trashed = ?, updated = ?, version = version + 1"
                + " WHERE id = ? AND trashed IS NULL", true, "put " + ids.size() + " articles in the Trash");
    }

    /** Takes these articles out of the Trash (those in it); how many came back. */
    public int restore(Collection<Long> ids) {
        return mark(ids, "UPDATE article SET trashed = NULL, updated = ?, version = version + 1"
                + " WHERE id = ? AND trashed IS NOT NULL", false, "take " + ids.size() + " articles out of the Trash");
    }

    private int mark(Collection<Long> ids, String sql, boolean stamp, String what) {
        if (ids.isEmpty()) {
            return 0;
        }
        Object now = Jdbc.toDb(clock.instant());
        return jdbc.transaction(what, c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (long id : List.copyOf(ids)) {
                    int p = 1;
                    if (stamp) {
                        ps.setObject(p++, now);
                    }
                    ps.setObject(p++, now);
                    ps.setLong(p, id);
                    n += ps.executeUpdate();
                }
            }
            return n;
        });
    }

    /** Deletes every article in the Trash for good, with all that hangs on it; how many went. */
    public int empty() {
        return jdbc.transaction("empty the Trash", TrashRepository::deleteTrashed);
    }

    private static int deleteTrashed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE trashed IS NOT NULL")) {
            return ps.executeUpdate();
        }
    }
}
