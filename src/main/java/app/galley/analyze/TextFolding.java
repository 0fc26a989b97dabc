package app.galley.analyze;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as duplicate detection compares it: NFKC (full- and half-width forms alike), no white space,
 * punctuation or symbols, lower case, and Traditional Chinese folded to Simplified (ICU Hant-Hans),
 * so that a repost in the other script or with other punctuation reads the same.
 */
public final class TextFolding {

    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}\\u00A0\\u3000\\uFEFF]+");
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));

    private TextFolding() {
    }

    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = NOISE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return hasHan(s) ? TO_SIMPLIFIED.get().transliterate(s) : s;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
