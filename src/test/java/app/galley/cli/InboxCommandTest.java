package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galley inbox}: the window's comment inbox from the command line (issue 23). */
class InboxCommandTest {

    @TempDir
    Path tmp;

    @Test
    void threadsAreListedAnsweredEditedAndResolved() throws Exception {
        String db = tmp.resolve("lib").toString();
        run("import", TestFiles.samplePath().toString(), "--db", db);
        assertThat(run("annotations", "add", "1", "--quotes", "--user", "Ruth", "--db", db)[0]).isEqualTo("0");
        assertThat(run("inbox", "--mentions", "--db", db, "--as", "周敏")[1]).isEqualTo(String.format("No threads.%n"));

        assertThat(run("inbox", "--reply", "1", "--text", "@周敏 這個數字對嗎？", "--db", db, "--as", "Ruth")[0]).isEqualTo("0");
        String mine = run("inbox", "--mentions", "--db", db, "--as", "周敏")[1];
        assertThat(mine).startsWith("@ annotation 1 on #1 ").contains("  comment 1 Ruth: @周敏 這個數字對嗎？");
        assertThat(mine.lines().filter(l -> l.startsWith("@ annotation"))).hasSize(1);

        // only its author changes a comment
        assertThat(run("inbox", "--edit", "1", "--text", "改", "--db", db, "--as", "周敏")).satisfies(r -> {
            assertThat(r[0]).isEqualTo("1");
            assertThat(r[2]).contains("only Ruth may change this comment");
        });
        assertThat(run("inbox", "--edit", "1", "--text", "@周敏 數字對嗎？", "--db", db, "--as", "Ruth")[0]).isEqualTo("0");
        assertThat(run("inbox", "--reply", "1", "--text", "@Ruth 對", "--resolve", "1", "--db", db, "--as", "周敏")[0])
                .isEqualTo("0");

        JsonNode open = new ObjectMapper().readTree(run("inbox", "--json", "--author", "周敏", "--db", db)[1]);
        assertThat(open).isEmpty(); // resolved: out of the open list
        JsonNode every = new ObjectMapper().readTree(run("inbox", "--json", "--all", "--author", "周敏", "--db", db)[1]);
        assertThat(every).singleElement().satisfies(t -> {
            assertThat(t.get("annotation").asLong()).isEqualTo(1);
            assertThat(t.get("resolved").asBoolean()).isTrue();
            assertThat(t.get("comments")).extracting(c -> c.get("body").asText())
                    .containsExactly("@周敏 數字對嗎？", "@Ruth 對");
        });
        assertThat(run("inbox", "--reply", "99", "--text", "x", "--db", db)[2]).contains("no annotation 99");
        assertThat(run("inbox", "--reply", "1", "--db", db)[0]).isEqualTo("2");
    }
}
