package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.LibraryTestBase;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.TagKind;
import app.galley.service.Services;
import app.galley.store.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IPTC's published ninjs examples (../shared/standards/ninjs/examples, MIT licence): 2.2, 3.0 and 3.1. */
class NinjsProducersTest extends LibraryTestBase {

    private static final Path EXAMPLES = Path.of("..", "shared", "standards", "ninjs", "examples");

    @Override
    protected ImportService importer(Library library) {
        return Services.of(library).imports();
    }

    private ImportOutcome importing(String example) throws IOException {
        return importer.importFile(write(example.replace('/', '-'), Files.readAllBytes(EXAMPLES.resolve(example))));
    }

    private List<String> tags(Article a, TagKind kind) {
        return library.tags().ofArticle(a.id()).stream().filter(t -> t.kind() == kind).map(t -> t.name()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2/005_complex_text_article.json", "3.1/005_complex_text_article.json"})
    void aComplexTextArticle(String example) throws IOException {
        Article a = stored(importing(example));
        assertThat(a.title()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
        assertThat(a.byline()).isEqualTo("Paulo Santalucia and Frances d'Emilio");
        assertThat(a.dateline()).isEqualTo("Grossetto, Italy");
        assertThat(a.published()).isEqualTo(Instant.parse("2013-07-09T10:37:00Z"));
        // the plain text is preferred to the XHTML beside it
        assertThat(a.body()).startsWith("GROSSETO, Italy (AP) -- The trial of the captain").doesNotContain("<p>", "</");
        assertThat(tags(a, TagKind.PERSON)).containsExactly("Francesco Schettino");
        assertThat(tags(a, TagKind.PLACE)).containsExactlyInAnyOrder("Grossetto", "Tuscany", "Italy");
        assertThat(tags(a, TagKind.ORGANISATION)).containsExactly("Costa Crociere SpA");
    }

    @Test
    void anHtmlOnlyBodyBecomesParagraphs() throws IOException {
        Article a = stored(importing("3.0/dpa_text.json"));
        assertThat(a.title()).isEqualTo("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
        assertThat(a.byline()).isEqualTo("Von Christian Hollmann, dpa");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.body()).startsWith("Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».")
                .doesNotContain("<section", "<p>");
        assertThat(a.body().split("\n\n").length).isGreaterThan(3);
        assertThat(a.published()).isEqualTo(Instant.parse("2019-05-10T14:02:28Z"));
    }

    @Test
    void subjectsOfAnotherSchemeBecomeTagsByName() throws IOException {
        Article a = stored(importing("3.0/tt_text_image_3.json"));
        assertThat(tags(a, TagKind.FREE)).contains("Krig, konflikter och oroligheter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2/006_photo_only.json", "3.1/006_photo_only.json", "3.1/008_event.json"})
    void itemsWithoutAStoryAreRefused(String example) throws IOException {
        assertThat(importing(example)).isInstanceOfSatisfying(ImportOutcome.Failed.class,
                f -> assertThat(f.problem()).containsPattern("a ninjs (picture|event) item, not a story"));
    }
}
