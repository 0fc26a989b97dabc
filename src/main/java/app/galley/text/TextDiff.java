package app.galley.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** The changes between two texts: a script conversion, two revisions (java-diff-utils' Myers diff). */
public final class TextDiff {

    private TextDiff() {
    }

    /**
     * The changes that turn {@code text} into {@code converted}: runs of differing characters when
     * the two have the same length (a character-for-character conversion), else a character diff.
     *
     * @param why  the profile or action named in each change's reason
     * @param rule the rule id the changes carry
     */
    public static List<Change> changes(String text, String converted, String why, String rule) {
        List<Change> out = new ArrayList<>();
        if (converted.length() == text.length()) {
            // the usual case: character for character; runs of changed characters become one change
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == converted.charAt(i)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < text.length() && text.charAt(j) != converted.charAt(j)) {
                    j++;
                }
                add(out, change(text, converted, i, j, i, j, why, rule));
                i = j;
            }
            return out;
        }
        Patch<Character> patch = DiffUtils.diff(chars(text), chars(converted));
        // deltas one character apart are one word (鼠标 → 滑鼠 is an insertion and a deletion)
        int[] run = null; // source start, source end, target start, target end
        boolean runOneSided = false;
        for (AbstractDelta<Character> d : patch.getDeltas()) {
            int s = d.getSource().getPosition();
            int t = d.getTarget().getPosition();
            int[] next = {s, s + d.getSource().size(), t, t + d.getTarget().size()};
            boolean oneSided = d.getSource().size() == 0 || d.getTarget().size() == 0;
            boolean merge = run != null && runOneSided && oneSided && next[0] - run[1] <= 1;
            runOneSided = oneSided;
            if (merge) {
                run[1] = next[1];
                run[3] = next[3];
                continue;
            }
            if (run != null) {
                add(out, change(text, converted, run[0], run[1], run[2], run[3], why, rule));
            }
            run = next;
        }
        if (run != null) {
            add(out, change(text, converted, run[0], run[1], run[2], run[3], why, rule));
        }
        return out;
    }

    private static Change change(String text, String converted, int s, int e, int ts, int te, String why, String rule) {
        // merged deltas can share characters at their ends: keep only what differs
        while (s < e && ts < te && text.charAt(s) == converted.charAt(ts)) {
            s++;
            ts++;
        }
        while (e > s && te > ts && text.charAt(e - 1) == converted.charAt(te - 1)) {
            e--;
            te--;
        }
        String from = text.substring(s, e);
        String to = converted.substring(ts, te);
        return from.equals(to) ? null : new Change(s, e, to, rule, why + ": " + from + " → " + to);
    }

    private static void add(List<Change> out, Change c) {
        if (c != null) {
            out.add(c);
        }
    }

    private static List<Character> chars(String s) {
        List<Character> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.add(s.charAt(i));
        }
        return out;
    }
}
