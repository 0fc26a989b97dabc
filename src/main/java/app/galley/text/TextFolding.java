package app.galley.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as duplicate detection compares it: NFKC (full- and half-width forms alike), no white space,
 * punctuation or symbols, lower case, and Traditional Chinese folded to Simplified character by
 * character ({@link ChineseScripts}, the one table), so that a repost in the other script or with other punctuation
 * reads the same.
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        ChineseScripts tables = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || isPunctuationOrSymbol(c)) {
                continue;
            }
            if (c >= 0x3400 && c <= 0x9FFF) {
                if (tables == null) {
                    tables = ChineseScripts.get();
                }
                sb.append(tables.fold(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isPunctuationOrSymbol(char c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
