package app.galley.clean;

/** Character classes the rules share. */
final class Chars {

    private Chars() {
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
