package app.galley.text;

/**
 * Which writing system a character belongs to, one answer for every layer (issue 17): the cleaning
 * rules, the extractor's text statistics, length counting and the Chinese name finder all ask here.
 */
public final class Scripts {

    private Scripts() {
    }

    /** True for a Han ideograph (of any CJK block or extension). */
    public static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true; // the unified ideographs: nearly every character asked about, answered without a lookup
        }
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** True for Han ideographs, kana and Hangul syllables: the characters counted one by one. */
    public static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false; // fast path: Latin, Greek, Cyrillic, symbols ... never CJK
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /**
     * True for text set in the CJK way: {@link #isCjk} characters, and CJK punctuation, full-width and
     * vertical forms (what decides, around a comma, whether it should be full-width).
     */
    public static boolean isCjkSet(int cp) {
        if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFE30 && cp <= 0xFE4F) {
            return true;
        }
        return isCjk(cp);
    }
}
