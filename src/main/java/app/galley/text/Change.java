package app.galley.text;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * One edit a cleaning rule proposes: replace {@code [start, end)} of the text it was given with
 * {@code replacement} (empty: a removal). Nothing is edited in place; changes are shown, accepted or
 * rejected one by one, and applied together by {@link Cleaning}.
 *
 * @param rule   the id of the rule that proposed it, e.g. {@code punctuation-width}
 * @param reason why, in words an editor reads
 */
public record Change(int start, int end, String replacement, String rule, String reason) {

    public Change {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    /** The text this change replaces, in the text it was made for. */
    public String from(String text) {
        return text.substring(start, end);
    }

    @JsonIgnore
    public boolean isRemoval() {
        return replacement.isEmpty();
    }

    /** True if the two changes touch the same characters (or insert at the same place). */
    public boolean overlaps(Change other) {
        if (start == end || other.start == other.end) {
            return start == other.start || start > other.start && start < other.end
                    || other.start > start && other.start < end;
        }
        return start < other.end && other.start < end;
    }

    /** How much longer the text gets (negative: shorter). */
    public int delta() {
        return replacement.length() - (end - start);
    }
}
