package app.galley.model;

import java.time.Instant;
import java.util.Objects;

/** A saved state of an article's title and body, with what changed it. */
public record Revision(long id, long articleId, Instant created, String title, String body, String note) {
    public Revision {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
