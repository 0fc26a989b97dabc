package app.galley.store;

import app.galley.model.Article;
import app.galley.model.ArticleDraft;
import app.galley.model.ArticleOrder;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.model.ImportOutcome;
import app.galley.model.LengthUnit;
import app.galley.model.Original;
import app.galley.model.OriginalInfo;
import app.galley.model.Revision;
import app.galley.model.TextLength;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Articles, their originals and revisions. The only place that writes article SQL. */
public final class ArticleRepository {

    private static final String SUMMARY_COLUMNS =
            "id, title, source, language, status, length_value, length_unit, created, updated";
    static final String ARTICLE_COLUMNS =
            "id, title, subtitle, byline, dateline, source, source_url, language, published, status, body,"
                    + " created, updated, version, content_hash, original_title, other_sources";

    private final Jdbc jdbc;
    private final Clock clock;

    ArticleRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a draft with its original in one transaction, unless an article with the same content
     * hash exists: then nothing is written and the existing article is reported.
     */
    public ImportOutcome insert(ArticleDraft draft, String contentHash, String sourceLabel) {
        return insert(draft, contentHash, sourceLabel, null);
    }

    /**
     * As {@link #insert(ArticleDraft, String, String)}, writing the article's near-duplicate index
     * entry (when not null) in the same transaction: an article is never stored unindexed.
     */
    public ImportOutcome insert(ArticleDraft draft, String contentHash, String sourceLabel,
                                SimilarityRepository.Entry index) {
        return insert(draft, contentHash, sourceLabel, index, List.of());
    }

    /**
     * As {@link #insert(ArticleDraft, String, String, SimilarityRepository.Entry)}, tagging the article
     * with these tags (which exist) in the same transaction.
     */
    public ImportOutcome insert(ArticleDraft draft, String contentHash, String sourceLabel,
                                SimilarityRepository.Entry index, List<Long> tagIds) {
        return jdbc.transaction("store " + sourceLabel, c -> {
            Optional<ImportOutcome.Duplicate> existing = findDuplicate(c, contentHash, sourceLabel);
            if (existing.isPresent()) {
                return existing.get();
            }
            long id;
            Instant now = clock.instant();
            TextLength length = TextLength.of(draft.body());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO article (title, subtitle, byline, source, source_url, language, published,"
                            + " status, body, length_value, length_unit, content_hash, created, updated, version,"
                            + " original_title, other_sources, dateline)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, draft.title());
                ps.setString(2, draft.subtitle());
                ps.setString(3, draft.byline());
                ps.setString(4, draft.source());
                ps.setString(5, draft.sourceUrl());
                ps.setString(6, draft.language());
                ps.setObject(7, Jdbc.toDb(draft.published()));
                ps.setString(8, ArticleStatus.INBOX.name());
                ps.setString(9, draft.body());
                ps.setInt(10, length.value());
                ps.setString(11, length.unit().name());
                ps.setString(12, contentHash);
                ps.setObject(13, Jdbc.toDb(now));
                ps.setObject(14, Jdbc.toDb(now));
                ps.setString(15, draft.originalTitle());
                ps.setString(16, joinSources(draft.otherSources()));
                ps.setString(17, draft.dateline());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    // another process stored the same content between our check and our insert
                    c.rollback();
                    return findDuplicate(c, contentHash, sourceLabel).<ImportOutcome>map(d -> d)
                            .orElseThrow(() -> e);
                }
                throw e;
            }
            Original original = draft.original();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO article_original (article_id, content, media_type, charset, location, size_bytes)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setBytes(2, original.content());
                ps.setString(3, original.mediaType());
                ps.setString(4, original.charset());
                ps.setString(5, original.location());
                ps.setInt(6, original.size());
                ps.executeUpdate();
            }
            insertRevision(c, id, now, draft.title(), draft.body(), "Imported from " + sourceLabel);
            AttachmentRepository.write(c, id, draft.attachments());
            if (index != null) {
                SimilarityRepository.write(c, clock, id, index);
            }
            TagRepository.tag(c, id, tagIds);
            return new ImportOutcome.Imported(sourceLabel, id, draft.title());
        });
    }

    private static Optional<ImportOutcome.Duplicate> findDuplicate(Connection c, String hash, String source)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title FROM article WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(new ImportOutcome.Duplicate(source, rs.getLong(1), rs.getString(2)));
                }
                return Optional.empty();
            }
        }
    }

    static void insertRevision(Connection c, long articleId, Instant at, String title, String body,
                                       String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO revision (article_id, created, title, body, note) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, articleId);
            ps.setObject(2, Jdbc.toDb(at));
            ps.setString(3, title);
            ps.setString(4, body);
            ps.setString(5, note);
            ps.executeUpdate();
        }
    }

    /** The article with this id, if any. */
    public Optional<Article> find(long id) {
        return jdbc.read("read article " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(article(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every article not in the Trash, newest first. */
    public List<ArticleSummary> list() {
        return jdbc.read("list articles", c -> {
            List<ArticleSummary> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(
                         "SELECT " + SUMMARY_COLUMNS + " FROM article WHERE trashed IS NULL ORDER BY created DESC, id DESC")) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
            return out;
        });
    }

    /** The summary of one article, if it exists. */
    public Optional<ArticleSummary> summary(long id) {
        return jdbc.read("read article " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + SUMMARY_COLUMNS + " FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The summaries of these articles (those that exist, in the Trash or not), by id. */
    public Map<Long, ArticleSummary> summaries(java.util.Collection<Long> ids) {
        return summaries(ids, true);
    }

    /** As {@link #summaries(java.util.Collection)}, of the articles in the Trash only if {@code trashedToo}. */
    public Map<Long, ArticleSummary> summaries(java.util.Collection<Long> ids, boolean trashedToo) {
        Map<Long, ArticleSummary> out = new java.util.HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
            jdbc.read("read " + part.size() + " articles", c -> {
                String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT " + SUMMARY_COLUMNS + " FROM article WHERE id IN (" + marks + ")"
                                + (trashedToo ? "" : " AND trashed IS NULL"))) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setLong(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ArticleSummary s = summary(rs);
                            out.put(s.id(), s);
                        }
                    }
                }
                withAssignees(c, part, out);
                return null;
            });
        }
        return out;
    }

    public int count() {
        return jdbc.read("count articles", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM article WHERE trashed IS NULL")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** How many saved states an article has (its revision number), without reading them. */
    public int revisionCount(long articleId) {
        return jdbc.read("count the revisions of article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM revision WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * Moves an article to another workflow status, if nobody changed it since {@code expectedVersion}.
     *
     * @throws StaleArticleException if the stored version differs (or the article is gone)
     */
    public Article updateStatus(long id, int expectedVersion, ArticleStatus status) {
        return jdbc.transaction("change the status of article " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE article SET status = ?, updated = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                ps.setString(1, status.name());
                ps.setObject(2, Jdbc.toDb(clock.instant()));
                ps.setLong(3, id);
                ps.setInt(4, expectedVersion);
                if (ps.executeUpdate() != 1) {
                    throw new StaleArticleException(id);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return article(rs);
                }
            }
        });
    }

    /** The document as it was imported. */
    public Optional<Original> original(long articleId) {
        return jdbc.read("read the original of article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT content, media_type, charset, location FROM article_original WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Original(rs.getBytes(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        });
    }

    /** Where the original came from and how it was read, without loading its bytes. */
    public Optional<OriginalInfo> originalInfo(long articleId) {
        return jdbc.read("read the original of article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT location, media_type, charset, size_bytes FROM article_original WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new OriginalInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4))) : Optional.empty();
                }
            }
        });
    }

    /** Saved states of an article, oldest first. */
    public List<Revision> revisions(long articleId) {
        return jdbc.read("read the revisions of article " + articleId, c -> {
            List<Revision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, article_id, created, title, body, note, changes, author FROM revision WHERE article_id = ? ORDER BY id")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Revision(rs.getLong(1), rs.getLong(2), instant(rs, 3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
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

    /** Puts into the summaries who their articles are assigned to (the table's column, issue 23). */
    private static void withAssignees(Connection c, List<Long> part, Map<Long, ArticleSummary> out) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
        Map<Long, java.util.Set<String>> names = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, assignee FROM assignment WHERE article_id IN ("
                + marks + ") ORDER BY article_id, role")) {
            for (int i = 0; i < part.size(); i++) {
                ps.setLong(i + 1, part.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.computeIfAbsent(rs.getLong(1), k -> new java.util.LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        names.forEach((id, who) -> out.computeIfPresent(id, (k, s) -> s.withAssignees(String.join(", ", who))));
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                ArticleStatus.valueOf(rs.getString(5)),
                new TextLength(rs.getInt(6), LengthUnit.valueOf(rs.getString(7))),
                instant(rs, 8), instant(rs, 9));
    }

    static Article article(ResultSet rs) throws SQLException {
        return new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(16), splitSources(rs.getString(17)), rs.getString(7), rs.getString(8),
                instant(rs, 9), ArticleStatus.valueOf(rs.getString(10)),
                rs.getString(11), instant(rs, 12), instant(rs, 13), rs.getInt(14), rs.getString(15));
    }

    /** Other sources as stored: one per line, or null for none. */
    static String joinSources(List<String> sources) {
        return sources.isEmpty() ? null : String.join("\n", sources);
    }

    static List<String> splitSources(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }
}
