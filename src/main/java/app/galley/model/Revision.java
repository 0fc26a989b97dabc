package app.galley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A saved state of an article's title and body, with what changed it.
 *
 * @param note    what made it, in words ("Imported from …", "Cleaned: 12 changes", "Edited")
 * @param changes the changes that made its body from the previous revision's, as JSON written by the
 *                clean layer, or null (the first revision; a restore)
 * @param author  the team member whose change it was (a team library), or null (made here, not yet shared)
 */
public record Revision(long id, long articleId, Instant created, String title, String body, String note,
                       String changes, String author) {
    public Revision {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
