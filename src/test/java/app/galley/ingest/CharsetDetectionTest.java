package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CharsetDetectionTest {

    private static final String SAMPLE = TestFiles.sampleText();

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "Big5", "GB18030"})
    void theSampleDecodesBackExactlyFromEachEncoding(String charset) {
        byte[] bytes = SAMPLE.getBytes(Charset.forName(charset));
        DecodedText decoded = CharsetDetection.decode(bytes, null, false);
        assertThat(decoded.text()).isEqualTo(SAMPLE);
        assertThat(decoded.charset()).isEqualTo(Charset.forName(charset));
    }

    @Test
    void byteOrderMarksDecideUtf8AndUtf16() {
        byte[] bom8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(CharsetDetection.decode(bom8, null, false).text()).isEqualTo(SAMPLE);
        assertThat(CharsetDetection.decode(bom8, null, false).how()).isEqualTo("byte-order mark");

        byte[] utf16 = SAMPLE.getBytes(StandardCharsets.UTF_16); // big-endian with a BOM
        DecodedText be = CharsetDetection.decode(utf16, null, false);
        assertThat(be.text()).isEqualTo(SAMPLE);
        assertThat(be.charset()).isEqualTo(StandardCharsets.UTF_16BE);

        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
        assertThat(CharsetDetection.decode(le, null, false).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(CharsetDetection.decode(le, null, false).text()).isEqualTo(SAMPLE);
    }

    @Test
    void shiftJisJapaneseIsDetected() {
        String japanese = "東京都は三日、新しい人工知能の研究拠点を開設すると発表した。"
                + "担当者は「世界の研究者が集まる場所にしたい」と話している。\n"
                + "研究所には約二百人の研究者が所属し、年間予算は十億円を超える見込みだ。";
        byte[] bytes = japanese.getBytes(Charset.forName("Shift_JIS"));
        DecodedText decoded = CharsetDetection.decode(bytes, null, false);
        assertThat(decoded.charset().name()).isEqualTo("Shift_JIS");
        assertThat(decoded.text()).isEqualTo(japanese);
    }

    @Test
    void aDeclaredCharsetIsUsedWhenTheBytesFitIt() {
        String html = "<html><head><meta charset=\"big5\"></head><body><p>" + SAMPLE.substring(0, 200) + "</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("Big5"));
        assertThat(HtmlArticleReader.declaredCharset(bytes)).isEqualToIgnoringCase("big5");
        DecodedText decoded = CharsetDetection.decode(bytes, "big5", true);
        assertThat(decoded.how()).isEqualTo("declared");
        assertThat(decoded.text()).isEqualTo(html);
    }

    @Test
    void aWronglyDeclaredCharsetIsOverruledByTheBytes() {
        String html = "<html><head><meta charset=\"iso-2022-jp\"></head><body><p>" + SAMPLE.substring(0, 400)
                + "</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = CharsetDetection.decode(bytes, "iso-2022-jp", true);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).isEqualTo(html);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
