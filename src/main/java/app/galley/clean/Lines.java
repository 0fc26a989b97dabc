package app.galley.clean;

import app.galley.text.Change;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text as the rules see them, and the removal of whole lines. */
final class Lines {

    private Lines() {
    }

    /** A non-blank line: where it starts and ends (without its line break). */
    record Line(int start, int end, String text) {
    }

    /** The text's non-blank lines, in order. */
    static List<Line> of(String text) {
        List<Line> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(at, end);
            if (!line.isBlank()) {
                out.add(new Line(at, end, line));
            }
            at = end + 1;
        }
        return out;
    }

    /**
     * Removals of the lines marked in {@code remove} (indexes into {@code lines}), one change per
     * line. A removed line takes the line breaks and blank lines after it; a run that reaches the
     * end of the text takes the white space before it instead, so no blank line is left behind; a run
     * between two paragraphs' lines leaves the blank line that parted them.
     */
    static List<Change> removals(String text, List<Line> lines, boolean[] remove, String rule, String[] reasons) {
        List<Change> out = new ArrayList<>();
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (!remove[i]) {
                continue;
            }
            int j = i;
            while (j + 1 < n && remove[j + 1]) {
                j++;
            }
            int start = lines.get(i).start();
            int end = j + 1 < n ? lines.get(j + 1).start() : text.length();
            if (j + 1 == n) {
                while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
            } else if (i > 0 && !paragraphBreak(text, lines.get(i - 1).end(), start)
                    && paragraphBreak(text, lines.get(j).end(), end)) {
                end = lines.get(j).end() + 1; // the break after the run stays: the lines around it do not run together
            }
            for (int k = i; k <= j; k++) {
                int s = k == i ? start : lines.get(k).start();
                int e = k == j ? end : lines.get(k + 1).start();
                out.add(new Change(s, e, "", rule, reasons[k]));
            }
            i = j;
        }
        return out;
    }

    /** True if the text between two offsets holds a blank line (two line breaks). */
    private static boolean paragraphBreak(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        return nl >= 0 && nl < to && text.indexOf('\n', nl + 1) >= 0 && text.indexOf('\n', nl + 1) < to;
    }
}
