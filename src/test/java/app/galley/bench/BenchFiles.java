package app.galley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the benchmarks do with files: print and append their report, clear their work folder. */
final class BenchFiles {

    private BenchFiles() {
    }

    /** Prints the Markdown report and appends it to {@code report} (when given). */
    static void report(String markdown, Path report) throws IOException {
        System.out.println(markdown);
        if (report != null) {
            Files.writeString(report, markdown, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.println("appended to " + report);
        }
    }

    /** Deletes a folder and everything in it. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
