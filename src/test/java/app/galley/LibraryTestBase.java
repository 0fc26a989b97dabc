package app.galley;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.ingest.ImportService;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests on a real H2 library in a temporary folder, with an importer and a place to write inputs. */
public abstract class LibraryTestBase {

    @TempDir
    protected Path tmp;
    protected Library library;
    protected ImportService importer;

    /** The importer under test; by default one that finds exact duplicates only. */
    protected ImportService importer(Library library) {
        return new ImportService(library.articles());
    }

    @BeforeEach
    void openLibrary() {
        library = Library.openEmbedded(tmp.resolve("library"));
        importer = importer(library);
    }

    @AfterEach
    void closeLibrary() {
        library.close();
    }

    /** The article an import stored (asserting that it did). */
    protected Article stored(ImportOutcome outcome) {
        assertThat(outcome).as(outcome.toString()).isInstanceOf(ImportOutcome.Imported.class);
        return library.articles().find(((ImportOutcome.Imported) outcome).articleId()).orElseThrow();
    }

    /** Writes an input file under {@code tmp/in}. */
    protected Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }
}
