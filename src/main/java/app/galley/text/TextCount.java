package app.galley.text;

/**
 * How long a text is in the unit an editor counts it in. Chinese and Japanese copy is counted in
 * characters (Han, kana, and each Latin word inside it counts as one), English copy in words; a
 * text whose letters are mostly CJK is counted in characters.
 *
 * @param value      the length
 * @param characters true if counted in characters, false if in words
 */
public record TextCount(int value, boolean characters) {

    /** Measures {@code text} (null and empty are no words). */
    public static TextCount of(String text) {
        if (text == null || text.isEmpty()) {
            return new TextCount(0, false);
        }
        int cjk = 0;
        int words = 0;
        int letters = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Scripts.isCjk(cp)) {
                cjk++;
                letters++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                letters++;
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (inWord && (cp == '\'' || cp == '\u2019' || cp == '-')) {
                // apostrophes and hyphens inside a word keep it one word
                inWord = i < text.length() && Character.isLetterOrDigit(text.codePointAt(i));
            } else if (inWord && (cp == '.' || cp == ',') && isDigitAt(text, i - 2) && isDigitAt(text, i)) {
                // 1.2 and 10,000 are one word
                inWord = true;
            } else {
                inWord = false;
            }
        }
        if (letters > 0 && cjk * 2 >= letters) {
            return new TextCount(cjk + words, true);
        }
        return new TextCount(words, false);
    }

    private static boolean isDigitAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isDigit(text.charAt(index));
    }
}
