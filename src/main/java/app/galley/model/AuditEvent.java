package app.galley.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One action that changed the library (issue 23): who did it, when, to which article, what, with a
 * little detail ("source" of an import, "changes" of a cleaning, "from"/"to" of a status move, "url"
 * of a publication). Immutable, here and in the library: events are only ever added.
 *
 * @param uid       the event's global id (the same in every library of a team)
 * @param articleId the article it concerns in this library, or null (one deleted for good)
 * @param detail    names to values, in the order they were given
 */
public record AuditEvent(String uid, Long articleId, Instant at, String actor, AuditAction action,
                         Map<String, String> detail) {

    public AuditEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detail));
    }

    /** A detail's value, or null. */
    public String get(String name) {
        return detail.get(name);
    }
}
