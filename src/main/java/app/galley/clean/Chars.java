package app.galley.clean;

/** Character classes the rules share. */
final class Chars {

    private Chars() {
    }

    /** Han, kana, Hangul, or CJK punctuation and full-width forms: text set in the CJK way. */
    static boolean isCjk(int cp) {
        if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFE30 && cp <= 0xFE4F) {
            return true; // CJK symbols and punctuation, full-width forms, vertical forms
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static boolean isAsciiLetterOrDigit(int cp) {
        return cp < 0x80 && Character.isLetterOrDigit(cp);
    }

    /** The nearest character before {@code i} that is not a space or tab, or -1. */
    static int before(String s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c == '\n') {
                return -1;
            }
            if (c != ' ' && c != '\t' && c != '\u3000') {
                return Character.isLowSurrogate(c) && k > 0 ? s.codePointAt(k - 1) : c;
            }
        }
        return -1;
    }

    /** The nearest character after {@code i} that is not a space or tab, or -1. */
    static int after(String s, int i) {
        for (int k = i + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n') {
                return -1;
            }
            if (c != ' ' && c != '\t' && c != '\u3000') {
                return s.codePointAt(k);
            }
        }
        return -1;
    }
}
