package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galley trash}: the same Trash as the window's, from the command line. */
class TrashCommandTest {

    @TempDir
    Path tmp;

    @Test
    void articlesGoToTheTrashComeBackAndGoForGood() {
        String db = tmp.resolve("lib").toString();
        run("import", TestFiles.samplePath().toString(), "--db", db);
        assertThat(run("trash", "1", "--db", db)).containsExactly("0", String.format("1 article moved to the Trash (1 in it)%n"), "");
        assertThat(run("list", "--db", db)[1]).startsWith("0 articles in");
        assertThat(run("trash", "1", "--restore", "--db", db)[1]).isEqualTo(String.format("1 article put back%n"));
        assertThat(run("list", "--db", db)[1]).contains("1 article in");
        run("trash", "1", "--db", db);
        assertThat(run("trash", "--empty", "--db", db)[1]).isEqualTo(String.format("1 article deleted for good%n"));
        assertThat(run("show", "1", "--db", db)[0]).isEqualTo("1");
        // ids and --empty do not go together; neither does nothing at all
        assertThat(run("trash", "1", "--empty", "--db", db)[0]).isEqualTo("2");
        assertThat(run("trash", "--db", db)).satisfies(r -> {
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[2]).contains("give article ids, or --empty alone");
        });
    }
}
