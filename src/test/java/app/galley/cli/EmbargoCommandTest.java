package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galley embargo}, and {@code galley publish} refused before it (issue 23). */
class EmbargoCommandTest {

    @TempDir
    Path tmp;

    @Test
    void anEmbargoRefusesAnEarlyPublishAndAScheduledOneWaits() throws Exception {
        String db = tmp.resolve("lib").toString();
        Path story = Files.writeString(tmp.resolve("council.txt"), "Council meets\n\nThe council met on Tuesday.\n");
        run("import", story.toString(), "--db", db);
        assertThat(run("embargo", "1", "--until", "2999-01-01T08:00Z", "--db", db))
                .containsExactly("0", String.format("#1 is embargoed until 2999-01-01T08:00:00Z%n"), "");
        // (the refusal comes before the target is looked for; a scheduled publish waiting is ScheduleAndEmbargoTest's)
        assertThat(run("publish", "1", "--target", "site", "--status", "publish", "--db", db)).satisfies(r -> {
            assertThat(r[0]).isEqualTo("1");
            assertThat(r[2]).contains("embargoed until 2999-01-01T08:00:00Z");
        });
        assertThat(run("publish", "1", "--target", "site", "--status", "publish", "--at", "2998-12-31T09:00Z", "--db", db)[2])
                .contains("embargoed until");
        assertThat(run("publish", "1", "--target", "site", "--at", "tomorrow", "--db", db)[0]).isEqualTo("2");
        assertThat(run("embargo", "1", "--lift", "--db", db)[1]).isEqualTo(String.format("#1 has no embargo%n"));
        assertThat(run("audit", "1", "--db", db)[1]).contains("embargo").contains("until=2999-01-01T08:00:00Z");
        assertThat(run("embargo", "1", "--until", "soon", "--db", db)[0]).isEqualTo("2");
    }
}
