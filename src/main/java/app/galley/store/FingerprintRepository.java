package app.galley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The fingerprints each article was imported with (its content hash, its near-duplicate signature and
 * bands), read from its first revision and written again when the way text is folded changes: a
 * stored fingerprint must be made the way a new import's is, or the same article is not recognised.
 */
public final class FingerprintRepository {

    /** An article's text as it was imported (its first revision); null title and body if it has none. */
    public record Imported(long articleId, String title, String body) {
    }

    /**
     * An article's fingerprints, made again.
     *
     * @param contentHash the content hash to store, or null to leave it as it is
     */
    public record Fingerprint(long articleId, String contentHash, byte[] signature, long[] bands) {
    }

    private final Jdbc jdbc;

    FingerprintRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} articles after {@code afterId}, by id, with the text they were imported with. */
    public List<Imported> importedAfter(long afterId, int limit) {
        return imported("SELECT id FROM article WHERE id > ? ORDER BY id LIMIT ?", afterId, limit);
    }

    /**
     * As {@link #importedAfter}, only articles without a near-duplicate signature (articles a team
     * member imported, synced into this library).
     */
    public List<Imported> unsignedAfter(long afterId, int limit) {
        return imported("SELECT id FROM article a WHERE id > ? AND NOT EXISTS (SELECT 1 FROM article_signature s"
                + " WHERE s.article_id = a.id) ORDER BY id LIMIT ?", afterId, limit);
    }

    private List<Imported> imported(String idsSql, long afterId, int limit) {
        return jdbc.read("read imported texts", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(idsSql)) {
                ps.setLong(1, afterId);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<Imported> out = new ArrayList<>(ids.size());
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT title, body FROM revision WHERE article_id = ? ORDER BY id LIMIT 1")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        // (an article without a revision, which Galley never stores, comes back without text)
                        out.add(rs.next() ? new Imported(id, rs.getString(1), rs.getString(2)) : new Imported(id, null, null));
                    }
                }
            }
            return out;
        });
    }

    /** Replaces the fingerprints of some articles, all in one transaction (decisions about pairs stay). */
    public void save(List<Fingerprint> prints) {
        if (prints.isEmpty()) {
            return;
        }
        jdbc.transaction("store " + prints.size() + " fingerprints", c -> {
            // an unchanged hash is not written (the row is not touched, so a team library has nothing to send)
            try (PreparedStatement hash = c.prepareStatement("UPDATE article SET content_hash = ? WHERE id = ? AND content_hash <> ?");
                 PreparedStatement dropBands = c.prepareStatement("DELETE FROM article_band WHERE article_id = ?");
                 PreparedStatement dropSig = c.prepareStatement("DELETE FROM article_signature WHERE article_id = ?")) {
                for (Fingerprint f : prints) {
                    if (f.contentHash() != null) { // null: the signature only (the hash is the article's identity)
                        hash.setString(1, f.contentHash());
                        hash.setLong(2, f.articleId());
                        hash.setString(3, f.contentHash());
                        hash.addBatch();
                    }
                    dropBands.setLong(1, f.articleId());
                    dropBands.addBatch();
                    dropSig.setLong(1, f.articleId());
                    dropSig.addBatch();
                }
                hash.executeBatch();
                dropBands.executeBatch();
                dropSig.executeBatch();
            }
            try (PreparedStatement sig = c.prepareStatement("INSERT INTO article_signature (article_id, signature) VALUES (?, ?)");
                 PreparedStatement band = c.prepareStatement("INSERT INTO article_band (band_hash, article_id) VALUES (?, ?)")) {
                for (Fingerprint f : prints) {
                    sig.setLong(1, f.articleId());
                    sig.setBytes(2, f.signature());
                    sig.addBatch();
                    for (long b : f.bands()) {
                        band.setLong(1, b);
                        band.setLong(2, f.articleId());
                        band.addBatch();
                    }
                }
                sig.executeBatch();
                band.executeBatch();
            }
            return null;
        });
    }
}
