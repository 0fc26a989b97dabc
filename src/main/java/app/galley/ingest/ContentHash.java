package app.galley.ingest;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The fingerprint that makes the same article recognisable however it was reposted: SHA-256 of the
 * title and body after folding what does not change the story: white space, line breaks,
 * punctuation and its width (NFKC, then all punctuation and symbols dropped), letter case, and
 * Traditional vs Simplified script (ICU's Hant-Hans transliteration).
 */
public final class ContentHash {

    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}\\u00A0\\u3000\\uFEFF]+");
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));

    private ContentHash() {
    }

    public static String of(String title, String body) {
        return sha256(fold(title + "\n" + body));
    }

    /** The text as the fingerprint sees it. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = NOISE.matcher(s).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        if (hasHan(s)) {
            s = TO_SIMPLIFIED.get().transliterate(s);
        }
        return s;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String normal) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
