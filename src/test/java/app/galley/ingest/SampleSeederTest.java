package app.galley.ingest;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.ArticleSummary;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSeederTest {

    @TempDir
    Path dir;

    @Test
    void theIndexListsEverySampleShipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets/samples"))) {
            assertThat(SampleSeeder.sampleNames()).containsExactlyInAnyOrderElementsOf(
                    files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.txt")).toList());
        }
    }

    @Test
    void aNewLibraryIsSeededOnceAndOnlyOnce() {
        try (Library lib = Library.openEmbedded(dir)) {
            assertThat(Services.of(lib).library().seedSamplesIfNew()).allMatch(ImportOutcome.Imported.class::isInstance).isNotEmpty();
            assertThat(lib.articles().list()).extracting(ArticleSummary::title).contains(TestFiles.SAMPLE_TITLE);
        }
        try (Library lib = Library.openEmbedded(dir)) {
            int before = lib.articles().count();
            assertThat(Services.of(lib).library().seedSamplesIfNew()).isEmpty();
            assertThat(lib.articles().count()).isEqualTo(before);
        }
    }
}
