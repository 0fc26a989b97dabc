package app.galley.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Works out how a file's bytes are encoded: a byte-order mark first, then a declared charset that
 * decodes cleanly, then strict UTF-8, then ICU4J's statistical detector (Big5, GB18030, Shift_JIS ...).
 */
public final class CharsetDetection {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private CharsetDetection() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param declared a charset the document declares (HTML {@code <meta charset>}), or {@code null}
     * @param markup   true if the bytes are HTML/XML, so the detector ignores tags
     */
    public static DecodedText decode(byte[] bytes, String declared, boolean markup) {
        Optional<DecodedText> bom = fromBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        if (declared != null) {
            Optional<Charset> cs = charset(declared);
            if (cs.isPresent() && !contradicted(bytes, cs.get(), markup)) {
                Optional<String> strict = strictDecode(bytes, cs.get());
                if (strict.isPresent()) {
                    return new DecodedText(strict.get(), cs.get(), "declared");
                }
            }
        }
        Optional<String> utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), StandardCharsets.UTF_8, "valid UTF-8");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch m : matches) {
            Optional<Charset> cs = charset(m.getName());
            if (cs.isEmpty()) {
                continue;
            }
            Optional<String> strict = strictDecode(bytes, cs.get());
            if (strict.isPresent()) {
                return new DecodedText(strict.get(), cs.get(), "detected (" + m.getConfidence() + "%)");
            }
        }
        // Nothing decodes cleanly: take the detector's best guess and let bad bytes become U+FFFD.
        Charset best = matches.length > 0 ? charset(matches[0].getName()).orElse(StandardCharsets.UTF_8)
                : StandardCharsets.UTF_8;
        return new DecodedText(new String(bytes, decoderFor(best)), best, "best guess");
    }

    /**
     * A single-byte declaration (ISO-8859-1, windows-1252 ...) decodes any bytes without error, so it
     * is only believed when the bytes are not clearly a multi-byte encoding such as UTF-8 or Big5.
     */
    private static boolean contradicted(byte[] bytes, Charset declared, boolean markup) {
        if (declared.newEncoder().maxBytesPerChar() > 1.0f) {
            return false;
        }
        int high = 0;
        for (byte b : bytes) {
            if ((b & 0x80) != 0) {
                high++;
            }
        }
        if (high * 50 < bytes.length) {
            return false; // mostly ASCII: nothing to contradict
        }
        if (strictDecode(bytes, StandardCharsets.UTF_8).isPresent()) {
            return true;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(bytes);
        CharsetMatch best = detector.detect();
        if (best == null || best.getConfidence() < 50) {
            return false;
        }
        Optional<Charset> guess = charset(best.getName());
        return guess.isPresent() && guess.get().newEncoder().maxBytesPerChar() > 1.0f
                && strictDecode(bytes, guess.get()).isPresent();
    }

    private static Optional<DecodedText> fromBom(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new DecodedText(new String(b, 4, b.length - 4, UTF_32BE), UTF_32BE, "byte-order mark"));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new DecodedText(new String(b, 4, b.length - 4, UTF_32LE), UTF_32LE, "byte-order mark"));
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, "byte-order mark"));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "byte-order mark"));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "byte-order mark"));
        }
        return Optional.empty();
    }

    /** True if the bytes start with a Unicode byte-order mark. */
    public static boolean hasBom(byte[] b) {
        return fromBom(b).isPresent();
    }

    /** True if {@code b} begins with the given unsigned byte values. */
    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The decoder a text in {@code cs} is read with, as browsers and mail programs read it (the WHATWG
     * Encoding Standard): GB2312 and GBK with their superset GB18030, Big5 with Hong Kong's additions
     * (Big5-HKSCS). The text keeps its own charset's name; only characters the narrower table lacks differ.
     */
    static Charset decoderFor(Charset cs) {
        String name = cs.name().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-mswin-936")) {
            return Charset.forName("GB18030");
        }
        return name.equals("big5") ? Charset.forName("Big5-HKSCS") : cs;
    }

    private static Optional<String> strictDecode(byte[] bytes, Charset cs) {
        CharsetDecoder decoder = decoderFor(cs).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
