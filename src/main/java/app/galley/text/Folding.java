package app.galley.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The ways Galley makes two texts compare alike, each named for what it serves. Every variant folds
 * Traditional Chinese to Simplified by the one table ({@link ChineseScripts}) where it folds scripts
 * at all; the search index folds the same way inside Lucene ({@code ScriptFoldingCharFilter}).
 */
public enum Folding {

    /**
     * Content as duplicate and repost detection compare it: NFKC (full- and half-width forms alike),
     * no white space, punctuation or symbols, lower case, Traditional folded to Simplified, so that a
     * repost in the other script or with other punctuation reads the same.
     */
    CONTENT {
        @Override
        public String fold(String text) {
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
    },

    /**
     * Names and topics as typed and offered (tags, Media Topics, speakers): trimmed, lower case,
     * Traditional folded to Simplified; spaces and punctuation kept, so "New York" stays two words.
     */
    NAME {
        @Override
        public String fold(String text) {
            ChineseScripts t = ChineseScripts.get();
            StringBuilder b = new StringBuilder(text.length());
            for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
                b.append(t.fold(c));
            }
            return b.toString();
        }
    },

    /**
     * A line as boilerplate learning recognises it again: NFKC, no white space (nor zero-width
     * spaces), lower case; the script is kept, since a site's furniture is written in one.
     */
    LINE {
        @Override
        public String fold(String text) {
            String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF')
                    .map(Character::toLowerCase).forEach(out::appendCodePoint);
            return out.toString();
        }
    };

    /** {@code text} folded this way. */
    public abstract String fold(String text);

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
