package app.galley.model;

import java.time.Instant;
import java.util.Objects;

/** An article an importer has read but the library has not stored yet. */
public record ArticleDraft(
        String title,
        String subtitle,
        String byline,
        String source,
        String sourceUrl,
        String language,
        Instant published,
        String body,
        Original original) {

    public ArticleDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(original, "original");
    }
}
