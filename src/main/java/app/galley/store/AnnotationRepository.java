package app.galley.store;

import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.AnnotationKind;
import app.galley.model.TextTarget;
import app.galley.model.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Fact-checking annotations and their comment threads. */
public final class AnnotationRepository {

    static final String COLUMNS = "id, article_id, kind, exact, prefix, suffix, start_pos, end_pos, anchor,"
            + " first_quote, speaker, verdict, note, evidence, author, created, modified, revision_id, resolved";
    static final String COMMENT_COLUMNS = "id, annotation_id, parent_id, author, body, created, edited, deleted";

    private final Jdbc jdbc;
    private final Clock clock;

    AnnotationRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The article's annotations in text order. */
    public List<Annotation> forArticle(long articleId) {
        return jdbc.read("read the annotations of article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM annotation WHERE article_id = ? ORDER BY start_pos, id")) {
                ps.setLong(1, articleId);
                return list(ps);
            }
        });
    }

    public Optional<Annotation> find(long id) {
        return jdbc.read("read annotation " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation WHERE id = ?")) {
                ps.setLong(1, id);
                return list(ps).stream().findFirst();
            }
        });
    }

    /** Saves a new annotation; returns it with its id. */
    public Annotation add(Annotation a) {
        return jdbc.transaction("save an annotation", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation (article_id, kind, exact, prefix,"
                    + " suffix, start_pos, end_pos, anchor, first_quote, speaker, verdict, note, evidence, author, created,"
                    + " modified, revision_id, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, a.articleId());
                ps.setString(2, a.kind().name());
                setTarget(ps, 3, a);
                ps.setString(10, a.speaker());
                ps.setString(11, a.verdict().name());
                ps.setString(12, a.note());
                ps.setString(13, String.join("\n", a.evidence()));
                ps.setString(14, a.author());
                ps.setObject(15, Jdbc.toDb(a.created()));
                ps.setObject(16, Jdbc.toDb(a.modified()));
                ps.setLong(17, a.revisionId());
                ps.setBoolean(18, a.resolved());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    return new Annotation(id, a.articleId(), a.kind(), a.target(), a.anchor(), a.firstQuote(), a.speaker(),
                            a.verdict(), a.note(), a.evidence(), a.author(), a.created(), a.modified(), a.revisionId(),
                            a.resolved());
                }
            }
        });
    }

    /** Saves the checker's fields (speaker, verdict, note, evidence, resolved). */
    public void update(Annotation a) {
        jdbc.transaction("save annotation " + a.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE annotation SET speaker = ?, verdict = ?, note = ?,"
                    + " evidence = ?, modified = ?, resolved = ? WHERE id = ?")) {
                ps.setString(1, a.speaker());
                ps.setString(2, a.verdict().name());
                ps.setString(3, a.note());
                ps.setString(4, String.join("\n", a.evidence()));
                ps.setObject(5, Jdbc.toDb(a.modified()));
                ps.setBoolean(6, a.resolved());
                ps.setLong(7, a.id());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("annotation " + a.id() + " is gone");
                }
            }
            return null;
        });
    }

    /** Saves a verdict and who gave it, in one transaction (the annotation's fields as {@link #update}). */
    public void updateVerdict(Annotation a, String checker) {
        jdbc.transaction("save verdict of annotation " + a.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE annotation SET verdict = ?, modified = ?"
                    + " WHERE id = ?")) {
                ps.setString(1, a.verdict().name());
                ps.setObject(2, Jdbc.toDb(a.modified()));
                ps.setLong(3, a.id());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("annotation " + a.id() + " is gone");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_verdict (annotation_id, verdict,"
                    + " checker, given) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, a.id());
                ps.setString(2, a.verdict().name());
                ps.setString(3, checker);
                ps.setObject(4, Jdbc.toDb(a.modified()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Who gave each of an article's annotations its latest verdict, by annotation id (none for never judged). */
    public java.util.Map<Long, String> verdictGivers(long articleId) {
        return jdbc.read("read who gave the verdicts", c -> {
            java.util.Map<Long, String> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT v.annotation_id, v.checker FROM annotation_verdict v"
                    + " JOIN annotation a ON a.id = v.annotation_id WHERE a.article_id = ? ORDER BY v.id")) {
                ps.setLong(1, articleId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2)); // the later row wins
                    }
                }
            }
            return out;
        });
    }

    /** Saves where annotations were found again on a later revision, all in one transaction. */
    public void saveAnchors(List<Annotation> placed) {
        if (placed.isEmpty()) {
            return;
        }
        jdbc.transaction("save re-anchored annotations", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE annotation SET exact = ?, prefix = ?, suffix = ?,"
                    + " start_pos = ?, end_pos = ?, anchor = ?, first_quote = ?, revision_id = ? WHERE id = ?")) {
                for (Annotation a : placed) {
                    setTarget(ps, 1, a);
                    ps.setLong(8, a.revisionId());
                    ps.setLong(9, a.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public void delete(long id) {
        jdbc.transaction("delete annotation " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation_comment WHERE annotation_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The thread of an annotation, oldest first. */
    public List<AnnotationComment> comments(long annotationId) {
        return jdbc.read("read the comments on annotation " + annotationId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COMMENT_COLUMNS + " FROM annotation_comment WHERE annotation_id = ? ORDER BY id")) {
                ps.setLong(1, annotationId);
                return comments(ps);
            }
        });
    }

    /** Every comment on the article's annotations, oldest first. */
    public List<AnnotationComment> commentsForArticle(long articleId) {
        return jdbc.read("read the comments on article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + prefixed() + " FROM annotation_comment m"
                    + " JOIN annotation a ON a.id = m.annotation_id WHERE a.article_id = ? ORDER BY m.id")) {
                ps.setLong(1, articleId);
                return comments(ps);
            }
        });
    }

    public AnnotationComment addComment(long annotationId, Long parentId, String author, String body) {
        Instant now = clock.instant();
        return jdbc.transaction("save a comment", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_comment (annotation_id, parent_id,"
                    + " author, body, created) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, annotationId);
                if (parentId == null) {
                    ps.setNull(2, Types.BIGINT);
                } else {
                    ps.setLong(2, parentId);
                }
                ps.setString(3, author);
                ps.setString(4, body);
                ps.setObject(5, Jdbc.toDb(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new AnnotationComment(keys.getLong(1), annotationId, parentId, author, body, now, null, false);
                }
            }
        });
    }

    /**
     * Changes a comment's text; only its author may.
     *
     * @throws IllegalStateException if {@code author} did not write it, or it was deleted
     */
    public AnnotationComment editComment(long commentId, String author, String body) {
        Instant now = clock.instant();
        return jdbc.transaction("edit comment " + commentId, c -> {
            AnnotationComment old = ownComment(c, commentId, author);
            try (PreparedStatement ps = c.prepareStatement("UPDATE annotation_comment SET body = ?, edited = ? WHERE id = ?")) {
                ps.setString(1, body);
                ps.setObject(2, Jdbc.toDb(now));
                ps.setLong(3, commentId);
                ps.executeUpdate();
            }
            return new AnnotationComment(old.id(), old.annotationId(), old.parentId(), old.author(), body, old.created(),
                    now, false);
        });
    }

    /**
     * Deletes a comment; only its author may. One with replies stays as a "deleted" placeholder so
     * the replies keep their place in the thread.
     */
    public void deleteComment(long commentId, String author) {
        jdbc.transaction("delete comment " + commentId, c -> {
            ownComment(c, commentId, author);
            boolean replied;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM annotation_comment WHERE parent_id = ?")) {
                ps.setLong(1, commentId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    replied = rs.getLong(1) > 0;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(replied
                    ? "UPDATE annotation_comment SET body = '', deleted = TRUE WHERE id = ?"
                    : "DELETE FROM annotation_comment WHERE id = ?")) {
                ps.setLong(1, commentId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private AnnotationComment ownComment(Connection c, long commentId, String author) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COMMENT_COLUMNS + " FROM annotation_comment WHERE id = ?")) {
            ps.setLong(1, commentId);
            List<AnnotationComment> found = comments(ps);
            if (found.isEmpty() || found.get(0).deleted()) {
                throw new IllegalStateException("comment " + commentId + " is gone");
            }
            if (!found.get(0).author().equals(author)) {
                throw new IllegalStateException("only " + found.get(0).author() + " may change this comment");
            }
            return found.get(0);
        }
    }

    private static String prefixed() {
        return Arrays.stream(COMMENT_COLUMNS.split(",\\s*")).map(x -> "m." + x).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private static void setTarget(PreparedStatement ps, int at, Annotation a) throws SQLException {
        TextTarget t = a.target();
        ps.setString(at, t.exact());
        ps.setString(at + 1, t.prefix());
        ps.setString(at + 2, t.suffix());
        ps.setInt(at + 3, t.start());
        ps.setInt(at + 4, t.end());
        ps.setString(at + 5, a.anchor().name());
        ps.setString(at + 6, a.firstQuote());
    }

    static List<Annotation> list(PreparedStatement ps) throws SQLException {
        List<Annotation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String evidence = rs.getString(14);
                out.add(new Annotation(rs.getLong(1), rs.getLong(2), AnnotationKind.valueOf(rs.getString(3)),
                        new TextTarget(rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8)),
                        Annotation.Anchor.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11),
                        Verdict.valueOf(rs.getString(12)), rs.getString(13),
                        evidence.isBlank() ? List.of() : List.of(evidence.split("\n")), rs.getString(15), instant(rs, 16),
                        instant(rs, 17), rs.getLong(18), rs.getBoolean(19)));
            }
        }
        return out;
    }

    static List<AnnotationComment> comments(PreparedStatement ps) throws SQLException {
        List<AnnotationComment> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long parent = rs.getLong(3);
                Long parentId = rs.wasNull() ? null : parent;
                out.add(new AnnotationComment(rs.getLong(1), rs.getLong(2), parentId, rs.getString(4), rs.getString(5),
                        instant(rs, 6), instant(rs, 7), rs.getBoolean(8)));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime odt = rs.getObject(column, OffsetDateTime.class);
        return odt == null ? null : odt.toInstant();
    }
}
