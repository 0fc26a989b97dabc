package app.galley.store;

import app.galley.model.QueuedFetch;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Web addresses waiting to be fetched again. */
public final class FetchQueueRepository {

    private final Jdbc jdbc;
    private final Clock clock;

    FetchQueueRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }


    /** Queues an address (or records one more failed attempt if it is queued already). */
    public void enqueue(String url, QueuedFetch.Kind kind, String error, Instant nextAttempt) {
        jdbc.transaction("queue " + url, c -> {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE fetch_queue SET attempts = attempts + 1, last_error = ?, next_attempt = ? WHERE url = ? AND kind = ?")) {
                up.setString(1, clip(error));
                up.setObject(2, Jdbc.toDb(nextAttempt));
                up.setString(3, url);
                up.setString(4, kind.name());
                if (up.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO fetch_queue (url, kind, attempts, last_error,"
                    + " created, next_attempt) VALUES (?, ?, 1, ?, ?, ?)")) {
                ins.setString(1, url);
                ins.setString(2, kind.name());
                ins.setString(3, clip(error));
                ins.setObject(4, Jdbc.toDb(clock.instant()));
                ins.setObject(5, Jdbc.toDb(nextAttempt));
                ins.executeUpdate();
            }
            return null;
        });
    }

    /** Everything queued, soonest first. */
    public List<QueuedFetch> all() {
        return query("SELECT id, url, kind, attempts, last_error, created, next_attempt FROM fetch_queue"
                + " ORDER BY next_attempt, id", null);
    }

    /** What is due to be tried again at {@code at}. */
    public List<QueuedFetch> due(Instant at) {
        return query("SELECT id, url, kind, attempts, last_error, created, next_attempt FROM fetch_queue"
                + " WHERE next_attempt <= ? ORDER BY next_attempt, id", at);
    }

    public int count() {
        return jdbc.read("count the fetch queue", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM fetch_queue");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Removes an address that was fetched (or given up by the user). */
    public void remove(long id) {
        jdbc.transaction("remove queued address " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM fetch_queue WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private List<QueuedFetch> query(String sql, Instant at) {
        return jdbc.read("read the fetch queue", c -> {
            List<QueuedFetch> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (at != null) {
                    ps.setObject(1, Jdbc.toDb(at));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new QueuedFetch(rs.getLong(1), rs.getString(2), QueuedFetch.Kind.valueOf(rs.getString(3)),
                                rs.getInt(4), rs.getString(5), instant(rs, 6), instant(rs, 7)));
                    }
                }
            }
            return out;
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime odt = rs.getObject(column, OffsetDateTime.class);
        return odt == null ? null : odt.toInstant();
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }
}
