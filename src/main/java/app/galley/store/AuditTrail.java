package app.galley.store;

import app.galley.model.AuditAction;
import app.galley.model.AuditEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The audit trail (issue 23, ADR 26): every action that changes the library, as an event written in
 * the transaction of the change it records, so there is never a change without its event nor an
 * event without its change. A service names the event it is about to cause around the one
 * repository call that makes the change ({@link #record}); the next transaction that commits on
 * that thread writes it as its last statement before the change sequence (see {@code Jdbc}); a call
 * that ends up writing nothing (an import found to be a duplicate) records nothing. No statement of
 * Galley updates or deletes an event.
 */
public final class AuditTrail {

    /** An event's detail from names and values in the order given (the order it is shown in): "from", "inbox", "to", "editing". */
    public static Map<String, String> detail(String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return out;
    }

    /** What an event records of one article: its id and a little detail. */
    public record Entry(long articleId, Map<String, String> detail) {
    }

    /** An event a service is about to cause on this thread, waiting for the transaction that causes it. */
    static final class Pending {
        private final String actor;
        private final AuditAction action;
        private final Instant at;
        private final Function<Object, List<Entry>> entries;
        private final java.time.Duration coalesce;

        Pending(String actor, AuditAction action, Instant at, Function<Object, List<Entry>> entries,
                java.time.Duration coalesce) {
            this.coalesce = coalesce;
            this.actor = actor;
            this.action = action;
            this.at = at;
            this.entries = entries;
        }
    }

    private static final TypeReference<LinkedHashMap<String, String>> DETAIL = new TypeReference<>() {
    };
    static final String COLUMNS = "uid, article_id, at, actor, action, detail";

    private final Jdbc jdbc;
    private final Clock clock;

    AuditTrail(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** This trail as {@code actor} records: the services of one user hold one. */
    public Recorder as(String actor) {
        return new Recorder(actor);
    }

    /** Records events as one actor (the member's or the system user's name). */
    public final class Recorder {
        private final String actor;

        private Recorder(String actor) {
            this.actor = actor == null || actor.isBlank() ? "editor" : actor;
        }

        public String actor() {
            return actor;
        }

        /** The same trail as another actor records (a job sent here that a colleague queued). */
        public Recorder as(String other) {
            return AuditTrail.this.as(other);
        }

        /**
         * Runs {@code write} (one repository call that makes one change), recording {@code action} on
         * the articles {@code entries} names: it is given what the writing transaction returned (an
         * import's outcome, say) and names no article if nothing was changed.
         */
        public <T> T record(AuditAction action, Function<Object, List<Entry>> entries, Supplier<T> write) {
            return AuditTrail.this.record(new Pending(actor, action, clock.instant(), entries, null), write);
        }

        /** As {@link #record(AuditAction, Function, Supplier)}, on articles known beforehand. */
        public <T> T record(AuditAction action, Collection<Long> articleIds, Map<String, String> detail, Supplier<T> write) {
            return record(action, entries(articleIds, detail), write);
        }

        /** As {@link #record(AuditAction, Collection, Map, Supplier)}, for a write that returns nothing. */
        public void run(AuditAction action, Collection<Long> articleIds, Map<String, String> detail, Runnable write) {
            record(action, articleIds, detail, () -> {
                write.run();
                return null;
            });
        }

        /**
         * As {@link #record(AuditAction, Collection, Map, Supplier)}, but not written when this actor's
         * newest event on the article is the same action within {@code window} (typing saved at every
         * pause is one event per sitting, as it is one revision).
         */
        public <T> T coalesced(AuditAction action, long articleId, Map<String, String> detail, java.time.Duration window,
                               Supplier<T> write) {
            return AuditTrail.this.record(new Pending(actor, action, clock.instant(), entries(List.of(articleId), detail),
                    window), write);
        }

        /**
         * Records an action that changes nothing else in the library (an export to a file), in a
         * transaction of its own.
         */
        public void note(AuditAction action, Collection<Long> articleIds, Map<String, String> detail) {
            record(action, articleIds, detail, () -> jdbc.transaction("record " + action.id(), c -> null));
        }
    }

    private static Function<Object, List<Entry>> entries(Collection<Long> articleIds, Map<String, String> detail) {
        List<Entry> entries = articleIds.stream().map(id -> new Entry(id, detail)).toList();
        return r -> entries;
    }

    private <T> T record(Pending p, Supplier<T> write) {
        List<Pending> waiting = jdbc.pendingEvents();
        waiting.add(p);
        try {
            return write.get();
        } finally {
            waiting.remove(p); // written by its transaction, or nothing was (then there is nothing to record)
        }
    }

    /** Writes the events waiting on this thread for the transaction on {@code c}, given its result. */
    static void write(Connection c, List<Pending> waiting, Object result) throws SQLException {
        if (waiting.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Pending p : waiting) {
                for (Entry e : p.entries.apply(result)) {
                    if (p.coalesce != null && recent(c, p, e.articleId())) {
                        continue;
                    }
                    ps.setString(1, java.util.UUID.randomUUID().toString());
                    ps.setLong(2, e.articleId());
                    ps.setObject(3, Jdbc.toDb(p.at));
                    ps.setString(4, p.actor);
                    ps.setString(5, p.action.id());
                    ps.setString(6, json(e.detail()));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Whether the actor's newest event on the article is the same action, within the pending event's window. */
    private static boolean recent(Connection c, Pending p, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT actor, action, at FROM audit_event WHERE article_id = ?"
                + " ORDER BY at DESC, id DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).equals(p.actor) && rs.getString(2).equals(p.action.id())
                        && !rs.getObject(3, OffsetDateTime.class).toInstant().isBefore(p.at.minus(p.coalesce));
            }
        }
    }

    /** An article's events, newest first. */
    public List<AuditEvent> ofArticle(long articleId) {
        return jdbc.read("read the history of article " + articleId, c -> query(c,
                "SELECT " + COLUMNS + " FROM audit_event WHERE article_id = ? ORDER BY at DESC, id DESC", articleId));
    }

    /**
     * Events, newest first: of one article (or all when null), at or after {@code since} (or all
     * when null), at most {@code limit}.
     */
    public List<AuditEvent> events(Long articleId, Instant since, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (articleId != null) {
            sql.append(" AND article_id = ?");
            args.add(articleId);
        }
        if (since != null) {
            sql.append(" AND at >= ?");
            args.add(Jdbc.toDb(since));
        }
        sql.append(" ORDER BY at DESC, id DESC FETCH FIRST ").append(Math.max(0, limit)).append(" ROWS ONLY");
        return jdbc.read("read the audit trail", c -> query(c, sql.toString(), args.toArray()));
    }

    private static List<AuditEvent> query(Connection c, String sql, Object... args) throws SQLException {
        List<AuditEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long article = rs.getLong(2);
                    out.add(new AuditEvent(rs.getString(1), rs.wasNull() ? null : article,
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4),
                            AuditAction.of(rs.getString(5)), detail(rs.getString(6))));
                }
            }
        }
        return out;
    }

    static String json(Map<String, String> detail) {
        if (detail == null || detail.isEmpty()) {
            return null;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        int room = 3000; // the column holds 4,000 characters: long values (a title, an error) are cut
        for (Map.Entry<String, String> e : detail.entrySet()) {
            String v = e.getValue() == null ? "" : e.getValue();
            int max = Math.max(0, Math.min(500, room));
            kept.put(e.getKey(), v.length() <= max ? v : v.substring(0, max) + "…");
            room -= Math.min(v.length(), max) + e.getKey().length();
        }
        try {
            return TeamSnapshots.JSON.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> detail(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return TeamSnapshots.JSON.readValue(json, DETAIL);
        } catch (JsonProcessingException e) {
            return Map.of("detail", json);
        }
    }
}
