package app.galley.clean;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Converting between Simplified and Traditional Chinese with OpenCC's profiles (through opencc4j),
 * as an explicit action: the result is a {@link Cleaning} whose changes are the converted words, so it
 * is previewed, accepted or rejected, and undone like any cleaning. Never run by the pipeline.
 */
public final class ScriptConversion {

    static final String ID = "script-conversion";

    /** OpenCC's profiles. */
    public enum Profile {
        S2T("s2t", "Simplified → Traditional (OpenCC standard)", "zh-Hant", ZhConverterUtil::toTraditional),
        S2TW("s2tw", "Simplified → Traditional, Taiwan forms", "zh-Hant",
                s -> OpenCcData.get().toTaiwanForms(ZhConverterUtil.toTraditional(OpenCcData.get().toTaiwanForms(s)))),
        S2TWP("s2twp", "Simplified → Traditional, Taiwan forms and vocabulary", "zh-Hant",
                ZhTwConverterUtil::toTraditional),
        S2HK("s2hk", "Simplified → Traditional, Hong Kong forms", "zh-Hant", ZhHkConverterUtil::toTraditional),
        T2S("t2s", "Traditional → Simplified", "zh-Hans", ZhConverterUtil::toSimple),
        TW2S("tw2s", "Traditional (Taiwan) → Simplified", "zh-Hans", ZhConverterUtil::toSimple),
        TW2SP("tw2sp", "Traditional (Taiwan) → Simplified, mainland vocabulary", "zh-Hans", ZhTwConverterUtil::toSimple);

        private final String id;
        private final String label;
        private final String language;
        private final UnaryOperator<String> convert;

        Profile(String id, String label, String language, UnaryOperator<String> convert) {
            this.id = id;
            this.label = label;
            this.language = language;
            this.convert = convert;
        }

        /** OpenCC's name for it, e.g. {@code s2twp}. */
        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** The language tag of converted text. */
        public String language() {
            return language;
        }

        public static Profile of(String id) {
            for (Profile p : values()) {
                if (p.id.equalsIgnoreCase(id)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown conversion \"" + id + "\" (s2t, s2tw, s2twp, s2hk, t2s, tw2s, tw2sp)");
        }

        @Override
        public String toString() {
            return id + ": " + label;
        }
    }

    private ScriptConversion() {
    }

    /** The converted text, without changes (for headlines and other fields). */
    public static String convertLine(String text, Profile profile) {
        return text == null ? null : profile.convert.apply(text);
    }

    /** The conversion of {@code text} as changes, one per converted run of characters. */
    public static Cleaning convert(String text, Profile profile) {
        return asChanges(text, profile.convert.apply(text), profile.id());
    }

    /**
     * The changes that turn {@code text} into {@code converted}: runs of differing characters when
     * the two have the same length (a character-for-character conversion), else a character diff.
     *
     * @param why the profile or action named in each change's reason
     */
    public static Cleaning asChanges(String text, String converted, String why) {
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
                add(out, change(text, converted, i, j, i, j, why));
                i = j;
            }
            return new Cleaning(text, out);
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
                add(out, change(text, converted, run[0], run[1], run[2], run[3], why));
            }
            run = next;
        }
        if (run != null) {
            add(out, change(text, converted, run[0], run[1], run[2], run[3], why));
        }
        return new Cleaning(text, out);
    }

    private static Change change(String text, String converted, int s, int e, int ts, int te, String why) {
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
        return from.equals(to) ? null : new Change(s, e, to, ID, why + ": " + from + " → " + to);
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
