package app.galley;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing training (ADR 21) as the build runs it: headless it writes an archive of the
 * window's classes; with {@code --window} it also opens the window (here on Monocle's headless glass),
 * closes it by itself once usable, and the archive then holds the lambdas the window made.
 */
class CdsTrainingIT {

    private static final Path JAR = Path.of(System.getProperty("galley.jar", "target/galley.jar")).toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void headlessTrainingArchivesTheWindowsClassesButNoneOfItsLambdas() throws Exception {
        String classPath = JAR.toString();
        Path archive = train(classPath, List.of(), "cds-train");
        List<String> archived = contents(archive, classPath);
        assertThat(archived).anyMatch(c -> c.equals("app.galley.ui.app.MainWindowController"))
                .anyMatch(c -> c.equals("javafx.scene.control.skin.TableViewSkin"))
                .noneMatch(c -> c.startsWith("app.galley.ui.app.MainWindow$$Lambda"));
    }

    @Test
    void windowTrainingOpensAndClosesTheWindowAndArchivesItsLambdas() throws Exception {
        // Monocle (a test library) beside the jar: the window opens without a display
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("openjfx-monocle")).findFirst().orElseThrow();
        String classPath = JAR + File.pathSeparator + monocle;
        Path archive = train(classPath, List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true"), "cds-train", "--window");
        List<String> archived = contents(archive, classPath);
        assertThat(archived).anyMatch(c -> c.startsWith("app.galley.ui.app.MainWindow$$Lambda"))
                .anyMatch(c -> c.startsWith("app.galley.ui.library.LibraryViewModel$$Lambda"));
    }

    /** Runs the training as the pom does, in its own JVM; fails unless it ends by itself, cleanly. */
    private Path train(String classPath, List<String> jvm, String... args) throws Exception {
        Path archive = tmp.resolve("galley.jsa");
        List<String> cmd = new ArrayList<>(List.of(PackagingIT.javaBin(), "-Xlog:disable", "-Xlog:all=off",
                "-XX:ArchiveClassesAtExit=" + archive, "-Djava.util.prefs.userRoot=" + tmp.resolve("prefs")));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", classPath, "app.galley.Main"));
        cmd.addAll(List.of(args));
        PackagingIT.Result r = PackagingIT.run(cmd, tmp);
        assertThat(r.code()).as("training exit code; stderr:%n%s", r.err()).isZero();
        assertThat(r.err()).doesNotContain("could not be opened").doesNotContain("did not become usable");
        assertThat(r.out()).doesNotContain("galley: ready"); // the training's window quits without the probe's line
        assertThat(archive).isRegularFile();
        return archive;
    }

    /** The classes an archive holds, as the JVM lists them. */
    private List<String> contents(Path archive, String classPath) throws Exception {
        PackagingIT.Result r = PackagingIT.run(List.of(PackagingIT.javaBin(), "-XX:SharedArchiveFile=" + archive,
                "-XX:+PrintSharedArchiveAndExit", "-cp", classPath), tmp);
        assertThat(r.code()).as("archive check; stderr:%n%s", r.err()).isZero();
        List<String> names = new ArrayList<>();
        for (String line : r.out().split("\\R")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 2 && parts[0].matches("\\d+:")) {
                names.add(parts[1].replaceAll("/0x[0-9a-f]+$", ""));
            }
        }
        assertThat(names).as("classes listed").hasSizeGreaterThan(1000);
        return names;
    }
}
