package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galley audit}: the audit trail the window's History shows, from the command line (issue 23). */
class AuditCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsWhoDidWhatNewestFirstAsTextAndJson() throws Exception {
        String db = tmp.resolve("lib").toString();
        run("import", TestFiles.samplePath().toString(), "--db", db, "--as", "周敏");
        run("edit", "1", "--status", "editing", "--db", db, "--as", "Ruth");
        String[] text = run("audit", "1", "--db", db);
        assertThat(text[0]).isEqualTo("0");
        assertThat(text[1].lines().toList()).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).contains("#1").contains("Ruth").contains("status").contains("from=inbox, to=editing");
            assertThat(lines.get(1)).contains("周敏").contains("import").contains("source=");
        });

        JsonNode all = new ObjectMapper().readTree(run("audit", "--json", "--db", db)[1]);
        assertThat(all).hasSize(2);
        assertThat(all.get(1).get("action").asText()).isEqualTo("import");
        assertThat(all.get(1).get("actor").asText()).isEqualTo("周敏");
        assertThat(all.get(1).get("article").asLong()).isEqualTo(1);
        assertThat(all.get(0).get("detail").get("to").asText()).isEqualTo("editing");

        // --since in the future: nothing; a time that is not one: a usage error naming it
        assertThat(run("audit", "--since", "2999-01-01", "--db", db)[1]).isEqualTo(String.format("No events.%n"));
        assertThat(run("audit", "--since", "yesterday", "--db", db)).satisfies(r -> {
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[2]).contains("\"yesterday\" is not a time");
        });
        assertThat(run("audit", "42", "--db", db)[0]).isEqualTo("1");
    }
}
