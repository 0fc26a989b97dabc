package app.galley.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Who is to do an article's next piece of work (issue 23): one current assignment per role.
 *
 * @param due  when it is due, or null
 * @param note what the assignee is asked to do, or null
 * @param by   who assigned it
 */
public record Assignment(long articleId, Role role, String assignee, Instant due, String note, String by,
                         Instant assigned) {

    /** The part of the desk an assignee plays. */
    public enum Role {
        EDITOR, FACT_CHECKER, REVIEWER;

        /** The lower-case name used in files and on the command line ("fact-checker"). */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Role of(String id) {
            return valueOf(id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public Assignment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(assigned, "assigned");
        if (assignee.isBlank()) {
            throw new IllegalArgumentException("an assignment needs someone to do it");
        }
    }

    /** Whether it is past due at {@code now}. */
    public boolean overdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
