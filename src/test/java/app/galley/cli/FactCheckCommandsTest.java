package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galley quotes}, {@code galley claims} and {@code galley annotations} in the documented shape:
 * the sample's quotations are checked exactly against a fixture, offsets against the cleaned text of
 * {@code galley clean}.
 */
class FactCheckCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;


    private static String cleanedSample() throws Exception {
        String[] r = run("clean", "--jsonl", TestFiles.samplePath().toString());
        List<String> paragraphs = new ArrayList<>();
        JSON.readTree(r[1]).get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        return String.join("\n\n", paragraphs);
    }

    @Test
    void quotesOfTheSampleAreExactlyTheFixture() throws Exception {
        String[] r = run("quotes", "--jsonl", TestFiles.samplePath().toString());
        assertThat(r[2]).isEmpty();
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].lines().toList()).hasSize(1);
        JsonNode out = JSON.readTree(r[1]);
        assertThat(fieldNames(out)).containsExactly("file", "quotes");
        JsonNode expected = JSON.readTree(getClass().getResourceAsStream("/factcheck/content-farm-zh-hant.quotes.json"));
        assertThat(out.get("quotes")).isEqualTo(expected.get("quotes"));

        String text = cleanedSample();
        List<String> texts = new ArrayList<>();
        for (JsonNode q : out.get("quotes")) {
            assertThat(fieldNames(q)).containsExactly("text", "speaker", "start", "end");
            assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
            assertThat(text.charAt(q.get("start").asInt() - 1)).isEqualTo('「');
            assertThat(q.get("speaker").asText()).isEqualTo("張旭");
            texts.add(q.get("text").asText());
        }
        // every speech quotation of the sample, the ones introduced by 他說道 among them
        assertThat(texts).hasSize(15)
                .anyMatch(t -> t.startsWith("我們不僅僅要擴大規模"))
                .anyMatch(t -> t.startsWith("我們一味地把美歐的模式"))
                .anyMatch(t -> t.startsWith("如果企業家能及時看到這些變化"))
                .anyMatch(t -> t.startsWith("這部手機中採用的麒麟970") && t.contains("『上海腦-智工程』"));
        assertThat(texts).doesNotContain("上海腦中心", "腦計劃", "院士工作站專家", "上海腦-智工程");
    }

    @Test
    void claimsOfTheSampleHoldItsFigures() throws Exception {
        String[] r = run("claims", "--jsonl", TestFiles.samplePath().toString());
        assertThat(r[0]).isEqualTo("0");
        JsonNode out = JSON.readTree(r[1]);
        assertThat(fieldNames(out)).containsExactly("file", "claims");
        String text = cleanedSample();
        List<String> found = new ArrayList<>();
        for (JsonNode c : out.get("claims")) {
            assertThat(fieldNames(c)).containsExactly("text", "kind", "start", "end");
            assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
            found.add(c.get("kind").asText() + ":" + c.get("text").asText());
        }
        assertThat(found).contains("money:7.56億元", "money:10億元", "quantity:3.3萬平方米", "date:1994年",
                "date:2018年8月31日", "duration:不到一年", "comparison:超越蘋果", "ranking:第二", "superlative:首家",
                "superlative:最先進");
        assertThat(found).noneMatch(c -> c.contains("第一財經"));
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheOthersStillGoOut() throws Exception {
        Path binary = tmp.resolve("photo.txt");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 0});
        String[] r = run("quotes", "--jsonl", binary.toString(), TestFiles.samplePath().toString());
        assertThat(r[0]).isEqualTo("1");
        List<String> lines = r[1].lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("error").asText()).isNotBlank();
        assertThat(JSON.readTree(lines.get(1)).get("quotes")).hasSize(15);
    }

    @Test
    void annotationsAreAddedCheckedAndExportedFromTheCommandLine() throws Exception {
        String db = tmp.resolve("lib").toString();
        assertThat(run("import", TestFiles.samplePath().toString(), "--db", db)[0]).isEqualTo("0");
        assertThat(run("clean", "1", "--db", db)[0]).isEqualTo("0");
        String[] added = run("annotations", "add", "1", "--quotes", "--db", db, "--user", "fc");
        assertThat(added[1]).contains("15 annotations added");
        String[] list = run("annotations", "list", "1", "--db", db);
        String firstId = list[1].lines().findFirst().orElseThrow().split("\t")[0];
        assertThat(list[1].lines().toList()).hasSize(15).allMatch(l -> l.contains("\tquote\tunchecked\tanchored\t張旭\t"));
        assertThat(run("annotations", "verdict", firstId, "verified", "--note", "recording", "--db", db, "--user", "Mei Lin")[0])
                .isEqualTo("0");
        assertThat(run("annotations", "verdict", firstId, "sorta", "--db", db)[0]).isEqualTo("2");

        JsonNode w3c = JSON.readTree(run("annotations", "export", "1", "--format", "w3c", "--db", db)[1]);
        assertThat(w3c.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(w3c.get("first").get("items")).hasSize(15);
        JsonNode reviews = JSON.readTree(run("annotations", "export", "1", "--format", "claimreview", "--db", db)[1]);
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).get("reviewRating").get("alternateName").asText()).isEqualTo("Verified");
        assertThat(reviews.get(0).get("itemReviewed").get("author").get("name").asText()).isEqualTo("張旭");
        assertThat(run("annotations", "export", "1", "--format", "rdf", "--db", db)[0]).isEqualTo("2");
        // without a newsroom there is no address to give: no url at all, never a tag: URI
        assertThat(reviews.get(0).has("url")).isFalse();
        assertThat(reviews.toString()).doesNotContain("tag:galley");
        // written by the checker who gave the verdict, not the one who made the annotation
        assertThat(reviews.get(0).get("author").get(0).get("name").asText()).isEqualTo("Mei Lin");

        // the newsroom set from the command line signs and addresses the reviews
        assertThat(run("newsroom", "--url", "news.example.com", "--db", db)[0]).isEqualTo("2");
        String[] set = run("newsroom", "--name", "Galley Daily", "--url", "https://news.example.com",
                "--fact-check-address", "https://news.example.com/fact-check/{id}", "--db", db);
        assertThat(set[0]).isEqualTo("0");
        assertThat(set[1]).contains("name: Galley Daily", "fact-check address: https://news.example.com/fact-check/{id}");
        JsonNode signed = JSON.readTree(run("annotations", "export", "1", "--format", "claimreview", "--db", db)[1]);
        assertThat(signed.get(0).get("url").asText()).startsWith("https://news.example.com/fact-check/1#annotation-");
        assertThat(signed.get(0).get("author").get(0).get("name").asText()).isEqualTo("Galley Daily");
        assertThat(signed.get(0).get("author").get(0).get("url").asText()).isEqualTo("https://news.example.com");
        assertThat(signed.get(0).get("author").get(1).get("name").asText()).isEqualTo("Mei Lin");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
