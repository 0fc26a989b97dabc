package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galley search} and {@code galley reindex} on a library with the sample. */
class SearchCommandTest {

    @TempDir
    Path tmp;


    @Test
    void searchPrintsHitsWithHighlightedSnippets() throws Exception {
        String db = tmp.resolve("lib").toString();
        assertThat(run("import", TestFiles.samplePath().toString(), "--db", db)[0]).isEqualTo("0");
        String[] text = run("search", "脑科学", "--db", db);
        assertThat(text[0]).isEqualTo("0");
        assertThat(text[1]).startsWith("1 article").contains("#1").contains("[[腦科學]]");

        JsonNode json = new ObjectMapper().readTree(run("search", "speaker:张旭", "晶元", "--json", "--db", db)[1]);
        assertThat(json).hasSize(1);
        JsonNode hit = json.get(0);
        assertThat(hit.get("id").asLong()).isEqualTo(1);
        assertThat(hit.get("title").asText()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(hit.get("snippet").asText()).contains("[[晶元]]");
        assertThat(run("search", "晶片", "--json", "--db", db)[1].strip()).isEqualTo("[ ]");
    }

    @Test
    void aQueryThatCannotBeReadIsAUsageError() {
        String db = tmp.resolve("lib").toString();
        String[] r = run("search", "published:2018-13", "--db", db);
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("galley: query:").contains("not a date");
    }

    @Test
    void reindexRebuildsFromTheDatabase() {
        String db = tmp.resolve("lib").toString();
        run("import", TestFiles.samplePath().toString(), "--db", db);
        String[] r = run("reindex", "--db", db);
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).startsWith("1 article indexed in");
    }
}
