package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.Tag;
import app.galley.service.Services;
import app.galley.store.Library;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IPTC's own NewsML-G2 text item, imported, exported as NewsML-G2, ninjs 2.2 and ninjs 3.1, and read
 * back into another library: the same article, with its publication date, dateline and tags.
 */
class ExportRoundTripTest {

    @TempDir
    Path tmp;
    private Library library;
    private Article original;

    @BeforeEach
    void open() throws Exception {
        library = Library.openEmbedded(tmp.resolve("lib"));
        Path file = tmp.resolve("LISTING_2.xml");
        try (InputStream in = getClass().getResourceAsStream("/producers/newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml")) {
            Files.write(file, in.readAllBytes());
        }
        long id = ((ImportOutcome.Imported) Services.of(library).imports().importFile(file)).articleId();
        original = library.articles().find(id).orElseThrow();
        assertThat(original.published()).isNotNull();
        assertThat(original.dateline()).isNotNull();
        assertThat(library.tags().ofArticle(id)).hasSize(3);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static String written(Exportable x, String format) {
        return switch (format) {
            case "newsml.xml" -> NewsMlExport.write(x);
            case "ninjs-2.2.json" -> NinjsExport.write(x, NinjsExport.Version.V2_2);
            default -> NinjsExport.write(x, NinjsExport.Version.V3_1);
        };
    }

    private static List<String> tags(Library lib, long id) {
        return lib.tags().ofArticle(id).stream().map(ExportRoundTripTest::key).sorted().toList();
    }

    private static String key(Tag t) {
        return t.kind() + ":" + (t.qcode() != null ? t.qcode() : t.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"newsml.xml", "ninjs-2.2.json", "ninjs-3.1.json"})
    void anExportReadsBackAsTheSameArticle(String format) throws Exception {
        Exportable x = Exportable.load(library, original.id());
        String written = written(x, format);
        Path file = Files.writeString(tmp.resolve(format), written);
        try (Library other = Library.openEmbedded(tmp.resolve("other-" + format))) {
            ImportOutcome outcome = Services.of(other).imports().importFile(file);
            Article back = other.articles().find(((ImportOutcome.Imported) outcome).articleId()).orElseThrow();
            assertThat(back.title()).isEqualTo(original.title());
            assertThat(back.subtitle()).isEqualTo(original.subtitle());
            assertThat(back.byline()).isEqualTo(original.byline());
            assertThat(back.dateline()).isEqualTo(original.dateline());
            assertThat(back.source()).isEqualTo(original.source());
            assertThat(back.language()).isEqualTo(original.language());
            assertThat(back.published()).isEqualTo(original.published());
            assertThat(back.body()).isEqualTo(original.body());
            assertThat(tags(other, back.id())).isEqualTo(tags(library, original.id()));
        }
    }

    /** A Word document's lists and table survive an export and an import in every wire format. */
    @ParameterizedTest
    @ValueSource(strings = {"newsml.xml", "ninjs-2.2.json", "ninjs-3.1.json"})
    void listsAndTablesTravel(String format) throws Exception {
        Path word = tmp.resolve("en-pandoc.docx");
        try (InputStream in = getClass().getResourceAsStream("/producers/word/en-pandoc.docx")) {
            Files.write(word, in.readAllBytes());
        }
        long id = ((ImportOutcome.Imported) Services.of(library).imports().importFile(word)).articleId();
        Article a = library.articles().find(id).orElseThrow();
        Exportable x = Exportable.load(library, id);
        String written = written(x, format);
        if (format.startsWith("ninjs")) { // the plain text would carry them anyway: read the markup
            var json = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(written);
            var bodies = (com.fasterxml.jackson.databind.node.ArrayNode) json.get("bodies");
            for (int i = bodies.size() - 1; i >= 0; i--) {
                if (bodies.get(i).toString().contains("text/plain")) {
                    bodies.remove(i);
                }
            }
            written = json.toString();
        }
        Path file = Files.writeString(tmp.resolve("word-" + format), written);
        try (Library other = Library.openEmbedded(tmp.resolve("word-" + format + "-lib"))) {
            ImportOutcome outcome = Services.of(other).imports().importFile(file);
            Article back = other.articles().find(((ImportOutcome.Imported) outcome).articleId()).orElseThrow();
            assertThat(back.body()).isEqualTo(a.body());
        }
    }
}
