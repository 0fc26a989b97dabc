package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.store.Library;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ninjs 2.2 and 3.1 of the prepared sample, validated against IPTC's schemas (draft 2020-12, format
 * assertions on, GeoJSON read from the shared copy, nothing fetched).
 */
class NinjsExportTest {

    private static final Path NINJS = Path.of("..", "shared", "standards", "ninjs");
    private static final String GEOJSON = "https://geojson.org/schema/GeoJSON.json";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(iri -> {
                        try {
                            if (iri.startsWith(GEOJSON)) {
                                return Files.readString(NINJS.resolve("GeoJSON-schema.json"));
                            }
                            if (iri.startsWith("http://www.iptc.org/std/ninjs/ninjs-schema_")) {
                                return Files.readString(NINJS.resolve(iri.substring(iri.lastIndexOf('/') + 1).replace("#", "")));
                            }
                            return null;
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Library library;
    private Exportable sample;

    @BeforeEach
    void open() {
        library = Library.openEmbedded(tmp.resolve("lib"));
        sample = Exportable.load(library, ExportFixture.sample(library));
    }

    @AfterEach
    void close() {
        library.close();
    }

    static List<String> problems(JsonNode item, String version) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("http://www.iptc.org/std/ninjs/ninjs-schema_" + version + ".json"));
        return schema.validate(item).stream().map(e -> e.toString()).toList();
    }

    @Test
    void theSchemasAndTheirTestSuiteAreReadAsIntended() throws Exception {
        // the validator itself, checked on IPTC's own cases: a passing example passes, a failing one fails
        for (String version : List.of("2.2", "3.1")) {
            try (var cases = Files.list(NINJS.resolve("test_suite/" + version + "/should_fail"))) {
                for (Path c : cases.toList()) {
                    assertThat(problems(JSON.readTree(c.toFile()), version)).as(c.toString()).isNotEmpty();
                }
            }
            try (var cases = Files.list(NINJS.resolve("test_suite/" + version + "/should_pass"))) {
                for (Path c : cases.toList()) {
                    assertThat(problems(JSON.readTree(c.toFile()), version)).as(c.toString()).isEmpty();
                }
            }
        }
    }

    @Test
    void version22IsValidAndCarriesTheArticle() throws Exception {
        JsonNode n = JSON.readTree(NinjsExport.write(sample, NinjsExport.Version.V2_2));
        assertThat(problems(n, "2.2")).isEmpty();
        assertThat(n.get("uri").asText()).isEqualTo("tag:galley.app,2026:article/" + sample.article().id());
        assertThat(n.at("/headlines/0/value").asText()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(n.get("language").asText()).isEqualTo("zh-Hant");
        assertThat(n.get("pubstatus").asText()).isEqualTo("withheld"); // in the inbox: not for publication yet
        assertThat(n.at("/bodies/0/value").asText()).isEqualTo(sample.article().body());
        assertThat(n.at("/bodies/1/contenttype").asText()).isEqualTo("text/html");
        assertThat(n.at("/bodies/1/value").asText()).contains("<h2>尋求體制突破</h2>");
        assertThat(n.get("subjects")).anySatisfy(s -> {
            assertThat(s.get("uri").asText()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/13000000");
            assertThat(s.get("literal").asText()).isEqualTo("medtop:13000000");
            assertThat(s.get("name").asText()).isEqualTo("science and technology");
        });
        assertThat(n.get("subjects")).anySatisfy(s -> assertThat(s.get("name").asText()).isEqualTo("腦計劃"));
        assertThat(n.at("/people/0/name").asText()).isEqualTo("張旭");
        assertThat(n.at("/places/0/name").asText()).isEqualTo("上海");
        assertThat(n.at("/infosources/0/name").asText()).isEqualTo("第一財經");
        JsonNode assoc = n.get("associations");
        assertThat(assoc).hasSize(3);
        assertThat(assoc.get(0).get("type").asText()).isEqualTo("picture");
        assertThat(assoc.at("/0/descriptions/0/value").asText()).isEqualTo("張江實驗室");
        assertThat(assoc.at("/1/renditions/0/href").asText()).isEqualTo("https://img.example.com/chip.jpg");
        JsonNode annotations = JSON.readTree(assoc.at("/2/bodies/0/value").asText());
        assertThat(assoc.at("/2/name").asText()).isEqualTo("galley:annotations");
        assertThat(annotations.get("type").asText()).isEqualTo("AnnotationCollection");
        // the verified quotation itself, targeting this article (at() never gives null: compare values)
        assertThat(annotations.at("/first/items/0/target/source").asText()).isEqualTo(sample.uri());
        assertThat(annotations.at("/first/items/0").findValuesAsText("exact"))
                .contains(sample.annotations().get(0).target().exact());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(NinjsExport.Version.class)
    void anExportReadsBackAsTheSameArticle(NinjsExport.Version version) throws Exception {
        app.galley.model.Article a = sample.article();
        assertThat(a.published()).isNull();
        Path file = tmp.resolve("item-" + version + ".json");
        java.nio.file.Files.writeString(file, NinjsExport.write(sample, version));
        try (Library other = Library.openEmbedded(tmp.resolve("other-" + version))) {
            var outcome = app.galley.service.Services.of(other).imports().importFile(file);
            app.galley.model.Article back = other.articles()
                    .find(((app.galley.model.ImportOutcome.Imported) outcome).articleId()).orElseThrow();
            assertThat(back.title()).isEqualTo(a.title());
            assertThat(back.subtitle()).isEqualTo(a.subtitle());
            assertThat(back.byline()).isEqualTo(a.byline());
            assertThat(back.source()).isEqualTo(a.source());
            assertThat(back.language()).isEqualTo(a.language());
            assertThat(back.body()).isEqualTo(a.body());
            // the story's own date (the sample has none), never when it was imported or exported
            assertThat(back.published()).isEqualTo(a.published());
            // its subject, person, place and story tags
            assertThat(other.tags().ofArticle(back.id()).stream().map(t -> t.kind() + ":" + t.name()).sorted())
                    .containsExactlyElementsOf(library.tags().ofArticle(a.id()).stream()
                            .map(t -> t.kind() + ":" + t.name()).sorted().toList());
        }
    }

    @Test
    void version31IsValidAndUsesItsNames() throws Exception {
        JsonNode n = JSON.readTree(NinjsExport.write(sample, NinjsExport.Version.V3_1));
        assertThat(problems(n, "3.1")).isEmpty();
        assertThat(n.get("pubStatus").asText()).isEqualTo("withheld");
        assertThat(n.has("firstCreated")).isTrue();
        assertThat(n.has("firstcreated")).isFalse();
        assertThat(n.at("/bodies/0/contentType").asText()).isEqualTo("text/plain");
        assertThat(n.at("/standard/version").asText()).isEqualTo("3.1");
        // and the 2.2 document is not valid 3.1: the two are told apart
        assertThat(problems(JSON.readTree(NinjsExport.write(sample, NinjsExport.Version.V2_2)), "3.1")).isNotEmpty();
    }
}
