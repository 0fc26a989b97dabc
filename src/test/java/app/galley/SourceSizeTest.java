package app.galley;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No god classes (issue 17): every source file of the application stays within 400 lines. */
class SourceSizeTest {

    static final int MOST = 400;

    @Test
    void noClassIsOverFourHundredLines() throws IOException {
        List<String> over;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            over = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > MOST)
                    .map(f -> f + " (" + lines(f) + " lines)").toList();
        }
        assertThat(over).as("split these by what they do").isEmpty();
    }

    private static long lines(Path f) {
        try (Stream<String> s = Files.lines(f)) {
            return s.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
