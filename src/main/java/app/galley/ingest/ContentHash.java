package app.galley.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The fingerprint that makes the same article imported twice (even in another encoding or with
 * different line breaks) recognisable: SHA-256 of the NFC title and body with all white space removed.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String title, String body) {
        String normal = Normalizer.normalize(title + "\n" + body, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
