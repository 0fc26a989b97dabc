package app.galley;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.ingest.ImportService;
import app.galley.model.ArticleSummary;
import app.galley.store.Library;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged application as a user would: the fat jar, a second process, the .deb. */
class PackagingIT {

    private static final Path JAR = Path.of(System.getProperty("galley.jar", "target/galley.jar"));
    private static final Path BASEDIR = Path.of(System.getProperty("galley.basedir", "."));

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result run(List<String> command, Path workDir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        Path out = Files.createTempFile("galley-out", ".txt");
        Path err = Files.createTempFile("galley-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static Result galley(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        return run(cmd, BASEDIR);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void theJarImportsTheSeedAndListsItAsJson() throws Exception {
        Path seed = BASEDIR.resolve("assets/samples/content-farm-zh-hant.txt").toAbsolutePath();
        String db = tmp.resolve("test-library").toString();

        Result imported = galley("import", seed.toString(), "--db", db);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();

        Result list = galley("list", "--json", "--db", db);
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(list.out()); // stdout is pure JSON: logs go to stderr
        assertThat(json.get(0).get("title").asText()).isEqualTo(TestFiles.SAMPLE_TITLE);

        Result version = galley("--version");
        assertThat(version.out()).startsWith("Galley ");
    }

    @Test
    void aSecondProcessUsesTheLibraryWhileThisOneHasItOpen() throws Exception {
        Path dir = tmp.resolve("shared-library");
        try (Library open = Library.openEmbedded(dir)) {
            Path seed = BASEDIR.resolve("assets/samples/content-farm-zh-hant.txt").toAbsolutePath();
            Result imported = galley("import", seed.toString(), "--db", dir.toString());
            assertThat(imported.code()).as(imported.err()).isZero();
            // this process sees what the other one wrote ...
            assertThat(open.articles().list()).extracting(ArticleSummary::title).containsExactly(TestFiles.SAMPLE_TITLE);
            // ... and the other one sees what this one writes
            new ImportService(open.articles()).importText("Council approves budget\n\nThe council voted on Tuesday.", "t");
            Result list = galley("list", "--json", "--db", dir.toString());
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(new ObjectMapper().readTree(list.out())).hasSize(2);
        }
    }

    @Test
    void theDebPackageContainsTheLauncherAndRuns() throws Exception {
        Result build = run(List.of("bash", "installer/build-linux.sh", "deb"), BASEDIR);
        assertThat(build.code()).as(build.out() + build.err()).isZero();
        Path deb;
        try (var files = Files.list(BASEDIR.resolve("target/installer"))) {
            deb = files.filter(p -> p.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Result contents = run(List.of("dpkg-deb", "-c", deb.toString()), BASEDIR);
        assertThat(contents.out()).contains("./opt/galley/bin/Galley").contains("./opt/galley/lib/app/galley.jar")
                .contains(".desktop");
        Result info = run(List.of("dpkg-deb", "-f", deb.toString(), "Depends"), BASEDIR);
        assertThat(info.out()).contains("libgtk-3-0");

        Path root = tmp.resolve("deb-root");
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), BASEDIR).code()).isZero();
        Path launcher = root.resolve("opt/galley/bin/Galley");
        // the trimmed runtime still has the extra charsets: import a Big5 file with it
        Path big5 = tmp.resolve("big5.txt");
        Files.write(big5, TestFiles.sampleText().getBytes(java.nio.charset.Charset.forName("Big5")));
        Result imported = run(List.of(launcher.toString(), "import", big5.toString(), "--db", tmp.resolve("lib").toString()),
                BASEDIR);
        assertThat(imported.code()).as(imported.err()).isZero();
        Result show = run(List.of(launcher.toString(), "show", "1", "--json", "--db", tmp.resolve("lib").toString()),
                BASEDIR);
        JsonNode article = new ObjectMapper().readTree(show.out());
        assertThat(article.get("title").asText()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(article.get("original").get("charset").asText()).isEqualTo("Big5");

        // postinst makes the class-data-sharing archive from the installed files; the launcher then uses it
        Path app = root.resolve("opt/galley");
        Result archive = run(List.of("sh", app.resolve("lib/app/galley-cds-archive.sh").toString(), app.toString()), BASEDIR);
        assertThat(archive.code()).as(archive.out() + archive.err()).isZero();
        assertThat(app.resolve("lib/app/galley.jsa")).isRegularFile();
        ProcessBuilder logged = new ProcessBuilder(launcher.toString(), "--version").directory(BASEDIR.toFile());
        logged.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:cds=info");
        logged.redirectErrorStream(true);
        Process p = logged.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(log).contains("Opened archive " + app.resolve("lib/app/galley.jsa"))
                .doesNotContain("Unable to use shared archive").contains("Galley ");
    }
}
