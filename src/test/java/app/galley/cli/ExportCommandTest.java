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
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galley export}: formats into a folder or a zip, by id or by search, with a log. */
class ExportCommandTest {

    @TempDir
    Path tmp;


    private String db() {
        return tmp.resolve("lib").toString();
    }

    private void importTwo() throws Exception {
        Path english = tmp.resolve("council.txt");
        Files.writeString(english, "Council approves transit budget\n\nThe city council approved the transit plan on"
                + " Tuesday after a long debate, officials said.");
        assertThat(run("import", "--db", db(), TestFiles.samplePath().toString(), english.toString())[0]).isEqualTo("0");
    }

    @Test
    void everyFormatIntoAFolderWithALog() throws Exception {
        importTwo();
        for (String format : List.of("ninjs", "ninjs3", "newsml", "markdown", "html", "jsonld")) {
            Path dir = tmp.resolve("out-" + format);
            String[] r = run("export", "--db", db(), "1", "2", "--format", format, "--out", dir.toString());
            assertThat(r[0]).as(format + ": " + r[2]).isEqualTo("0");
            assertThat(r[1]).contains("2 exported, 0 failed");
            JsonNode log = new ObjectMapper().readTree(dir.resolve("export-log.json").toFile());
            assertThat(log.get("exported").asInt()).isEqualTo(2);
            List<String> files = new ArrayList<>();
            log.get("articles").forEach(a -> a.get("files").forEach(f -> files.add(f.asText())));
            assertThat(files).hasSizeGreaterThanOrEqualTo(2).allSatisfy(f -> assertThat(dir.resolve(f)).exists());
        }
        assertThat(Files.readString(tmp.resolve("out-ninjs/galley-1.ninjs.json"))).contains(TestFiles.SAMPLE_TITLE);
        assertThat(tmp.resolve("out-markdown/galley-2/index.md")).exists();
    }

    @Test
    void aSearchIntoAZipAndProblemsNamed() throws Exception {
        importTwo();
        Path zip = tmp.resolve("export.zip");
        String[] r = run("export", "--db", db(), "--search", "council", "--format", "markdown", "--zip", zip.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = z.stream().map(e -> e.getName()).toList();
            assertThat(names).containsExactlyInAnyOrder("galley-2/index.md", "export-log.json");
        }
        String[] missing = run("export", "--db", db(), "1", "99", "--format", "ninjs", "--out", tmp.resolve("m").toString());
        assertThat(missing[0]).isEqualTo("1");
        assertThat(missing[2]).contains("#99: no article #99");
        assertThat(missing[1]).contains("1 exported, 1 failed");
        assertThat(run("export", "--db", db(), "1", "--format", "docx", "--out", tmp.toString())[2])
                .contains("unknown format \"docx\"");
        assertThat(run("export", "--db", db(), "1", "--format", "ninjs")[0]).isEqualTo("2");
    }
}
