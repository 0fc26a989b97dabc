package app.galley.ingest;

import app.galley.text.Folding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint that makes the same article recognisable however it was reposted: SHA-256 of the
 * title and body as {@link Folding} folds them (white space, punctuation and its width, case,
 * Traditional vs Simplified script do not count).
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String title, String body) {
        return ofFolded(Folding.CONTENT.fold(title), Folding.CONTENT.fold(body));
    }

    /** The same, from a title and body folded already (folding is per character, so parts join). */
    public static String ofFolded(String foldedTitle, String foldedBody) {
        return sha256(foldedTitle + foldedBody);
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
