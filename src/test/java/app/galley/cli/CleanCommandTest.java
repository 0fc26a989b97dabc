package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code galley clean FILE --jsonl} on the sample and on the fixtures: each output is compared with
 * the fixture's expected file field by field, exactly; the change list must rebuild the cleaned
 * text from the imported body.
 */
class CleanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("file", "title", "originalTitle", "source", "otherSources", "sourceUrl",
            "byline", "published", "language",
            "subheads", "paragraphs", "removed", "changes");

    @TempDir
    Path tmp;


    static Stream<Path> fixtures() throws Exception {
        Path dir = Path.of(CleanCommandTest.class.getResource("/clean/fixtures").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.toString().endsWith(".expected.json")).sorted().toList().stream();
        }
    }

    private static JsonNode expected(String resource) throws Exception {
        return JSON.readTree(CleanCommandTest.class.getResourceAsStream(resource));
    }

    private static JsonNode cleanOne(Path file) throws Exception {
        String[] r = run("clean", "--jsonl", file.toString());
        assertThat(r[2]).isEmpty();
        assertThat(r[0]).isEqualTo("0");
        List<String> lines = r[1].lines().toList();
        assertThat(lines).hasSize(1);
        return JSON.readTree(lines.get(0));
    }

    @Test
    void theSampleCleansExactlyAsItsFixtureSays() throws Exception {
        JsonNode out = cleanOne(TestFiles.samplePath());
        assertThat(out.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);
        assertMatches(out, expected("/clean/content-farm-zh-hant.expected.json"));
        assertThat(out.get("source").asText()).isEqualTo("第一財經");
        assertThat(out.get("subheads")).extracting(JsonNode::asText).containsExactly("尋求體制突破", "建大科學裝置", "產學研一體化");
        List<String> paragraphs = texts(out.get("paragraphs"));
        assertThat(paragraphs.get(0)).startsWith("腦科學與類腦研究將成為");
        assertThat(paragraphs.get(paragraphs.size() - 1)).endsWith("最關心的問題之一。");
        String body = String.join("\n", paragraphs);
        assertThat(body).contains("整合並且").doesNotContain("整合併且")
                .doesNotContainPattern("[\\u4e00-\\u9fff][,:;?!()]|[,:;?!()][\\u4e00-\\u9fff]");
        assertThat(body.chars().filter(c -> c == '「').count()).isEqualTo(body.chars().filter(c -> c == '」').count())
                .isGreaterThanOrEqualTo(19);
        assertThat(out.get("changes")).anySatisfy(c -> {
            assertThat(c.get("rule").asText()).isEqualTo("conversion-repair");
            assertThat(c.get("from").asText()).isEqualTo("併");
            assertThat(c.get("to").asText()).isEqualTo("並");
        });
        assertRebuilds(TestFiles.samplePath(), out);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixturesCleanAsExpected(Path file) throws Exception {
        JsonNode out = cleanOne(file);
        assertThat(out.get("file").asText()).isEqualTo(file.toString());
        String name = file.getFileName().toString();
        assertMatches(out, expected("/clean/fixtures/" + name.substring(0, name.lastIndexOf('.')) + ".expected.json"));
        assertRebuilds(file, out);
    }

    @Test
    void badInputGetsAnErrorLineNamingTheFileAndTheOthersStillClean() throws Exception {
        Path binary = tmp.resolve("broken.txt");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7});
        String[] r = run("clean", "--jsonl", binary.toString(), TestFiles.samplePath().toString());
        assertThat(r[0]).isEqualTo("1");
        List<String> lines = r[1].lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode bad = JSON.readTree(lines.get(0));
        assertThat(bad.get("file").asText()).isEqualTo(binary.toString());
        assertThat(bad.get("error").asText()).isNotBlank();
        assertThat(JSON.readTree(lines.get(1)).get("source").asText()).isEqualTo("第一財經");
    }

    @Test
    void aUserRuleSetAddsPatternRules() throws Exception {
        Path rules = tmp.resolve("rules.json");
        Files.writeString(rules, """
                {"patterns": [{"id": "no-journalist-line", "pattern": "第一財經記者日前獲悉", "replacement": "記者獲悉",
                               "reason": "house style"}],
                 "rules": {"punctuation-width": {"enabled": false}}}
                """);
        String[] r = run("clean", "--jsonl", "--rules", rules.toString(), TestFiles.samplePath().toString());
        assertThat(r[0]).isEqualTo("0");
        JsonNode out = JSON.readTree(r[1]);
        String body = String.join("\n", texts(out.get("paragraphs")));
        assertThat(body).contains("記者獲悉,坐落於").doesNotContain("第一財經記者日前獲悉");
        assertThat(out.get("changes")).noneSatisfy(c -> assertThat(c.get("rule").asText()).isEqualTo("punctuation-width"));

        Files.writeString(rules, "{\"rules\": {\"no-such-rule\": {\"enabled\": true}}}");
        String[] bad = run("clean", "--rules", rules.toString(), TestFiles.samplePath().toString());
        assertThat(bad[0]).isEqualTo("2");
        assertThat(bad[2]).contains(rules.toString()).contains("unknown rule \"no-such-rule\"");
    }

    @Test
    void anIdCleansTheStoredArticleIntoANewRevision() throws Exception {
        String db = tmp.resolve("lib").toString();
        assertThat(run("import", TestFiles.samplePath().toString(), "--db", db)[0]).isEqualTo("0");
        String[] r = run("clean", "1", "--db", db);
        assertThat(r[2]).isEmpty();
        assertThat(r[1]).contains("#1 ").contains("changes, new revision");
        String shown = run("show", "1", "--db", db)[1];
        assertThat(shown).contains("整合並且").doesNotContain("當前位置").doesNotContain("TAG:第一財經");
        String again = run("clean", "1", "--db", db)[1];
        assertThat(again).contains("already clean");
        assertThat(run("clean", "99", "--db", db)[2]).contains("no article #99");
    }

    /** The changes, applied to the body as imported, give the paragraphs. */
    private static void assertRebuilds(Path file, JsonNode out) {
        String body = ImportService.readOnly(file).get(0).draft().body();
        StringBuilder cleaned = new StringBuilder();
        int at = 0;
        for (JsonNode c : out.get("changes")) {
            int start = c.get("start").asInt();
            assertThat(body.substring(start, c.get("end").asInt())).isEqualTo(c.get("from").asText());
            cleaned.append(body, at, start).append(c.get("to").asText());
            at = c.get("end").asInt();
        }
        cleaned.append(body.substring(at));
        String flat = cleaned.toString().replaceAll("\\s+", "");
        assertThat(flat).isEqualTo(String.join("", texts(out.get("paragraphs"))).replaceAll("\\s+", ""));
    }

    private static void assertMatches(JsonNode out, JsonNode expected) {
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            assertThat(out.get(field)).as(field).isEqualTo(expected.get(field));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
