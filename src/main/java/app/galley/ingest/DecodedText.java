package app.galley.ingest;

import java.nio.charset.Charset;

/** Bytes turned into text, with the charset that was used and why. */
public record DecodedText(String text, Charset charset, String how) {
}
