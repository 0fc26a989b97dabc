package app.galley.text;

import java.util.List;

/**
 * Where a position in the original text is in the cleaned text, and back, given the changes that
 * made one from the other (sorted, not overlapping). Positions inside a replaced range map to the
 * start of its replacement (or, from the cleaned side, to the start of what it replaced), so an
 * annotation on removed text collapses to where the text was, and one on kept text follows it.
 */
public final class OffsetMap {

    private final int[] starts;
    private final int[] ends;
    private final int[] cleanStarts;
    private final int[] cleanEnds;

    public OffsetMap(List<Change> changes) {
        int n = changes.size();
        starts = new int[n];
        ends = new int[n];
        cleanStarts = new int[n];
        cleanEnds = new int[n];
        int shift = 0;
        for (int i = 0; i < n; i++) {
            Change c = changes.get(i);
            starts[i] = c.start();
            ends[i] = c.end();
            cleanStarts[i] = c.start() + shift;
            cleanEnds[i] = cleanStarts[i] + c.replacement().length();
            shift += c.delta();
        }
    }

    /** The position in the cleaned text of this position of the original. */
    public int toCleaned(int original) {
        int i = lastAtOrBefore(starts, original);
        if (i < 0) {
            return original;
        }
        if (original < ends[i]) {
            return cleanStarts[i];
        }
        return cleanEnds[i] + (original - ends[i]);
    }

    /** The position in the original text of this position of the cleaned text. */
    public int toOriginal(int cleaned) {
        int i = lastAtOrBefore(cleanStarts, cleaned);
        if (i < 0) {
            return cleaned;
        }
        if (cleaned < cleanEnds[i]) {
            return starts[i];
        }
        return ends[i] + (cleaned - cleanEnds[i]);
    }

    /** The last index whose value is at most {@code x}, or -1 (values ascending). */
    private static int lastAtOrBefore(int[] values, int x) {
        int lo = 0;
        int hi = values.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
