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
    private static final List<String> TRACKED = List.of("article", "article_original", "article_tag", "revision",
            "annotation", "annotation_comment", "annotation_verdict", "attachment", "rejected_change", "outbox_job",
            "publication");
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

    /**
     * Puts the triggers that note changes on the shared tables (an administrator's connection, at
     * open): they note in every library, so a library that joins a team later, or works offline, has
     * nothing to catch up on; a row per article touched is all it costs.
     */
    static void installTriggers(Connection admin) throws SQLException {
        try (Statement st = admin.createStatement()) {
            for (String table : TRACKED) {
                st.executeUpdate("CREATE TRIGGER IF NOT EXISTS team_dirty_" + table + " AFTER INSERT, UPDATE, DELETE"
                        + " ON " + table + " FOR EACH ROW CALL '" + TeamDirtyTrigger.class.getName() + "'");
            }
        }
    }

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

    private static Optional<Dirty> identify(Connection c, long articleId, String member) throws SQLException {
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
        Long mark = dirtyMark(c, articleId);
        return Optional.of(new Dirty(articleId, uid, mark == null ? 0 : mark));
    }

    private static List<Long> ids(Connection c, String sql, long id) throws SQLException {
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

    private static void update(Connection c, String sql, String value, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** An outbox job's uid, and whether it had one already (it may then be on other members' machines). */
    public record JobId(String uid, boolean shared) {
    }

    /** The outbox job's uid, given now if it has none (so that it can be claimed on the server). */
    public Optional<JobId> jobUid(long jobId) {
        return jdbc.transaction("name an outbox job for the team", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM outbox_job WHERE id = ?")) {
                ps.setLong(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<JobId>empty();
                    }
                    if (rs.getString(1) != null) {
                        return Optional.of(new JobId(rs.getString(1), true));
                    }
                }
            }
            String uid = UUID.randomUUID().toString();
            update(c, "UPDATE outbox_job SET uid = ? WHERE id = ?", uid, jobId);
            return Optional.of(new JobId(uid, false));
        });
    }

    /** The article's uid, if it was ever shared. */
    public Optional<String> uid(long articleId) {
        return jdbc.read("read an article's team id", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM article WHERE id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
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

    private static Optional<Base> base(Connection c, String uid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, snapshot FROM team_base WHERE article_uid = ?")) {
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Base(rs.getLong(1), TeamSnapshots.decode(rs.getBytes(2))))
                        : Optional.empty();
            }
        }
    }

    private static void putBase(Connection c, String uid, long seq, ObjectNode snapshot) throws SQLException {
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
        jdbc.transaction("note a shared change", c -> {
            putBase(c, d.uid(), seq, snapshot);
            clear(c, d);
            return null;
        });
    }

    /** The article needs nothing sent (it is as the server has it, or gone and never shared). */
    public void settled(Dirty d) {
        jdbc.transaction("note a shared change", c -> {
            clear(c, d);
            return null;
        });
    }

    private static void clear(Connection c, Dirty d) throws SQLException {
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

    private static void advance(Connection c, long seq) throws SQLException {
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
        return jdbc.transactionForOthers("apply a team member's change", c -> {
            Applied done = applyIn(c, in, merger, blobs, member);
            advance(c, in.seq());
            return done;
        });
    }

    private Applied applyIn(Connection c, Incoming in, Merger merger, Function<String, byte[]> fromServer,
                            String member) throws SQLException {
        Optional<Base> base = base(c, in.uid());
        if (base.isPresent() && base.get().seq() >= in.seq()) {
            return Applied.SKIPPED;
        }
        TeamRows rows = new TeamRows(c, hash -> fromServer.apply(hash), clock.instant());
        Long id = rows.idOf("article", in.uid());
        if (id == null && !in.deleted()) {
            Optional<Applied> same = sameStory(c, in);
            if (same.isPresent()) {
                return same.get();
            }
            id = rows.idOf("article", in.uid());
        }
        if (id != null) {
            identify(c, id, member); // rows made here since the last push get their uids before merging
        }
        TeamSnapshots.Snapshot here = id == null ? null : TeamSnapshots.read(c, id);
        Function<String, byte[]> blobs = hash -> here != null && here.blobs().containsKey(hash)
                ? here.blobs().get(hash) : fromServer.apply(hash);
        boolean changedHere = id != null && dirtyMark(c, id) != null
                && (base.isEmpty() || !here.json().equals(base.get().snapshot()));
        if (in.deleted()) {
            if (changedHere) {
                putBase(c, in.uid(), in.seq(), null);
                return Applied.KEPT_EDITED; // edited here: it stays, and goes up again
            }
            if (id != null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                clear(c, id);
            }
            putBase(c, in.uid(), in.seq(), null);
            return Applied.DELETED;
        }
        ObjectNode target = in.snapshot();
        List<Conflict> conflicts = List.of();
        if (changedHere) {
            Merged m = merger.merge(base.map(Base::snapshot).orElse(null), here.json(), in.snapshot());
            target = m.snapshot();
            conflicts = m.conflicts();
        }
        long articleId = new TeamRows(c, blobs, clock.instant()).write(target, here);
        putBase(c, in.uid(), in.seq(), in.snapshot());
        if (target.equals(in.snapshot())) {
            clear(c, articleId);
        }
        for (Conflict k : conflicts) {
            if (k.field().equals("body")) {
                // the losing edit of the text is a revision too, for the History compare
                revision(c, articleId, k.mine(), "conflict: this edit overlapped " + in.member() + "'s, saved first");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_conflict (article_uid, field, mine, theirs,"
                    + " member, created) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, in.uid());
                ps.setString(2, k.field());
                ps.setString(3, k.mine());
                ps.setString(4, k.theirs());
                ps.setString(5, in.member());
                ps.setObject(6, Jdbc.toDb(clock.instant()));
                ps.executeUpdate();
            }
        }
        String latest = latestRevisionBody(c, articleId);
        if (changedHere && (latest == null || !latest.equals(target.get("article").get("body").asText()))) {
            // the text as it stands is the newest revision (annotations are placed on it)
            revision(c, articleId, null, "merged with " + in.member() + "'s edit");
        }
        return changedHere ? Applied.MERGED : Applied.WRITTEN;
    }

    /** Adds a revision of the article's title and {@code body} (its current body if null). */
    private void revision(Connection c, long articleId, String body, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision (article_id, created, title, body, note)"
                + " SELECT id, ?, title, COALESCE(?, body), ? FROM article WHERE id = ?")) {
            ps.setObject(1, Jdbc.toDb(clock.instant()));
            ps.setString(2, body);
            ps.setString(3, note);
            ps.setLong(4, articleId);
            ps.executeUpdate();
        }
    }

    private static String latestRevisionBody(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM revision WHERE article_id = ? ORDER BY id DESC")) {
            ps.setLong(1, articleId);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * The same story imported by two members (the same content): one article after sync. An import
     * here not yet shared takes the incoming article's uid and merges into it, its own import kept as
     * a revision naming where it came from; two shared ones become the one whose uid sorts first (the
     * other is deleted by whichever member holds it, after merging into the first).
     */
    private Optional<Applied> sameStory(Connection c, Incoming in) throws SQLException {
        String hash = in.snapshot().path("article").path("content_hash").asText(null);
        long id;
        String uid;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, uid FROM article WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                uid = rs.getString(2);
            }
        }
        if (uid != null && uid.compareTo(in.uid()) < 0) {
            putBase(c, in.uid(), in.seq(), in.snapshot());
            return Optional.of(Applied.SKIPPED); // ours stays; the other member merges theirs into it
        }
        if (uid != null) {
            // ours gives way: deleted on the server once this merge goes up (a row of its own, no article)
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_dirty (article_id, uid, mark) VALUES (?, ?, 1)")) {
                ps.setLong(1, -id);
                ps.setString(2, uid);
                ps.executeUpdate();
            }
        }
        update(c, "UPDATE article SET uid = ? WHERE id = ?", in.uid(), id);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision (article_id, created, title, body, note)"
                + " SELECT id, ?, title, body, ? FROM article WHERE id = ?")) {
            ps.setObject(1, Jdbc.toDb(clock.instant()));
            ps.setString(2, "imported here too: " + provenance(c, id));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
        return Optional.empty();
    }

    private static String provenance(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT o.location, a.source, a.created FROM article a"
                + " LEFT JOIN article_original o ON o.article_id = a.id WHERE a.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String where = rs.getString(1) != null ? rs.getString(1) : rs.getString(2) != null ? rs.getString(2) : "?";
                return where + " at " + rs.getObject(3, java.time.OffsetDateTime.class).toInstant();
            }
        }
    }

    private static Long dirtyMark(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT mark FROM team_dirty WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void clear(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM team_dirty WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }
}
