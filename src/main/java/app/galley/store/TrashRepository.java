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

    /** Puts these articles in the Trash (those not there yet); those that went. */
    public List<Long> trash(Collection<Long> ids) {
        return mark(ids, "UPDATE article SET trashed = ?, updated = ?, version = version + 1"
                + " WHERE id = ? AND trashed IS NULL", true, "put " + ids.size() + " articles in the Trash");
    }

    /** Takes these articles out of the Trash (those in it); those that came back. */
    public List<Long> restore(Collection<Long> ids) {
        return mark(ids, "UPDATE article SET trashed = NULL, updated = ?, version = version + 1"
                + " WHERE id = ? AND trashed IS NOT NULL", false, "take " + ids.size() + " articles out of the Trash");
    }

    private List<Long> mark(Collection<Long> ids, String sql, boolean stamp, String what) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Object now = Jdbc.toDb(clock.instant());
        return jdbc.transaction(what, c -> {
            List<Long> moved = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (long id : List.copyOf(ids)) {
                    int p = 1;
                    if (stamp) {
                        ps.setObject(p++, now);
                    }
                    ps.setObject(p++, now);
                    ps.setLong(p, id);
                    if (ps.executeUpdate() > 0) {
                        moved.add(id);
                    }
                }
            }
            return moved;
        });
    }

    /** Deletes every article in the Trash for good, with all that hangs on it; how many went. */
    public int empty() {
        return emptied().size();
    }

    /** As {@link #empty}, saying which articles went. */
    public List<Long> emptied() {
        return jdbc.transaction("empty the Trash", TrashRepository::deleteTrashed);
    }

    private static List<Long> deleteTrashed(Connection c) throws SQLException {
        List<Long> ids = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE trashed IS NOT NULL FOR UPDATE");
             java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE trashed IS NOT NULL")) {
            ps.executeUpdate();
        }
        return ids;
    }
}
