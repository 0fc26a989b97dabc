package app.galley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.ingest.ImportProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over every page of the shared benchmark half: none may fail and each must give
 * a title and text. (The F1 figure itself is the benchmark's job, not a test's.)
 */
class AebDevSmokeTest {

    static final Path AEB_DEV = Path.of("../shared/eval/aeb-dev");

    @Test
    void everyPageExtractsWithoutError() throws IOException, ImportProblem {
        Assumptions.assumeTrue(Files.isDirectory(AEB_DEV.resolve("html")),
                "the shared benchmark pages are beside the checkout (../shared/eval/aeb-dev)");
        List<Path> pages;
        try (Stream<Path> s = Files.list(AEB_DEV.resolve("html"))) {
            pages = s.filter(PageFiles::isPage).sorted().toList();
        }
        assertThat(pages).hasSize(88);
        ArticleExtractor extractor = new ArticleExtractor();
        int withText = 0;
        for (Path page : pages) {
            Extraction x = extractor.extract(PageFiles.read(page), null);
            assertThat(x.title()).as(page.toString()).isNotBlank();
            if (!x.text().isBlank()) {
                withText++;
            }
        }
        assertThat(withText).isEqualTo(pages.size());
    }
}
