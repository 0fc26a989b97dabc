package app.galley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
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

    /** Stores an article's signature and band hashes (replacing earlier ones). */
    public void save(long articleId, byte[] signature, long[] bands) {
        jdbc.transaction("index article " + articleId, c -> {
            try (PreparedStatement del1 = c.prepareStatement("DELETE FROM article_band WHERE article_id = ?");
                 PreparedStatement del2 = c.prepareStatement("DELETE FROM article_signature WHERE article_id = ?")) {
                del1.setLong(1, articleId);
                del1.executeUpdate();
                del2.setLong(1, articleId);
                del2.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO article_signature (article_id, signature) VALUES (?, ?)")) {
                ps.setLong(1, articleId);
                ps.setBytes(2, signature);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO article_band (band, band_hash, article_id) VALUES (?, ?, ?)")) {
                for (int b = 0; b < bands.length; b++) {
                    ps.setInt(1, b);
                    ps.setLong(2, bands[b]);
                    ps.setLong(3, articleId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Articles sharing at least one band hash with these, with their signatures (the index lookup). */
    public Map<Long, byte[]> candidates(long[] bands, long excludeId) {
        return jdbc.read("find similar articles", c -> {
            // one indexed IN lookup on the band hashes (an OR of (band, hash) pairs made H2 scan the table)
            StringBuilder sql = new StringBuilder("SELECT s.article_id, s.signature FROM article_signature s"
                    + " WHERE s.article_id IN (SELECT b.article_id FROM article_band b WHERE b.band_hash IN (");
            for (int i = 0; i < bands.length; i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            sql.append(") AND b.article_id <> ?)");
            Map<Long, byte[]> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int k = 1;
                for (long band : bands) {
                    ps.setLong(k++, band);
                }
                ps.setLong(k, excludeId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getBytes(2));
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
            return null;
        });
    }
}
