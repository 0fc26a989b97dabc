package app.galley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A second person's word that an article may move to a status (issue 23, four eyes): who, when, on
 * which text (the body's hash: an edit after it voids it), with a note.
 */
public record SignOff(long articleId, ArticleStatus status, String by, Instant at, String bodyHash, String note) {

    public SignOff {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(bodyHash, "bodyHash");
    }
}
