package app.galley.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A member's side of the team library (issue 22, ADR 25): which articles changed here since they
 * last went up, the version of each last agreed with the server, and applying what comes down, each
 * in one transaction with the position reached in the server's log, so a kill at any point neither
 * loses nor repeats a change.
 */
public final class TeamLocal {

    /** The tables whose rows belong to an article and travel with it. */
    static final List<String> TRACKED = List.of("article", "article_original", "article_tag", "revision",
            "annotation", "annotation_comment", "annotation_verdict", "attachment", "rejected_change", "outbox_job",
            "publication", "audit_event", "assignment", "sign_off", "article_embargo");
    private static final String SEQ = "team.seq";

    private final Jdbc jdbc;
    private final Clock clock;

    TeamLocal(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An article changed here: its local id, its uid if it was shared, and the mark a push clears. */
    public record Dirty(long articleId, String uid, long mark) {
    }

    /** The version of an article last agreed with the server. */
    public record Base(long seq, ObjectNode snapshot) {
    }

    /** A change from the server's log. */
    public record Incoming(long seq, String uid, String member, boolean deleted, ObjectNode snapshot) {
    }

    /** Two edits of one field: the first save won, the other is kept for the editor. */
    public record Conflict(String field, String mine, String theirs) {
    }

    /** What to write for an article changed both here and on the server, with the conflicts it left. */
    public record Merged(ObjectNode snapshot, List<Conflict> conflicts) {
    }

    /** Merges a change from the server into an article changed here since the base both started from. */
    @FunctionalInterface
    public interface Merger {
        Merged merge(ObjectNode base, ObjectNode mine, ObjectNode theirs);
    }

    /** What applying one incoming change did. */
    public enum Applied { SKIPPED, WRITTEN, MERGED, DELETED, KEPT_EDITED }

    /** Notes every article as changed, so that the whole library goes up at the next sync (joining a team). */
    public void track() {
        jdbc.transaction("start sharing the library", c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO team_dirty (article_id, mark) SELECT id, 1 FROM article a"
                        + " WHERE NOT EXISTS (SELECT 1 FROM team_dirty d WHERE d.article_id = a.id)");
            }
            return null;
        });
    }

    /**
     * Forgets where this library stood with a team server (joining another team): the position in
     * its log and the versions agreed with it; everything in the library goes up to the new one.
     */
    public void forgetServer() {
        jdbc.transaction("forget the last team server", c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM team_base");
                st.executeUpdate("DELETE FROM library_setting WHERE name = '" + SEQ + "'");
            }
            return null;
        });
    }

    /** Forgets what waited to go up (the library leaves its team); what was shared stays here. */
    public void untrack() {
        jdbc.transaction("stop sharing the library", c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM team_dirty");
            }
            return null;
        });
    }

    /** How many articles wait to go up. */
    public int pending() {
        return jdbc.read("count the changes waiting to be shared", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM team_dirty")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Up to {@code limit} articles changed here, oldest noted first. */
    public List<Dirty> dirty(int limit) {
        return jdbc.read("read the changes waiting to be shared", c -> {
            List<Dirty> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.article_id, COALESCE(a.uid, d.uid), d.mark"
                    + " FROM team_dirty d LEFT JOIN article a ON a.id = d.article_id ORDER BY d.article_id")) {
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Dirty(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Gives the article and every row of it that has none a uid, and the revisions made here their
     * author, before it goes up; returns it as waiting now, with its uid and mark (empty if it no
     * longer exists).
     */
    public Optional<Dirty> identify(long articleId, String member) {
        return jdbc.transaction("name an article for the team", c -> identify(c, articleId, member));
    }

    /** As {@link #identify}, for many articles in one transaction; those gone are left out. */
    public List<Dirty> identifyAll(List<Long> articleIds, String member) {
        return jdbc.transaction("name articles for the team", c -> {
            List<Dirty> out = new ArrayList<>();
            for (long id : articleIds) {
                identify(c, id, member).ifPresent(out::add);
            }
            return out;
        });
    }

    static Optional<Dirty> identify(Connection c, long articleId, String member) throws SQLException {
        String uid;
        try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                uid = rs.getString(1);
            }
        }
        if (uid == null) {
            uid = UUID.randomUUID().toString();
            update(c, "UPDATE article SET uid = ? WHERE id = ?", uid, articleId);
        }
        for (String table : List.of("revision", "annotation", "outbox_job")) {
            for (long id : ids(c, "SELECT id FROM " + table + " WHERE article_id = ? AND uid IS NULL", articleId)) {
                update(c, "UPDATE " + table + " SET uid = ? WHERE id = ?", UUID.randomUUID().toString(), id);
            }
        }
        for (String table : List.of("annotation_comment", "annotation_verdict")) {
            for (long id : ids(c, "SELECT id FROM " + table + " WHERE uid IS NULL AND annotation_id IN"
                    + " (SELECT id FROM annotation WHERE article_id = ?)", articleId)) {
                update(c, "UPDATE " + table + " SET uid = ? WHERE id = ?", UUID.randomUUID().toString(), id);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE revision SET author = ? WHERE article_id = ? AND author IS NULL")) {
            ps.setString(1, member);
            ps.setLong(2, articleId);
            ps.executeUpdate();
        }
        Long mark = TeamApply.dirtyMark(c, articleId);
        return Optional.of(new Dirty(articleId, uid, mark == null ? 0 : mark));
    }

    static List<Long> ids(Connection c, String sql, long id) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    static void update(Connection c, String sql, String value, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Every article here as a snapshot, by uid (those never shared left out): two synced libraries compare equal. */
    public java.util.SortedMap<String, ObjectNode> snapshots() {
        return jdbc.read("read the shared articles", c -> {
            java.util.SortedMap<String, ObjectNode> out = new java.util.TreeMap<>();
            for (long id : ids(c, "SELECT id FROM article WHERE uid IS NOT NULL AND id <> ?", 0)) {
                TeamSnapshots.Snapshot s = TeamSnapshots.read(c, id);
                out.put(s.json().get("uid").asText(), s.json());
            }
            return out;
        });
    }

    /** The article as it is here, as a snapshot, if it exists. */
    public Optional<TeamSnapshots.Snapshot> snapshot(long articleId) {
        return jdbc.read("read an article for the team", c -> Optional.ofNullable(TeamSnapshots.read(c, articleId)));
    }

    public Optional<Base> base(String uid) {
        return jdbc.read("read an article's shared version", c -> base(c, uid));
    }

    static Optional<Base> base(Connection c, String uid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, snapshot FROM team_base WHERE article_uid = ?")) {
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Base(rs.getLong(1), TeamSnapshots.decode(rs.getBytes(2))))
                        : Optional.empty();
            }
        }
    }

    static void putBase(Connection c, String uid, long seq, ObjectNode snapshot) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM team_base WHERE article_uid = ?")) {
            del.setString(1, uid);
            del.executeUpdate();
        }
        if (snapshot == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_base (article_uid, seq, snapshot) VALUES (?, ?, ?)")) {
            ps.setString(1, uid);
            ps.setLong(2, seq);
            ps.setBytes(3, TeamSnapshots.encode(snapshot));
            ps.executeUpdate();
        }
    }

    /**
     * Records that a change went up as {@code seq}: it is the article's base now, and the article no
     * longer waits unless it was changed again since {@code mark} was read.
     */
    public void pushed(Dirty d, long seq, ObjectNode snapshot) {
        pushedAll(List.of(new Pushed(d, seq, snapshot)));
    }

    /** A change that went up: the article waiting, its sequence number, what was sent (null: deleted). */
    public record Pushed(Dirty dirty, long seq, ObjectNode snapshot) {
    }

    /** As {@link #pushed}, for many in one transaction. */
    public void pushedAll(List<Pushed> pushed) {
        if (pushed.isEmpty()) {
            return;
        }
        jdbc.transaction("note shared changes", c -> {
            for (Pushed p : pushed) {
                putBase(c, p.dirty().uid(), p.seq(), p.snapshot());
                clear(c, p.dirty());
            }
            return null;
        });
    }

    /** The article needs nothing sent (it is as the server has it, or gone and never shared). */
    public void settled(Dirty d) {
        settledAll(List.of(d));
    }

    /** As {@link #settled}, for many in one transaction. */
    public void settledAll(List<Dirty> settled) {
        if (settled.isEmpty()) {
            return;
        }
        jdbc.transaction("note shared changes", c -> {
            for (Dirty d : settled) {
                clear(c, d);
            }
            return null;
        });
    }

    static void clear(Connection c, Dirty d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM team_dirty WHERE article_id = ? AND mark = ?")) {
            ps.setLong(1, d.articleId());
            ps.setLong(2, d.mark());
            ps.executeUpdate();
        }
    }

    /** The position reached in the server's log. */
    public long position() {
        return jdbc.read("read the team position", c -> position(c));
    }

    private static long position(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM library_setting WHERE name = ?")) {
            ps.setString(1, SEQ);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? Long.parseLong(rs.getString(1)) : 0;
            }
        }
    }

    static void advance(Connection c, long seq) throws SQLException {
        if (seq <= position(c)) {
            return;
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM library_setting WHERE name = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO library_setting (name, setting_value) VALUES (?, ?)")) {
            del.setString(1, SEQ);
            del.executeUpdate();
            ins.setString(1, SEQ);
            ins.setString(2, Long.toString(seq));
            ins.executeUpdate();
        }
    }

    /**
     * Applies one change from the server, with the log position it reaches, in one transaction: an
     * article not changed here becomes what the server says; one changed here too is merged (and
     * still waits to go up with the merge); a change this library already has is skipped.
     *
     * @param blobs contents by hash, from the server, for rows new here
     */
    public Applied apply(Incoming in, Merger merger, Function<String, byte[]> blobs, String member) {
        return applyAll(List.of(in), merger, blobs, member, java.util.Map.of(), in.seq()).get(0);
    }

    /**
     * As {@link #apply}, for a batch from the log in one transaction, with the position it reaches:
     * {@code through} at least (the last change read, some passed over as held already).
     *
     * @param sameStory incoming uid to an article here never shared that is the same story (a
     *                  near-duplicate the service found): it becomes that article
     */
    public List<Applied> applyAll(List<Incoming> batch, Merger merger, Function<String, byte[]> blobs, String member,
                                  java.util.Map<String, Long> sameStory, long through) {
        return jdbc.transactionForOthers("apply team members' changes", c -> {
            List<Applied> out = new ArrayList<>();
            long reached = 0;
            for (Incoming in : batch) {
                out.add(new TeamApply(c, clock).apply(in, merger, blobs, member, sameStory.get(in.uid())));
                reached = Math.max(reached, in.seq());
            }
            advance(c, Math.max(reached, through));
            return out;
        });
    }

    /** The uids of incoming changes held here already (the base at their sequence number or later: own pushes). */
    public java.util.Set<String> held(List<Incoming> batch) {
        return jdbc.read("find the changes held here already", c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM team_base WHERE article_uid = ?")) {
                for (Incoming in : batch) {
                    ps.setString(1, in.uid());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getLong(1) >= in.seq()) {
                            out.add(in.uid());
                        }
                    }
                }
            }
            return out;
        });
    }

    /** Which of these uids name no article here (their changes bring new articles). */
    public java.util.Set<String> unknown(java.util.Collection<String> uids) {
        return jdbc.read("find articles new to this library", c -> {
            java.util.Set<String> out = new java.util.HashSet<>(uids);
            try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM article WHERE uid = ?")) {
                for (String uid : uids) {
                    ps.setString(1, uid);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.remove(uid);
                        }
                    }
                }
            }
            return out;
        });
    }
}
