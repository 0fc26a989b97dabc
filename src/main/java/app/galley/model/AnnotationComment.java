package app.galley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment in an annotation's thread.
 *
 * @param parentId the comment it answers, or null for a top-level comment
 * @param edited   when its author last changed it, or null
 * @param deleted  deleted by its author while it had replies: kept as a placeholder so the thread holds
 */
public record AnnotationComment(long id, long annotationId, Long parentId, String author, String body,
                                Instant created, Instant edited, boolean deleted) {
    public AnnotationComment {
        Objects.requireNonNull(author, "author");
        body = body == null ? "" : body;
    }
}
