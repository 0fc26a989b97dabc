package app.galley.service;

import app.galley.model.AuditEvent;
import app.galley.store.AuditTrail;
import java.time.Instant;
import java.util.List;

/**
 * Reading the audit trail (issue 23): what was done to the library, by whom and when. Events are
 * written by the services that cause them, in the same transaction as the change; nothing here or
 * anywhere else in Galley changes or removes one.
 */
public final class AuditService {

    /** The most events one listing returns. */
    public static final int MAX = 10_000;

    private final AuditTrail trail;

    AuditService(AuditTrail trail) {
        this.trail = trail;
    }

    /** An article's events, newest first. */
    public List<AuditEvent> history(long articleId) {
        return trail.ofArticle(articleId);
    }

    /** Events of one article (or all, when null) since {@code since} (or ever, when null), newest first. */
    public List<AuditEvent> events(Long articleId, Instant since, int limit) {
        return trail.events(articleId, since, Math.min(limit, MAX));
    }
}
