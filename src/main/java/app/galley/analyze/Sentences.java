package app.galley.analyze;

/** Sentence bounds in Chinese and English text. */
final class Sentences {

    private Sentences() {
    }

    /** The sentence holding {@code [start, end)}: from after the previous sentence end to its own. */
    static int[] around(String text, int start, int end) {
        int s = start;
        while (s > 0 && !ends(text, s - 1) && text.charAt(s - 1) != '\n') {
            s--;
        }
        int e = Math.max(end, start);
        while (e < text.length() && text.charAt(e) != '\n' && !ends(text, e)) {
            e++;
        }
        if (e < text.length() && ends(text, e)) {
            e++;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        // a sentence opening a quotation that closes later: the claim is the words, not the mark
        while (s < start && "「『“‘\"".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        return new int[] {s, e};
    }

    private static boolean ends(String text, int i) {
        char c = text.charAt(i);
        if ("。！？!?".indexOf(c) >= 0) {
            return true;
        }
        return c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                && !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)));
    }
}
