package app.galley.store;

import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comment inbox's reads (issue 23): annotations across the library (outside the Trash) with
 * their threads, most recently touched first, and what arrived for someone since a time.
 */
public final class InboxRepository {

    private final Jdbc jdbc;

    InboxRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Annotations of one article (or all, when null), unresolved only or all, at most {@code limit},
     * the one last commented on or changed first.
     */
    public List<Annotation> annotations(Long articleId, boolean unresolvedOnly, int limit) {
        String cols = "a." + AnnotationRepository.COLUMNS.replace(", ", ", a.");
        String sql = "SELECT " + cols + " FROM annotation a JOIN article ar ON ar.id = a.article_id WHERE ar.trashed IS NULL"
                + (unresolvedOnly ? " AND a.resolved = FALSE" : "") + (articleId != null ? " AND a.article_id = ?" : "")
                + " ORDER BY GREATEST(a.modified, COALESCE((SELECT MAX(m.created) FROM annotation_comment m"
                + " WHERE m.annotation_id = a.id), a.modified)) DESC, a.id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        return jdbc.read("read the inbox", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (articleId != null) {
                    ps.setLong(1, articleId);
                }
                return AnnotationRepository.list(ps);
            }
        });
    }

    /** The threads of these annotations, oldest comment first, by annotation. */
    public Map<Long, List<AnnotationComment>> threads(Collection<Long> annotationIds) {
        Map<Long, List<AnnotationComment>> out = new LinkedHashMap<>();
        List<Long> all = List.copyOf(annotationIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
            jdbc.read("read comment threads", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + AnnotationRepository.COMMENT_COLUMNS
                        + " FROM annotation_comment WHERE annotation_id IN (" + String.join(", ",
                        java.util.Collections.nCopies(part.size(), "?")) + ") ORDER BY created, id")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setLong(i + 1, part.get(i));
                    }
                    for (AnnotationComment m : AnnotationRepository.comments(ps)) {
                        out.computeIfAbsent(m.annotationId(), k -> new ArrayList<>()).add(m);
                    }
                }
                return null;
            });
        }
        return out;
    }

    /** What others wrote since a time: how many annotations and comments, and the texts of those that may name someone. */
    public record Arrived(int count, List<String> mentioning) {
    }

    /**
     * What others wrote since {@code since}: annotations and comments (not deleted) outside the Trash,
     * and the texts among them with {@code @me} in them (the caller tells a mention from a namesake).
     */
    public Arrived arrivedSince(Instant since, String me) {
        String mention = "%@" + me.toLowerCase(Locale.ROOT) + "%";
        String comments = " FROM annotation_comment m JOIN annotation a ON a.id = m.annotation_id"
                + " JOIN article ar ON ar.id = a.article_id"
                + " WHERE m.created > ? AND m.author <> ? AND m.deleted = FALSE AND ar.trashed IS NULL";
        String notes = " FROM annotation a JOIN article ar ON ar.id = a.article_id"
                + " WHERE a.created > ? AND a.author <> ? AND ar.trashed IS NULL";
        return jdbc.read("count what arrived in the inbox", c -> {
            int count = 0;
            List<String> texts = new ArrayList<>();
            for (String[] q : new String[][] {{comments, "m.body"}, {notes, "a.note"}}) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + q[0])) {
                    ps.setObject(1, Jdbc.toDb(since));
                    ps.setString(2, me);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        count += rs.getInt(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT " + q[1] + q[0] + " AND LOWER(" + q[1] + ") LIKE ?")) {
                    ps.setObject(1, Jdbc.toDb(since));
                    ps.setString(2, me);
                    ps.setString(3, mention);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            texts.add(rs.getString(1));
                        }
                    }
                }
            }
            return new Arrived(count, texts);
        });
    }
}
