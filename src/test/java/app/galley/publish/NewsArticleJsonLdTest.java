package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.store.Library;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schema.org NewsArticle of the prepared sample, checked against the schema.org 30.0 vocabulary. */
class NewsArticleJsonLdTest {

    @TempDir
    Path tmp;

    @Test
    void everyTypeIsAClassAndEveryKeyAPropertyOfIt() throws Exception {
        try (Library library = Library.openEmbedded(tmp.resolve("lib"))) {
            Exportable x = Exportable.load(library, ExportFixture.sample(library));
            JsonNode n = new ObjectMapper().readTree(NewsArticleJsonLd.write(x));
            SchemaOrgVocabulary vocabulary = new SchemaOrgVocabulary();
            assertThat(vocabulary.problems(n)).isEmpty();
            assertThat(n.get("@type").asText()).isEqualTo("NewsArticle");
            assertThat(n.get("headline").asText()).isEqualTo(TestFiles.SAMPLE_TITLE);
            assertThat(n.get("inLanguage").asText()).isEqualTo("zh-Hant");
            assertThat(n.at("/about/0/termCode").asText()).isEqualTo("medtop:13000000");
            assertThat(n.get("mentions").findValuesAsText("name")).containsExactlyInAnyOrder("張旭", "上海");
            assertThat(n.at("/image/1/contentUrl").asText()).isEqualTo("https://img.example.com/chip.jpg");
            assertThat(n.at("/sourceOrganization/name").asText()).isEqualTo("第一財經");
            // the checker is not a formality: a made-up property is caught
            ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("readingMood", "calm");
            assertThat(vocabulary.problems(n)).singleElement().asString().contains("readingMood");
        }
    }
}
