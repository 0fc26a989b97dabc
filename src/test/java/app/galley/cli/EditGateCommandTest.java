package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galley edit --status ready}: the same fact-check gate as the window's. */
class EditGateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void readyNeedsTheFactCheckOrAReason() {
        String db = tmp.resolve("lib").toString();
        run("import", TestFiles.samplePath().toString(), "--db", db);
        String[] refused = run("edit", "1", "--status", "ready", "--db", db);
        assertThat(refused[0]).isEqualTo("1");
        assertThat(refused[2]).startsWith("galley: the fact-check of #1 is not ready (")
                .contains("give --override WHY to go ahead", "quote not annotated: ");
        assertThat(run("show", "1", "--json", "--db", db)[1]).contains("\"status\" : \"inbox\"");

        String[] moved = run("edit", "1", "--status", "ready", "--override", "checked by phone", "--db", db);
        assertThat(moved[0]).isEqualTo("0");
        assertThat(moved[1]).contains("#1 ready");
        assertThat(run("show", "1", "--json", "--db", db)[1]).contains("\"status\" : \"ready\"");
        // other statuses pass freely
        assertThat(run("edit", "1", "--status", "editing", "--db", db)[0]).isEqualTo("0");
    }
}
