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
}
