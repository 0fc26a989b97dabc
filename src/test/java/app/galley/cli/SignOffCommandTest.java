package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Four eyes from the command line (issue 23): the newsroom asks for it, a colleague signs off, the editor moves. */
class SignOffCommandTest {

    @TempDir
    Path tmp;

    @Test
    void readyWaitsForASecondPersonsSignOff() throws Exception {
        String db = tmp.resolve("lib").toString();
        Path story = Files.writeString(tmp.resolve("council.txt"), "Council meets\n\nThe council met on Tuesday.\n");
        run("import", story.toString(), "--db", db);
        assertThat(run("newsroom", "--sign-off", "ready", "--db", db)[1]).contains("sign-off needed for: ready");
        assertThat(run("newsroom", "--sign-off", "spiked", "--db", db)).satisfies(r -> {
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[2]).contains("only ready and published can need a sign-off");
        });

        assertThat(run("edit", "1", "--status", "ready", "--db", db, "--as", "周敏")).satisfies(r -> {
            assertThat(r[0]).isEqualTo("1");
            assertThat(r[2]).contains("give --override WHY").contains("sign off missing");
        });
        assertThat(run("signoff", "1", "--for", "ready", "--note", "讀過", "--db", db, "--as", "Ruth"))
                .containsExactly("0", String.format("#1 signed off for ready by Ruth%n"), "");
        assertThat(run("signoff", "1", "--db", db)[1]).startsWith("ready: Ruth, ").endsWith(String.format(" — 讀過%n"));
        assertThat(run("edit", "1", "--status", "ready", "--db", db, "--as", "周敏")[0]).isEqualTo("0");
        assertThat(run("audit", "1", "--db", db)[1]).contains("sign-off").contains("to=ready, note=讀過");
        assertThat(run("signoff", "1", "--for", "spiked", "--db", db)[0]).isEqualTo("2");
    }
}
