package app.galley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Fills a library with generated articles in batches, through the store's own data source (the
 * benchmarks' large libraries: 100,000 imports one by one would take the better part of an hour).
 * Rows are what an import stores in {@code article}; nothing else (no originals, revisions or bands).
 */
public final class GeneratedLibrary {

    /** One generated article. */
    public record Row(String title, String source, String language, String status, String body) {
    }

    private GeneratedLibrary() {
    }

    /** Inserts {@code count} articles made by {@code row}, created a second apart from 2026-06-01. */
    public static void fill(Library library, int count, IntFunction<Row> row) throws Exception {
        OffsetDateTime when = OffsetDateTime.ofInstant(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        try (Connection c = library.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (title, source, language, status, body,"
                    + " length_value, length_unit, content_hash, created, updated, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    Row r = row.apply(i);
                    ps.setString(1, r.title());
                    ps.setString(2, r.source());
                    ps.setString(3, r.language());
                    ps.setString(4, r.status());
                    ps.setString(5, r.body());
                    ps.setInt(6, r.body().length());
                    ps.setString(7, r.language() != null && r.language().startsWith("zh") ? "CHARACTERS" : "WORDS");
                    ps.setString(8, Integer.toHexString(i) + "-generated");
                    ps.setObject(9, when.plusSeconds(i));
                    ps.setObject(10, when.plusSeconds(i));
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
    }

    /** The workflow statuses in the mix a newsroom's library has: most in the inbox, some in each stage. */
    public static final List<String> STATUS_MIX = List.of("INBOX", "INBOX", "INBOX", "INBOX", "EDITING", "FACT_CHECK",
            "READY", "PUBLISHED", "PUBLISHED", "SPIKED");

    /** Gives every article its original (title and body as a text file) and its first revision, as an import does. */
    public static void addOriginalsAndRevisions(Library library) throws Exception {
        OffsetDateTime when = OffsetDateTime.ofInstant(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        try (Connection c = library.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ids = c.prepareStatement("SELECT id, title, body FROM article ORDER BY id");
                 PreparedStatement orig = c.prepareStatement("INSERT INTO article_original (article_id, content, media_type,"
                         + " charset, location, size_bytes) VALUES (?, ?, 'text/plain', 'UTF-8', ?, ?)");
                 PreparedStatement rev = c.prepareStatement("INSERT INTO revision (article_id, created, title, body, note)"
                         + " VALUES (?, ?, ?, ?, 'Imported')");
                 java.sql.ResultSet rs = ids.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    byte[] bytes = (rs.getString(2) + "\n\n" + rs.getString(3)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    orig.setLong(1, rs.getLong(1));
                    orig.setBytes(2, bytes);
                    orig.setString(3, "story-" + rs.getLong(1) + ".txt");
                    orig.setInt(4, bytes.length);
                    orig.addBatch();
                    rev.setLong(1, rs.getLong(1));
                    rev.setObject(2, when);
                    rev.setString(3, rs.getString(2));
                    rev.setString(4, rs.getString(3));
                    rev.addBatch();
                    if (++n % 1000 == 0) {
                        orig.executeBatch();
                        rev.executeBatch();
                        c.commit();
                    }
                }
                orig.executeBatch();
                rev.executeBatch();
            }
            c.commit();
        }
    }

    /** The rows a query reads from the library, each as its columns' values. */
    public static List<Object[]> rows(Library library, String sql) throws Exception {
        List<Object[]> out = new java.util.ArrayList<>();
        try (Connection c = library.dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    /** The actions generated events take, in the order an article's life goes. */
    private static final List<String> LIFE = List.of("import", "clean", "tag", "annotate", "verdict", "comment",
            "edit", "status", "export", "publish");

    /**
     * Gives every article {@code perArticle} audit events, an hour apart from its creation, as the
     * services write them (issue 23's benchmark: 100,000 articles with ten events each).
     */
    public static void addEvents(Library library, int perArticle) throws Exception {
        OffsetDateTime when = OffsetDateTime.ofInstant(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        try (Connection c = library.dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<Long> ids = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article ORDER BY id");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            java.util.Random random = new java.util.Random(23);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (" + AuditTrail.COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                // article by article through the day, so an article's events are spread over the table as they are in use
                for (int k = 0; k < perArticle; k++) {
                    for (long id : ids) {
                        ps.setString(1, new java.util.UUID(random.nextLong(), random.nextLong()).toString());
                        ps.setLong(2, id);
                        ps.setObject(3, when.plusSeconds(id).plusHours(k));
                        ps.setString(4, k % 2 == 0 ? "周敏" : "Ruth Delgado");
                        ps.setString(5, LIFE.get(k % LIFE.size()));
                        ps.setString(6, "{\"note\":\"generated " + k + "\"}");
                        ps.addBatch();
                        if (++n % 5000 == 0) {
                            ps.executeBatch();
                            c.commit();
                        }
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
    }

    /**
     * The peer of the history read: an article's events with the same query as {@link
     * AuditTrail#ofArticle}, told to use no index (H2's {@code USE INDEX ()}): what an audit log kept
     * without the {@code (article_id, at)} index costs.
     */
    public static int peerHistory(Library library, long articleId) throws Exception {
        try (Connection c = library.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + AuditTrail.COLUMNS
                     + " FROM audit_event USE INDEX () WHERE article_id = ? ORDER BY at DESC, id DESC")) {
            ps.setLong(1, articleId);
            int n = 0;
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }
}
