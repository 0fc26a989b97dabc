package app.galley.model;

import java.time.Instant;

/**
 * Two members' edits of the same thing in one article (issue 22): the first save ({@code theirs},
 * by {@code member}) won; this member's ({@code mine}) is kept here (and, for the text, as a
 * revision) until the editor settles it.
 *
 * @param field "title", "body", … or a list entry's field ("annotations:UID:note")
 */
public record TeamConflict(long id, String field, String mine, String theirs, String member, Instant created) {
}
