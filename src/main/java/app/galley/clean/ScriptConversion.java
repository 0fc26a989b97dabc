package app.galley.clean;

import app.galley.text.TextDiff;

import java.util.List;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.function.UnaryOperator;

/**
 * Converting between Simplified and Traditional Chinese with OpenCC's profiles (through opencc4j),
 * as an explicit action: the result is a {@link Cleaning} whose changes are the converted words, so it
 * is previewed, accepted or rejected, and undone like any cleaning. Never run by the pipeline.
 */
public final class ScriptConversion {

    static final String ID = "script-conversion";
    /** Conversion between Traditional and Simplified (the Clean tab's Convert, not a rule of the set). */
    static final RuleInfo INFO = new RuleInfo(ID, true, List.of(), List.of());

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
        return new Cleaning(text, TextDiff.changes(text, profile.convert.apply(text), profile.id(), ID));
    }
}
