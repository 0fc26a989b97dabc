package app.galley.bench;

import app.galley.ingest.ImportListener;
import app.galley.ingest.ImportReport;
import app.galley.ingest.ImportService;
import app.galley.store.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
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

    private static final String[] EN = ("the council said budget city school bridge mayor police voters on tuesday "
            + "residents plan money year new report officials meeting vote tax roads hospital workers union").split(" ");
    /**
     * Real copy draws on thousands of words, most of them rare (Zipf). A few dozen words made every
     * English article share shingles with hundreds of others, which no newsroom corpus does.
     */
    private static final String[] LEXICON = lexicon(20_000);
    private static final double[] ZIPF = zipf(LEXICON.length);
    private static final String ZH = "市議會今天表示預算學校橋梁市長警察選民居民計畫經費報告官員會議投票稅收道路醫院工會"
            + "上海北京科學研究中心晶元人工智慧產業投資發展政府企業技術研發合作國家";

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
                    ImportReport r = new ImportService(lib).importPaths(List.of(input), ImportListener.NONE, () -> false);
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
            String md = markdown(count, galley, floor);
            System.out.println(md);
            if (report != null) {
                Files.writeString(report, md, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                System.out.println("appended to " + report);
            }
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
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
            String title = chinese ? "第" + i + "號" + words(random, true, 8) : "Story " + i + ": " + words(random, false, 6);
            StringBuilder paras = new StringBuilder();
            for (int p = 0; p < 6; p++) {
                String para = (chinese ? words(random, true, 90) + "。" : capital(words(random, false, 60)) + ".");
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

    private static String words(Random random, boolean chinese, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (chinese) {
                sb.append(ZH.charAt(random.nextInt(ZH.length())));
            } else {
                int rank = java.util.Arrays.binarySearch(ZIPF, random.nextDouble());
                sb.append(k == 0 ? "" : " ").append(LEXICON[Math.min(LEXICON.length - 1, rank < 0 ? -rank - 1 : rank)]);
            }
        }
        return sb.toString();
    }

    /**
     * The common words first, then made-up ones of consonant-vowel syllables: a vocabulary of
     * {@code size} words whose character shingles overlap between unrelated articles about as
     * little as real copy's do (Jaccard median about 0.03 on the aeb-dev pages).
     */
    private static String[] lexicon(int size) {
        String consonants = "bcdfghjklmnprstvwyz";
        String vowels = "aeiou";
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(List.of(EN));
        Random random = new Random(4000);
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(3); k >= 0; k--) {
                w.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
                if (random.nextInt(3) == 0) {
                    w.append(consonants.charAt(random.nextInt(consonants.length())));
                }
            }
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }

    /** Cumulative Zipf probabilities for ranks 1..n. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
