package app.galley.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The server's side of the team library (issue 22, ADR 25): the change log members push to and pull
 * from, the blobs, and who has which article open. Plain SQL on the team's PostgreSQL database; a
 * push holds the log's clock row for its transaction, so changes commit in sequence order, and a
 * change is accepted only on the version of its article it started from (the first save wins, the
 * second is merged by its member and pushed again). {@code NOTIFY} wakes the other members.
 */
public final class TeamLog implements AutoCloseable {

    static final String CHANNEL = "galley_team";

    private final PGSimpleDataSource ds;
    private final TeamServer.Address address;
    private final String user;
    private final Clock clock;
    private Connection listening;
    /** The connection for the other calls, kept between them (a new one costs about 50 ms here). */
    private final KeptConnection kept;
    private final String teamId;

    private TeamLog(PGSimpleDataSource ds, TeamServer.Address address, String user, Clock clock, String teamId) {
        this.teamId = teamId;
        this.ds = ds;
        this.address = address;
        this.user = user;
        this.clock = clock;
        this.kept = new KeptConnection(ds::getConnection);
    }

    /** A change going up: the article as it is here (null snapshot: deleted), on the version it started from. */
    public record Outgoing(String uid, long baseSeq, boolean deleted, ObjectNode snapshot) {
    }

    /**
     * Reaches the team server and checks it holds a team library of this Galley's schema.
     *
     * @throws TeamServer.Problem saying why it cannot be used; nothing local is touched
     */
    public static TeamLog open(TeamServer.Address address, String user, String password, Clock clock)
            throws TeamServer.Problem {
        PGSimpleDataSource ds = TeamServer.dataSource(address, user, password);
        String id = TeamServer.check(ds, address, user);
        return new TeamLog(ds, address, user, clock, id);
    }

    public TeamServer.Address address() {
        return address;
    }

    /** The team database's own id: another id at the same address is another team's library. */
    public String teamId() {
        return teamId;
    }

    /**
     * Pushes changes in one transaction; returns the sequence number each got, or -1 for one whose
     * article moved on the server since its base (pull, merge, push again).
     */
    public long[] push(List<Outgoing> changes, String member) throws TeamServer.Problem {
        return call(() -> pushSql(changes, member));
    }

    private long[] pushSql(List<Outgoing> changes, String member) throws SQLException {
        long[] out = new long[changes.size()];
        try (Connection c = kept.get()) {
            c.setAutoCommit(false);
            try {
                long seq;
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT seq FROM team_clock WHERE id = 1 FOR UPDATE")) {
                    rs.next();
                    seq = rs.getLong(1);
                }
                Map<String, Long> heads = heads(c, changes);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_change (seq, article_uid, member,"
                        + " base_seq, deleted, snapshot, committed) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < changes.size(); i++) {
                        Outgoing o = changes.get(i);
                        long head = heads.getOrDefault(o.uid(), 0L);
                        if (head != o.baseSeq()) {
                            out[i] = -1;
                            continue;
                        }
                        out[i] = ++seq;
                        heads.put(o.uid(), seq);
                        ps.setLong(1, seq);
                        ps.setString(2, o.uid());
                        ps.setString(3, member);
                        ps.setLong(4, o.baseSeq());
                        ps.setBoolean(5, o.deleted());
                        ps.setBytes(6, o.deleted() ? TeamSnapshots.encode(TeamSnapshots.JSON.createObjectNode())
                                : TeamSnapshots.encode(o.snapshot()));
                        ps.setObject(7, Jdbc.toDb(clock.instant()));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE team_clock SET seq = ? WHERE id = 1")) {
                    ps.setLong(1, seq);
                    ps.executeUpdate();
                }
                try (Statement st = c.createStatement()) {
                    st.execute("NOTIFY " + CHANNEL);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return out;
    }

    private static Map<String, Long> heads(Connection c, List<Outgoing> changes) throws SQLException {
        Map<String, Long> heads = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM team_change WHERE article_uid = ?")) {
            for (Outgoing o : changes) {
                ps.setString(1, o.uid());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long head = rs.getLong(1);
                    heads.put(o.uid(), rs.wasNull() ? 0L : head);
                }
            }
        }
        return heads;
    }

    /**
     * Up to {@code limit} changes after {@code after}, in order, each article only at its newest
     * change (a member joining late reads each article once).
     */
    public List<TeamLocal.Incoming> pull(long after, int limit) throws TeamServer.Problem {
        return call(() -> pullSql(after, limit));
    }

    private List<TeamLocal.Incoming> pullSql(long after, int limit) throws SQLException {
        List<TeamLocal.Incoming> out = new ArrayList<>();
        try (Connection c = kept.get();
             PreparedStatement ps = c.prepareStatement("SELECT seq, article_uid, member, deleted, snapshot FROM team_change t"
                     + " WHERE seq > ? AND seq = (SELECT MAX(seq) FROM team_change n WHERE n.article_uid = t.article_uid)"
                     + " ORDER BY seq")) {
            ps.setLong(1, after);
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TeamLocal.Incoming(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            TeamSnapshots.decode(rs.getBytes(5))));
                }
            }
        }
        return out;
    }

    /** The newest sequence number in the log. */
    public long head() throws TeamServer.Problem {
        return call(() -> {
            try (Connection c = kept.get(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT seq FROM team_clock WHERE id = 1")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Sends the blobs the server does not have yet. */
    public void putBlobs(Map<String, byte[]> blobs) throws TeamServer.Problem {
        call(() -> {
            putBlobsSql(blobs);
            return null;
        });
    }

    private void putBlobsSql(Map<String, byte[]> blobs) throws SQLException {
        if (blobs.isEmpty()) {
            return;
        }
        try (Connection c = kept.get()) {
            Set<String> have = new HashSet<>();
            List<String> hashes = new ArrayList<>(blobs.keySet());
            try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM team_blob WHERE hash = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("varchar", hashes.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        have.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_blob (hash, content) VALUES (?, ?)"
                    + " ON CONFLICT (hash) DO NOTHING")) {
                for (String h : hashes) {
                    if (!have.contains(h)) {
                        ps.setString(1, h);
                        ps.setBytes(2, blobs.get(h));
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    /** Many blobs in one query, by hash (those the server lacks left out). */
    public Map<String, byte[]> blobs(java.util.Collection<String> hashes) throws TeamServer.Problem {
        return call(() -> blobsSql(hashes));
    }

    private Map<String, byte[]> blobsSql(java.util.Collection<String> hashes) throws SQLException {
        Map<String, byte[]> out = new HashMap<>();
        if (hashes.isEmpty()) {
            return out;
        }
        try (Connection c = kept.get();
             PreparedStatement ps = c.prepareStatement("SELECT hash, content FROM team_blob WHERE hash = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("varchar", hashes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getBytes(2));
                }
            }
        }
        return out;
    }

    /**
     * A blob's content, or null if the server has none by that hash. Unlike the other calls this one
     * throws {@link StoreException}, not {@link TeamServer.Problem}: it is read from inside the local
     * transaction that applies a batch (a blob a merge turns out to need), through a function that
     * cannot throw a checked exception; the failure rolls that batch back whole and the sync treats
     * it as the server being away.
     */
    public synchronized byte[] blob(String hash) {
        try (Connection c = kept.get();
             PreparedStatement ps = c.prepareStatement("SELECT content FROM team_blob WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            kept.drop();
            throw new StoreException("Could not read a blob from " + address + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits up to {@code millis} for another member's push (PostgreSQL {@code LISTEN}); true if one
     * came. The listening connection is opened at the first call and kept.
     */
    public boolean awaitChange(int millis) throws TeamServer.Problem {
        return call(() -> awaitChangeSql(millis));
    }

    private boolean awaitChangeSql(int millis) throws SQLException {
        if (listening == null || listening.isClosed()) {
            listening = ds.getConnection(); // its own: it waits for NOTIFY
            try (Statement st = listening.createStatement()) {
                st.execute("LISTEN " + CHANNEL);
            }
        }
        var got = listening.unwrap(PGConnection.class).getNotifications(millis);
        return got != null && got.length > 0;
    }

    /**
     * Claims an outbox job for {@code member}: true if it is theirs to send (first claim, or theirs
     * already), false if another member claimed it.
     */
    public boolean claim(String jobUid, String member) throws TeamServer.Problem {
        return call(() -> claimSql(jobUid, member));
    }

    private boolean claimSql(String jobUid, String member) throws SQLException {
        try (Connection c = kept.get()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_claim (job_uid, member, claimed)"
                    + " VALUES (?, ?, ?) ON CONFLICT (job_uid) DO NOTHING")) {
                ps.setString(1, jobUid);
                ps.setString(2, member);
                ps.setObject(3, Jdbc.toDb(clock.instant()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT member FROM team_claim WHERE job_uid = ?")) {
                ps.setString(1, jobUid);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1).equals(member);
                }
            }
        }
    }

    /** Notes that {@code member} has the article open (presence, not a lock). */
    public void present(String uid, String member) throws TeamServer.Problem {
        call(() -> {
            presentSql(uid, member);
            return null;
        });
    }

    private void presentSql(String uid, String member) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = kept.get();
             PreparedStatement ps = c.prepareStatement("INSERT INTO team_presence (article_uid, member, since, seen)"
                     + " VALUES (?, ?, ?, ?) ON CONFLICT (article_uid, member) DO UPDATE SET seen = EXCLUDED.seen")) {
            ps.setString(1, uid);
            ps.setString(2, member);
            ps.setObject(3, Jdbc.toDb(now));
            ps.setObject(4, Jdbc.toDb(now));
            ps.executeUpdate();
        }
    }

    /** Notes that {@code member} closed the article. */
    public void absent(String uid, String member) throws TeamServer.Problem {
        call(() -> {
            absentSql(uid, member);
            return null;
        });
    }

    private void absentSql(String uid, String member) throws SQLException {
        try (Connection c = kept.get();
             PreparedStatement ps = c.prepareStatement("DELETE FROM team_presence WHERE article_uid = ? AND member = ?")) {
            ps.setString(1, uid);
            ps.setString(2, member);
            ps.executeUpdate();
        }
    }

    /** The others who have the article open and were seen after {@code seenAfter}, with since when. */
    public Map<String, Instant> others(String uid, String member, Instant seenAfter) throws TeamServer.Problem {
        return call(() -> othersSql(uid, member, seenAfter));
    }

    private Map<String, Instant> othersSql(String uid, String member, Instant seenAfter) throws SQLException {
        Map<String, Instant> out = new java.util.TreeMap<>();
        try (Connection c = kept.get();
             PreparedStatement ps = c.prepareStatement("SELECT member, since FROM team_presence"
                     + " WHERE article_uid = ? AND member <> ? AND seen > ?")) {
            ps.setString(1, uid);
            ps.setString(2, member);
            ps.setObject(3, Jdbc.toDb(seenAfter));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant());
                }
            }
        }
        return out;
    }

    private interface Sql<T> {
        T run() throws SQLException;
    }

    /** Runs work on the server; a failure is one sentence naming the server (unreachable, refused ...). */
    private synchronized <T> T call(Sql<T> work) throws TeamServer.Problem {
        try {
            return work.run();
        } catch (SQLException e) {
            kept.drop();
            throw new TeamServer.Problem(TeamServer.describe(address, user, e));
        }
    }

    public String user() {
        return user;
    }

    @Override
    public void close() {
        kept.drop();
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException ignored) {
                // closing a connection to a server that went away
            }
            listening = null;
        }
    }
}
