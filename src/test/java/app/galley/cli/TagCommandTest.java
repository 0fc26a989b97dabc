package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galley tag} and {@code galley tags}: tagging, suggestions, and searching by tag. */
class TagCommandTest {

    @TempDir
    Path tmp;


    @Test
    void taggingFromTheCommandLine() throws Exception {
        String db = tmp.resolve("lib").toString();
        run("import", TestFiles.samplePath().toString(), "--db", db);
        String[] tagged = run("tag", "1", "--add", "medtop:20000756", "--add", "張旭", "--kind", "person",
                "--suggest", "--json", "--db", db);
        assertThat(tagged[0]).isEqualTo("0");
        JsonNode line = new ObjectMapper().readTree(tagged[1]);
        assertThat(line.get("tags")).extracting(t -> t.get("name").asText())
                .containsExactlyInAnyOrder("technology and engineering", "張旭");
        // the topic's broader topic is implied, not suggested again; the sample's other names are
        assertThat(line.get("suggested")).extracting(t -> t.get("name").asText())
                .contains("陳天石", "上海", "寒武紀").doesNotContain("張旭", "科學與科技");

        JsonNode tags = new ObjectMapper().readTree(run("tags", "--json", "--db", db)[1]);
        assertThat(tags).anySatisfy(t -> {
            assertThat(t.get("qcode").asText()).isEqualTo("medtop:13000000");
            assertThat(t.get("names").get("zh-Hant").asText()).isEqualTo("科學與科技");
            assertThat(t.get("articles").asInt()).isZero();
        });
        assertThat(run("search", "tag:科学与科技", "--db", db)[1]).startsWith("1 article");
        assertThat(run("tag", "1", "--remove", "張旭", "--db", db)[1]).doesNotContain("(person)");
        assertThat(run("search", "tag:張旭", "--db", db)[1]).startsWith("0 articles");
        assertThat(run("tag", "1", "--add", "x", "--kind", "colour", "--db", db)[0]).isEqualTo("2");
        assertThat(run("tag", "1", "--add", "medtop:99999999", "--db", db)[0]).isEqualTo("2");
    }
}
