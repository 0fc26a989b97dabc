package app.galley.clean;

import app.galley.text.Change;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Text that was decoded with the wrong character set, re-decoded where the result is clearly right:
 * <ul>
 * <li>UTF-8 read as Windows-1252 or Latin-1 ({@code â€œCafÃ©â€}, {@code ä¸­æ–‡}): the run's bytes
 *     in Windows-1252 must form strict UTF-8 with at least one multi-byte character;</li>
 * <li>UTF-8 read as GBK ({@code 涓枃} for {@code 中文}): the run's GBK bytes must form strict UTF-8;</li>
 * <li>Big5 read as GBK: the text's GBK bytes must be valid Big5, and ICU's detector must take
 *     them for Big5 with more confidence than for GB18030.</li>
 * </ul>
 * Each line is repaired on its own, so one garbled paragraph pasted into good text is found, and the
 * changes are per line.
 */
final class MojibakeRule implements TextRule {

    static final String ID = "mojibake";

    static final RuleInfo INFO = new RuleInfo(ID, true, List.of(), List.of(
            new RuleInfo.Example(null, "ä¸­æ–‡æ•™è‚²", "中文教育"),
            new RuleInfo.Example("en", "â€˜CafÃ©â€™ reopens", "‘Café’ reopens")));

    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** What programs that "read GBK" decode with: GB18030 maps every double byte, so nothing is lost. */
    private static final Charset GBK = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    /** Text read with the same charset (the body, for a headline), for the statistics of short texts. */
    private final String context;

    MojibakeRule() {
        this("");
    }

    MojibakeRule(String context) {
        this.context = context == null ? "" : context;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Change> apply(CleanInput input) {
        String text = input.text();
        List<Change> out = new ArrayList<>();
        boolean big5 = looksLikeBig5ReadAsGbk(context.isEmpty() ? text : text + "\n" + context);
        for (Lines.Line l : Lines.of(text)) {
            String line = l.text();
            if (line.chars().anyMatch(c -> c >= 0x80)) {
                String fixed = latin(line);
                String reason = "UTF-8 text that was read as Windows-1252, decoded again";
                if (fixed == null) {
                    fixed = redecode(line, GBK, StandardCharsets.UTF_8);
                    reason = "UTF-8 text that was read as GBK, decoded again";
                }
                if (fixed == null && big5) {
                    fixed = redecode(line, GBK, BIG5);
                    reason = "Big5 text that was read as GBK, decoded again";
                }
                if (fixed != null && !fixed.equals(line)) {
                    out.add(new Change(l.start(), l.end(), fixed, ID, reason));
                }
            }
        }
        return out;
    }

    /** The line's characters as Windows-1252 (or Latin-1 C1) bytes, decoded as strict UTF-8; null if not. */
    private static String latin(String line) {
        byte[] bytes = new byte[line.length()];
        boolean multibyte = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int b;
            if (c < 0x100) {
                b = c;
            } else {
                byte[] enc = String.valueOf(c).getBytes(CP1252);
                if (enc.length != 1 || enc[0] == '?') {
                    return null;
                }
                b = enc[0] & 0xFF;
            }
            multibyte |= b >= 0xC2 && b <= 0xF4;
            bytes[i] = (byte) b;
        }
        if (!multibyte) {
            return null;
        }
        return strictDecode(bytes, StandardCharsets.UTF_8);
    }

    /** The line encoded in {@code as} and decoded in {@code really}, both strictly; null if either fails. */
    private static String redecode(String line, Charset as, Charset really) {
        if (line.chars().noneMatch(c -> c >= 0x2E80)) {
            return null; // no CJK: nothing GBK could have garbled
        }
        CharsetEncoder enc = as.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (line.length() > 24 && !prefixDecodes(enc, line.substring(0, 16), really)) {
            return null; // most good lines fail within their first characters: no need to encode them whole
        }
        try {
            ByteBuffer bytes = enc.encode(CharBuffer.wrap(line));
            byte[] b = new byte[bytes.remaining()];
            bytes.get(b);
            String s = strictDecode(b, really);
            return s != null && s.length() < line.length() + 1 && s.chars().noneMatch(c -> c == 0xFFFD) ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** True if the prefix, encoded, starts a valid text in {@code really} (a cut-off last character allowed). */
    private static boolean prefixDecodes(CharsetEncoder enc, String prefix, Charset really) {
        try {
            ByteBuffer bytes = enc.encode(CharBuffer.wrap(prefix));
            CharsetDecoder dec = really.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return !dec.decode(bytes, CharBuffer.allocate(prefix.length() * 2 + 4), false).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strictDecode(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** True if the text's CJK, as GBK bytes, is better read as Big5 (ICU's statistics say so). */
    private static boolean looksLikeBig5ReadAsGbk(String text) {
        // Big5 read as GBK is full of kana, Cyrillic, Greek, box drawing and private-use characters
        long odd = text.chars().filter(c -> c >= 0x3040 && c <= 0x30FF || c >= 0x0370 && c <= 0x04FF
                || c >= 0x2500 && c <= 0x257F || c >= 0xE000 && c <= 0xF8FF).count();
        if (odd < 2) {
            return false;
        }
        StringBuilder cjk = new StringBuilder();
        text.codePoints().filter(c -> c >= 0x2E80).limit(4000).forEach(cjk::appendCodePoint);
        if (cjk.length() < 8) {
            return false;
        }
        byte[] bytes;
        try {
            ByteBuffer b = GBK.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(cjk));
            bytes = new byte[b.remaining()];
            b.get(bytes);
        } catch (CharacterCodingException e) {
            return false;
        }
        if (strictDecode(bytes, BIG5) == null) {
            return false;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        int big5 = 0;
        int gb = 0;
        for (CharsetMatch m : detector.detectAll()) {
            if (m.getName().equals("Big5")) {
                big5 = Math.max(big5, m.getConfidence());
            } else if (m.getName().equals("GB18030")) {
                gb = Math.max(gb, m.getConfidence());
            }
        }
        return big5 > gb + 10;
    }
}
