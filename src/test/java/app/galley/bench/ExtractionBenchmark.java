package app.galley.bench;

import app.galley.ingest.CharsetDetection;
import app.galley.ingest.extract.ArticleExtractor;
import app.galley.ingest.extract.ShingleMetric;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The extraction benchmark: Galley against Readability4J and plain jsoup on the shared aeb-dev pages,
 * in one run. Quality by the benchmark's shingle metric, speed after a warm-up pass, peak heap
 * sampled while each extractor runs, and the 10 MB page in a 256 MB heap. Appends to BENCHMARKS.md.
 *
 * <pre>mvn -B -q -Pbench test-compile exec:exec</pre>
 */
public final class ExtractionBenchmark {

    /** Passes over all pages before timing, so the JIT has compiled each extractor's code. */
    static final int WARM_UP_PASSES = 10;
    static final int TIMED_PASSES = 9;

    record Page(String id, String url, String html, String truth) {
    }

    record Row(String name, ShingleMetric.Summary quality, double pagesPerSecond, long peakHeapMb,
               List<String> worst) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/aeb-dev");
        Path report = args.length > 1 ? Path.of(args[1]) : null;
        List<Page> pages = load(dir);
        System.out.printf("%d pages from %s%n", pages.size(), dir);

        List<Peers.Extractor> extractors = Peers.all();
        List<Row> rows = measureAll(extractors, pages, ShingleMetric::page);
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%-32s F1 %.4f  P %.4f  R %.4f  acc %.3f  %.1f pages/s  peak heap %d MB%n",
                    r.name(), r.quality().f1(), r.quality().precision(), r.quality().recall(), r.quality().accuracy(),
                    r.pagesPerSecond(), r.peakHeapMb());
        }
        System.out.println("Galley's weakest pages (for developers; never tune to one site):");
        rows.get(0).worst().forEach(System.out::println);
        String bigPage = bigPageInSmallHeap();
        System.out.println("10 MB page with -Xmx256m: " + bigPage);
        String markdown = markdown(rows, bigPage, dir, pages.size());
        System.out.println(markdown);
        if (report != null) {
            if (!Files.exists(report)) {
                Files.writeString(report, "# Benchmarks\n\nResults appended by the benchmark runs; newest last."
                        + " See the README for how to reproduce them.\n");
            }
            Files.writeString(report, markdown, StandardOpenOption.APPEND);
            System.out.println("appended to " + report);
        }
        Path zh = dir.toAbsolutePath().resolveSibling("zh-dev");
        if (Files.isDirectory(zh)) { // the Chinese half (issue 19), same extractors, same run
            String zhMarkdown = ChineseExtraction.run(zh, extractors);
            System.out.println(zhMarkdown);
            if (report != null) {
                Files.writeString(report, zhMarkdown, StandardOpenOption.APPEND);
            }
        }
    }

    static List<Page> load(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truths(dir)) {
            pages.add(new Page(e.getKey(), e.getValue().get("url").asText(), html(dir, e.getKey()),
                    e.getValue().get("articleBody").asText()));
        }
        return pages;
    }

    /**
     * Warms every extractor up, scores it, then times them in turns (one pass each, round after round)
     * so that noise on the machine falls on all of them alike; speed is from each one's median pass.
     */
    /** The set's truths, page id to its fields, in the file's order. */
    static List<Map.Entry<String, JsonNode>> truths(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        truth.fields().forEachRemaining(out::add);
        return out;
    }

    /** A page of the set, decoded: every extractor gets the same text (the charset step is not compared). */
    static String html(Path dir, String id) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + id + ".html.gz")))) {
            bytes = in.readAllBytes();
        }
        return CharsetDetection.decode(bytes, ArticleExtractor.declaredCharset(bytes), true).text();
    }

    static List<Row> measureAll(List<Peers.Extractor> extractors, List<Page> pages,
                                java.util.function.BiFunction<String, String, ShingleMetric.PageScore> metric)
            throws InterruptedException {
        int n = extractors.size();
        List<List<ShingleMetric.PageScore>> scores = new ArrayList<>();
        List<List<String>> perPage = new ArrayList<>();
        for (Peers.Extractor x : extractors) {
            for (int pass = 0; pass < WARM_UP_PASSES - 1; pass++) {
                runPass(x, pages);
            }
            List<ShingleMetric.PageScore> s = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (Page p : pages) { // last warm-up pass, also the quality pass
                String text;
                try {
                    text = x.text(p.html(), p.url());
                } catch (RuntimeException e) {
                    text = "";
                }
                ShingleMetric.PageScore score = metric.apply(p.truth(), text);
                s.add(score);
                lines.add(String.format(Locale.ROOT, "  P %.3f R %.3f  %s  %s", score.precision(), score.recall(),
                        p.id().substring(0, 8), p.url()));
            }
            lines.sort(null);
            scores.add(s);
            perPage.add(lines);
        }
        long[][] passNanos = new long[n][TIMED_PASSES];
        long[] peaks = new long[n];
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            for (int k = 0; k < n; k++) {
                Thread.sleep(100);
                try (HeapSampler heap = new HeapSampler()) {
                    long start = System.nanoTime();
                    runPass(extractors.get(k), pages);
                    passNanos[k][pass] = System.nanoTime() - start;
                    peaks[k] = Math.max(peaks[k], heap.peakBytes());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            long[] sorted = passNanos[k].clone();
            java.util.Arrays.sort(sorted);
            double median = sorted[sorted.length / 2] / 1e9;
            rows.add(new Row(extractors.get(k).name(), ShingleMetric.summarise(scores.get(k)), pages.size() / median,
                    peaks[k] / (1024 * 1024), perPage.get(k).subList(0, Math.min(10, perPage.get(k).size()))));
        }
        return rows;
    }

    private static long runPass(Peers.Extractor x, List<Page> pages) {
        long sink = 0;
        for (Page p : pages) {
            try {
                sink += x.text(p.html(), p.url()).length();
            } catch (RuntimeException e) {
                sink--;
            }
        }
        return sink;
    }

    static String bigPageInSmallHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                BigPageCheck.class.getName());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return "timed out";
        }
        String last = out.lines().reduce((a, b) -> b).orElse("");
        return (p.exitValue() == 0 ? "passed: " : "FAILED (exit " + p.exitValue() + "): ") + last;
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // not Linux
        }
        long memGb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024L * 1024 * 1024);
        return String.format(Locale.ROOT, "%s, %d cores, %d GB RAM, %s %s, Java %s (%s)", cpu,
                Runtime.getRuntime().availableProcessors(), memGb, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    static String markdown(List<Row> rows, String bigPage, Path dir, int pages) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n## Article extraction, ").append(LocalDate.now()).append("\n\n");
        sb.append("Pages: ").append(pages).append(" (").append(dir.getFileName()).append(", the shared development half). ")
                .append("Machine: ").append(machine()).append(". Max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB.\n\n");
        sb.append("| Extractor | F1 | Precision | Recall | Accuracy | Pages/s (median of " + TIMED_PASSES
                + " timed passes, taken in turns) | Peak heap (MB) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.3f | %.1f | %d |%n", r.name(),
                    r.quality().f1(), r.quality().precision(), r.quality().recall(), r.quality().accuracy(),
                    r.pagesPerSecond(), r.peakHeapMb()));
        }
        Row galley = rows.get(0);
        Row readability = rows.get(1);
        sb.append(String.format(Locale.ROOT, "%nTargets: F1 ≥ 0.970 (%s; issue 19: no loss on English), precision ≥ 0.95 (%s), throughput ≥ 2× "
                        + "Readability4J (%.2f×, %s). 10 MB page in a 256 MB heap: %s.%n",
                galley.quality().f1() >= 0.970 ? "met" : "NOT met",
                galley.quality().precision() >= 0.95 ? "met" : "NOT met",
                galley.pagesPerSecond() / readability.pagesPerSecond(),
                galley.pagesPerSecond() >= 2 * readability.pagesPerSecond() ? "met" : "NOT met", bigPage));
        return sb.toString();
    }
}
