package app.galley.model;

import java.time.Instant;
import java.util.List;
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
        Original original,
        List<Attachment> attachments) {

    public ArticleDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(original, "original");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A draft without attachments. */
    public ArticleDraft(String title, String subtitle, String byline, String source, String sourceUrl, String language,
                        Instant published, String body, Original original) {
        this(title, subtitle, byline, source, sourceUrl, language, published, body, original, List.of());
    }

    /** The same draft with these attachments. */
    public ArticleDraft withAttachments(List<Attachment> files) {
        return new ArticleDraft(title, subtitle, byline, source, sourceUrl, language, published, body, original, files);
    }
}
