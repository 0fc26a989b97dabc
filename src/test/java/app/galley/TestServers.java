package app.galley;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/** The project's scripts that start real servers for the tests (src/test/scripts), each in a folder of its own. */
public final class TestServers {

    private TestServers() {
    }

    /** Runs {@code src/test/scripts/SCRIPT COMMAND FOLDER}, failing with its output when it fails or takes two minutes. */
    public static void script(String script, String command, Path folder) throws IOException, InterruptedException {
        Path file = Path.of(System.getProperty("galley.basedir", "."), "src/test/scripts", script);
        Process p = new ProcessBuilder("bash", file.toString(), command, folder.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(script + " " + command + " failed: " + out);
        }
    }

    /** Removes a server's folder and everything in it. */
    public static void remove(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
