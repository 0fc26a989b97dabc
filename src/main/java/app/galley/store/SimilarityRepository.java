package app.galley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MinHash signatures, their band index, and the editor's decisions about pairs of articles. */
public final class SimilarityRepository {

    /** What is known about two articles. */
    public enum Relation { SUSPECTED, SAME_STORY, NOT_DUPLICATE, KEEP_BOTH }

    private final Jdbc jdbc;
    private final Clock clock;

    SimilarityRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What the near-duplicate index keeps of one article: its MinHash signature, the band hashes
     * that find it, and the earlier article it was found to look like (if any).
     */
    public record Entry(byte[] signature, long[] bands, Long suspectedOf, double similarity) {
        public Entry {
            signature = signature.clone();
            bands = bands.clone();
        }
    }

    /** Stores an article's signature and band hashes (replacing earlier ones) and records a suspicion. */
    public void save(long articleId, Entry entry) {
        jdbc.transaction("index article " + articleId, c -> {
            try (PreparedStatement del1 = c.prepareStatement("DELETE FROM article_band WHERE article_id = ?");
                 PreparedStatement del2 = c.prepareStatement("DELETE FROM article_signature WHERE article_id = ?")) {
                del1.setLong(1, articleId);
                del1.executeUpdate();
                del2.setLong(1, articleId);
                del2.executeUpdate();
            }
            write(c, clock, articleId, entry);
            return null;
        });
    }

    /** Writes a new article's index entry on the connection (and in the transaction) that stores it. */
    static void write(Connection c, Clock clock, long articleId, Entry entry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO article_signature (article_id, signature) VALUES (?, ?)")) {
            ps.setLong(1, articleId);
            ps.setBytes(2, entry.signature());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO article_band (band_hash, article_id) VALUES (?, ?)")) {
            for (long band : entry.bands()) {
                ps.setLong(1, band);
                ps.setLong(2, articleId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (entry.suspectedOf() != null) {
            writeRelation(c, clock, articleId, entry.suspectedOf(), Relation.SUSPECTED, entry.similarity());
        }
    }

    /** How many candidates a lookup returns at most: those sharing the most bands come first. */
    public static final int MAX_CANDIDATES = 50;

    /**
     * Articles sharing at least one band hash with these, with their signatures (the index lookup):
     * at most {@link #MAX_CANDIDATES}, those sharing the most bands first, so that text common to many
     * articles (a site's boilerplate, say) cannot turn the lookup into a scan.
     */
    public Map<Long, byte[]> candidates(long[] bands, long excludeId) {
        return jdbc.read("find similar articles", c -> {
            // grouped on the band-hash index (an IN (subquery) had made H2 test every signature row);
            // no derived table, so that H2 keeps the parsed statement in its cache
            StringBuilder sql = new StringBuilder("SELECT b.article_id, COUNT(*) FROM article_band b"
                    + " WHERE b.band_hash IN (");
            for (int i = 0; i < bands.length; i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            sql.append(") AND b.article_id <> ? GROUP BY b.article_id ORDER BY 2 DESC, 1 LIMIT ").append(MAX_CANDIDATES);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int k = 1;
                for (long band : bands) {
                    ps.setLong(k++, band);
                }
                ps.setLong(k, excludeId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            Map<Long, byte[]> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT signature FROM article_signature WHERE article_id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.put(id, rs.getBytes(1));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** What was recorded about two articles, if anything. */
    public Optional<Relation> relation(long a, long b) {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        return jdbc.read("read the relation of two articles", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT kind FROM article_relation WHERE article_id = ? AND other_id = ?")) {
                ps.setLong(1, lo);
                ps.setLong(2, hi);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Relation.valueOf(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /**
     * The earlier article this one looks like a repost of (or any article it was linked to as the
     * same story), if any.
     */
    public Optional<Map.Entry<Long, Double>> repostOf(long articleId) {
        return jdbc.read("read what article " + articleId + " reposts", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, other_id, similarity FROM article_relation"
                    + " WHERE (other_id = ? AND kind IN ('SUSPECTED', 'SAME_STORY')) OR (article_id = ? AND kind = 'SAME_STORY')"
                    + " ORDER BY similarity DESC")) {
                ps.setLong(1, articleId);
                ps.setLong(2, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long other = rs.getLong(1) == articleId ? rs.getLong(2) : rs.getLong(1);
                    return Optional.of(Map.entry(other, rs.getDouble(3)));
                }
            }
        });
    }

    /** Records (or changes) what is known about two articles. */
    public void relate(long a, long b, Relation kind, double similarity) {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        jdbc.transaction("relate articles " + lo + " and " + hi, c -> {
            writeRelation(c, clock, lo, hi, kind, similarity);
            return null;
        });
    }

    private static void writeRelation(Connection c, Clock clock, long a, long b, Relation kind, double similarity)
            throws SQLException {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM article_relation WHERE article_id = ? AND other_id = ?")) {
            del.setLong(1, lo);
            del.setLong(2, hi);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO article_relation (article_id, other_id, kind,"
                + " similarity, created) VALUES (?, ?, ?, ?, ?)")) {
            ins.setLong(1, lo);
            ins.setLong(2, hi);
            ins.setString(3, kind.name());
            ins.setDouble(4, similarity);
            ins.setObject(5, Jdbc.toDb(clock.instant()));
            ins.executeUpdate();
        }
    }
}
