package app.galley;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample article our users brought, as tests read it. */
public final class TestFiles {

    public static final String SAMPLE_TITLE = "探秘人腦超級晶元 上海腦智產業年投入逾10億";

    private TestFiles() {
    }

    public static Path samplePath() {
        Path p = Path.of("assets/samples/content-farm-zh-hant.txt");
        if (!Files.exists(p)) {
            throw new IllegalStateException("Run tests from the project folder: " + p.toAbsolutePath() + " is missing");
        }
        return p;
    }

    public static String sampleText() {
        try {
            return Files.readString(samplePath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample as another content farm reposts it: its own header and footer, in Simplified script. */
    public static String simplifiedRepost() {
        String body = sampleText().split("\n\n", 3)[2]; // without the breadcrumb and the title
        String story = body.substring(0, body.indexOf("喜歡這篇文章嗎"));
        return com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified").transliterate(
                "上海腦智產業年投入逾10億 晶元研發提速\n\n【科技快訊】來源：某某新聞網\n\n" + story
                        + "\n\n更多精彩內容，請關注我們的公眾號！\n\n責任編輯：小王");
    }
}
