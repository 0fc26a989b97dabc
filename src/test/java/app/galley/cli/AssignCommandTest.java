package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galley assign}: the window's assignments from the command line (issue 23). */
class AssignCommandTest {

    @TempDir
    Path tmp;

    @Test
    void assignsASelectionWithADueTimeAndTakesItAway() {
        String db = tmp.resolve("lib").toString();
        run("import", TestFiles.samplePath().toString(), "--db", db);
        run("import", TestFiles.samplePath().getParent().toString(), "--db", db);
        assertThat(run("assign", "1", "--to", "周敏", "--role", "fact-checker", "--due", "2026-12-03T18:00+08:00",
                "--note", "核對數字", "--db", db, "--as", "陳主編"))
                .containsExactly("0", String.format("1 article assigned to 周敏 as fact-checker, due 2026-12-03T10:00:00Z%n"), "");
        String audit = run("audit", "1", "--db", db)[1];
        assertThat(audit.lines().findFirst().orElseThrow()).contains("陳主編").contains("assign")
                .contains("assignee=周敏, role=fact-checker, due=2026-12-03T10:00:00Z, note=核對數字");

        assertThat(run("assign", "1", "--remove", "--role", "fact-checker", "--db", db)[1])
                .isEqualTo(String.format("1 article unassigned (fact-checker)%n"));
        assertThat(run("audit", "1", "--db", db)[1].lines().findFirst().orElseThrow()).contains("unassign");

        // wrong usage says what is wrong
        assertThat(run("assign", "1", "--db", db)).satisfies(r -> {
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[2]).contains("give --to NAME, or --remove alone");
        });
        assertThat(run("assign", "1", "--to", "x", "--role", "intern", "--db", db)[2]).contains("no role \"intern\"");
        assertThat(run("assign", "1", "--to", "x", "--due", "tomorrow", "--db", db)[2]).contains("\"tomorrow\" is not a time");
        assertThat(run("assign", "99", "--to", "x", "--db", db)).satisfies(r -> {
            assertThat(r[0]).isEqualTo("1");
            assertThat(r[2]).contains("no article [#99]");
        });
    }
}
