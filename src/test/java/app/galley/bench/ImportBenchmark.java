package app.galley.bench;

import app.galley.service.Services;
import app.galley.ingest.ImportListener;
import app.galley.ingest.ImportReport;
import app.galley.store.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Bulk import: 10,000 generated articles (half HTML pages, half plain text; half Chinese, half
 * English) into a fresh library through the whole import path (decoding, extraction, metadata,
 * exact and near-duplicate checks, storage). The named peer is the floor under it: the same files'
 * bytes inserted into an H2 file database with plain JDBC, one transaction each, nothing parsed.
 *
 * <pre>mvn -B -q -Pbench -Dbench.main=app.galley.bench.ImportBenchmark -Dbench.args=10000 test-compile exec:exec</pre>
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        // arguments: [COUNT] [REPORT.md] (the Maven profile passes its bench.args, then the report)
        int count = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 10_000;
        Path report = args.length > 1 && !args[1].isBlank() ? Path.of(args[1]) : null;
        Path work = Files.createTempDirectory("galley-import-bench");
        try {
            Path input = work.resolve("articles");
            generate(input, count);
            System.out.printf("%d articles generated in %s%n", count, input);

            Result galley = measure("Galley import (full path)", () -> {
                try (Library lib = Library.openEmbedded(work.resolve("library"))) {
                    ImportReport r = Services.of(lib).imports().importPaths(List.of(input), ImportListener.NONE, () -> false);
                    if (r.imported().size() + r.reposts().size() != count) {
                        throw new IllegalStateException("imported " + r.imported().size() + " + reposts "
                                + r.reposts().size() + " of " + count + "; failures " + r.failures().size()
                                + (r.failures().isEmpty() ? "" : ": " + r.failures().get(0).message()));
                    }
                }
            }, count);
            Result floor = measure("H2 insert floor (plain JDBC)", () -> rawInsert(input, work.resolve("raw")), count);
            for (Result r : List.of(galley, floor)) {
                System.out.printf(Locale.ROOT, "%-32s %.0f articles/s  peak heap %d MB%n", r.name(), r.rate(), r.peakMb());
            }
            BenchFiles.report(markdown(count, galley, floor), report);
        } finally {
            BenchFiles.delete(work);
        }
    }

    record Result(String name, double rate, long peakMb) {
    }

    interface Work {
        void run() throws Exception;
    }

    static Result measure(String name, Work work, int count) throws Exception {
        double seconds;
        long peak;
        try (HeapSampler heap = new HeapSampler()) {
            long start = System.nanoTime();
            work.run();
            seconds = (System.nanoTime() - start) / 1e9;
            peak = heap.peakBytes();
        }
        return new Result(name, count / seconds, peak / (1024 * 1024));
    }

    static void generate(Path dir, int count) throws IOException {
        Random random = new Random(20261128);
        for (int i = 0; i < count; i++) {
            boolean chinese = i % 2 == 0;
            boolean html = (i / 2) % 2 == 0;
            String title = chinese ? "第" + i + "號" + GeneratedText.words(random, true, 8) : "Story " + i + ": " + GeneratedText.words(random, false, 6);
            StringBuilder paras = new StringBuilder();
            for (int p = 0; p < 6; p++) {
                String para = (chinese ? GeneratedText.words(random, true, 90) + "。" : GeneratedText.capital(GeneratedText.words(random, false, 60)) + ".");
                paras.append(html ? "<p>" + para + "</p>\n" : para + "\n\n");
            }
            Path sub = dir.resolve(String.format("%02d", i % 50));
            Files.createDirectories(sub);
            if (html) {
                Files.writeString(sub.resolve(i + ".html"), "<!doctype html><html lang=\"" + (chinese ? "zh-Hant" : "en")
                        + "\"><head><meta charset=\"utf-8\"><title>" + title + " | Daily</title></head><body>"
                        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + title + "</h1>"
                        + paras + "</article><footer>© Daily</footer></body></html>", StandardCharsets.UTF_8);
            } else {
                Files.writeString(sub.resolve(i + ".txt"), title + "\n\n" + paras, StandardCharsets.UTF_8);
            }
        }
    }

    static void rawInsert(Path input, Path db) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.resolve("raw") + ";AUTO_SERVER=TRUE", "sa", "");
             Stream<Path> files = Files.walk(input)) {
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE doc (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " name VARCHAR(1000), content VARCHAR(10000000))");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc (name, content) VALUES (?, ?)")) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    c.setAutoCommit(false);
                    ps.setString(1, f.getFileName().toString());
                    ps.setString(2, Files.readString(f));
                    ps.executeUpdate();
                    c.commit();
                }
            }
        }
    }

    static String markdown(int count, Result galley, Result floor) {
        return String.format(Locale.ROOT, "%n## Bulk import, %s%n%n%d generated articles (half HTML, half text; half"
                        + " Chinese, half English) into a fresh library. Machine: %s. Max heap %d MB.%n%n"
                        + "| Import | Articles/s | Peak heap (MB) |%n|---|---:|---:|%n| %s | %.0f | %d |%n| %s | %.0f | %d |%n%n"
                        + "Target: at least 300 articles/s with extraction (%s).%n",
                LocalDate.now(), count, ExtractionBenchmark.machine(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                galley.name(), galley.rate(), galley.peakMb(), floor.name(), floor.rate(), floor.peakMb(),
                galley.rate() >= 300 ? "met" : "NOT met");
    }
}
