package app.galley.store;

import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.Revision;
import app.galley.model.TextLength;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Saving an article's new state as a revision: the article row and the revision are written in one
 * transaction, only if nobody saved the article since the version the editor started from. Earlier
 * revisions are never changed, so the original import is always there to go back to.
 */
public final class RevisionRepository {

    private final Jdbc jdbc;
    private final Clock clock;

    RevisionRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Saves {@code edit} as the article's current state and as a new revision.
     *
     * @param expectedVersion the version the edit was made from
     * @param note            what made it ("Cleaned: 12 changes", "Edited", "Restored revision 3")
     * @param changes         the changes from the previous body as JSON, or null
     * @return the article as saved
     * @throws StaleArticleException if the article was saved by someone else meanwhile (or is gone)
     */
    public Article save(long articleId, int expectedVersion, ArticleEdit edit, String note, String changes) {
        return save(articleId, expectedVersion, edit, note, changes, null);
    }

    /**
     * Saves typing: as {@link #save}, but if the newest revision has the same note and is younger
     * than {@code window}, it is brought up to date instead of a new one being added, so a morning's
     * typing is a handful of revisions, not one per pause. Revisions made by anything else (import,
     * cleaning, restore) are never overwritten.
     */
    public Article saveTyping(long articleId, int expectedVersion, ArticleEdit edit, String note, java.time.Duration window) {
        return save(articleId, expectedVersion, edit, note, null, window);
    }

    private Article save(long articleId, int expectedVersion, ArticleEdit edit, String note, String changes,
                         java.time.Duration coalesce) {
        return jdbc.transaction("save article " + articleId, c -> {
            Instant now = clock.instant();
            TextLength length = TextLength.of(edit.body());
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE article SET title = ?, subtitle = ?, byline = ?, dateline = ?, source = ?, language = ?,"
                            + " body = ?, length_value = ?, length_unit = ?, updated = ?, version = version + 1,"
                            + " original_title = ?, other_sources = ?"
                            + " WHERE id = ? AND version = ?")) {
                ps.setString(1, edit.title());
                ps.setString(2, edit.subtitle());
                ps.setString(3, edit.byline());
                ps.setString(4, edit.dateline());
                ps.setString(5, edit.source());
                ps.setString(6, edit.language());
                ps.setString(7, edit.body());
                ps.setInt(8, length.value());
                ps.setString(9, length.unit().name());
                ps.setObject(10, Jdbc.toDb(now));
                ps.setString(11, edit.originalTitle());
                ps.setString(12, ArticleRepository.joinSources(edit.otherSources()));
                ps.setLong(13, articleId);
                ps.setInt(14, expectedVersion);
                if (ps.executeUpdate() != 1) {
                    throw new StaleArticleException(articleId);
                }
            }
            Long latest = coalesce == null ? null : latestTyping(c, articleId, note, now.minus(coalesce));
            if (latest != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE revision SET created = ?, title = ?, body = ? WHERE id = ?")) {
                    ps.setObject(1, Jdbc.toDb(now));
                    ps.setString(2, edit.title());
                    ps.setString(3, edit.body());
                    ps.setLong(4, latest);
                    ps.executeUpdate();
                }
                return reread(c, articleId);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO revision (article_id, created, title, body, note, changes) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, articleId);
                ps.setObject(2, Jdbc.toDb(now));
                ps.setString(3, edit.title());
                ps.setString(4, edit.body());
                ps.setString(5, note);
                ps.setString(6, changes);
                ps.executeUpdate();
            }
            return reread(c, articleId);
        });
    }

    private static Article reread(java.sql.Connection c, long articleId) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + ArticleRepository.ARTICLE_COLUMNS + " FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return ArticleRepository.article(rs);
            }
        }
    }

    /** The newest revision's id if it has this note and was made after {@code since}; else null. */
    private static Long latestTyping(java.sql.Connection c, long articleId, String note, Instant since)
            throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, note, created FROM revision WHERE article_id = ? ORDER BY id DESC")) {
            ps.setLong(1, articleId);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !note.equals(rs.getString(2))
                        || !rs.getObject(3, OffsetDateTime.class).toInstant().isAfter(since)) {
                    return null;
                }
                long id = rs.getLong(1);
                return anchoredTo(c, id) ? null : id;
            }
        }
    }

    /** True if annotations point into the revision's text: it must then stay as it is. */
    private static boolean anchoredTo(java.sql.Connection c, long revisionId) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM annotation WHERE revision_id = ?")) {
            ps.setLong(1, revisionId);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The id of the article's newest revision (0 if it has none). */
    public long latestId(long articleId) {
        return jdbc.read("read the newest revision of article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM revision WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** One revision by its id. */
    public Optional<Revision> find(long revisionId) {
        return jdbc.read("read revision " + revisionId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, article_id, created, title, body, note, changes, author FROM revision WHERE id = ?")) {
                ps.setLong(1, revisionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    OffsetDateTime created = rs.getObject(3, OffsetDateTime.class);
                    return Optional.of(new Revision(rs.getLong(1), rs.getLong(2), created.toInstant(), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        });
    }
}
