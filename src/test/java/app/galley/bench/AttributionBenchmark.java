package app.galley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Metadata lines and speakers (issue 20), measured on Galley's own fixture set of articles written
 * for it ({@code src/test/resources/attribution}: a half the rules were tuned on, a half held out),
 * through the packaged command line exactly as a user runs it ({@code galley clean --jsonl},
 * {@code galley quotes --jsonl}), for Galley now and for an earlier build in the same run:
 *
 * <pre>mvn -B -q package -DskipTests
 * git worktree add /tmp/galley-baseline pre-issue-20 &amp;&amp; (cd /tmp/galley-baseline &amp;&amp; mvn -B -q package -DskipTests)
 * mvn -B -q -Pbench -Dbench.main=app.galley.bench.AttributionBenchmark \
 *     -Dbench.args="target/galley.jar /tmp/galley-baseline/target/galley.jar" test-compile exec:exec</pre>
 */
public final class AttributionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src", "test", "resources", "attribution");

    private AttributionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> words = new ArrayList<>();
        for (String a : args) {
            words.addAll(List.of(a.trim().split("\\s+")));
        }
        Path report = words.stream().filter(w -> w.endsWith(".md")).map(Path::of).findFirst().orElse(null);
        List<Path> jars = words.stream().filter(w -> w.endsWith(".jar")).map(Path::of).toList();
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("name the jars to compare: the new one first");
        }
        StringBuilder md = new StringBuilder("\n## Metadata lines and speakers, " + LocalDate.now() + "\n\n");
        md.append("Galley's own fixture set (`src/test/resources/attribution`, articles written for it: content-farm"
                + " reposts, portal copy, wire and blog copy, in Traditional and Simplified Chinese and English, two of"
                + " them in Big5 and GB18030), through `galley clean --jsonl` and `galley quotes --jsonl`.\n");
        for (String half : List.of("tune", "held-out")) {
            md.append("\n### ").append(half.equals("tune") ? "The half the rules were tuned on" : "The held-out half")
                    .append("\n\n| Build | Articles | Title | Language | Source | Byline | Date | Body F1 | Quotation recall |"
                            + " Quotation precision | Speakers right |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Path jar : jars) {
                List<AttributionScore.Result> results = run(jar, FIXTURES.resolve(half));
                md.append(row(jar, results));
                if (half.equals("tune")) { // the held-out half is scored, never read: its misses stay unprinted
                    System.out.println("== " + jar + " " + half);
                    for (AttributionScore.Result r : results) {
                        r.misses().forEach(m -> System.out.println("  " + r.name() + ": " + m));
                    }
                }
            }
        }
        System.out.println(md);
        if (report != null) {
            Files.writeString(report, md, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** Runs one build's {@code clean} and {@code quotes} on every fixture of a half and scores them. */
    static List<AttributionScore.Result> run(Path jar, Path dir) throws IOException, InterruptedException {
        Map<String, JsonNode> truths = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path t : files.filter(p -> p.toString().endsWith(".truth.json")).sorted().toList()) {
                JsonNode truth = JSON.readTree(t.toFile());
                truths.put(dir.resolve(truth.get("file").asText()).toString(), truth);
            }
        }
        Map<String, JsonNode> cleaned = lines(jar, "clean", truths.keySet());
        Map<String, JsonNode> quotes = lines(jar, "quotes", truths.keySet());
        List<AttributionScore.Result> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truths.entrySet()) {
            String name = Path.of(e.getKey()).getFileName().toString();
            JsonNode c = cleaned.get(name);
            out.add(AttributionScore.score(name, e.getValue(), c == null ? JSON.createObjectNode() : c, quotes.get(name)));
        }
        return out;
    }

    /** The command's {@code --jsonl} objects, by file name. */
    private static Map<String, JsonNode> lines(Path jar, String command, Iterable<String> files)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), command, "--jsonl"));
        files.forEach(cmd::add);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        for (String line : out.split("\\R")) {
            if (line.startsWith("{")) {
                JsonNode n = JSON.readTree(line);
                byFile.put(Path.of(n.get("file").asText()).getFileName().toString(), n);
            }
        }
        return byFile;
    }

    private static String row(Path jar, List<AttributionScore.Result> results) {
        int n = results.size();
        int[] fields = new int[AttributionScore.FIELDS.size()];
        double f1 = 0;
        int truth = 0;
        int recalled = 0;
        int found = 0;
        int precise = 0;
        int speakers = 0;
        for (AttributionScore.Result r : results) {
            for (int i = 0; i < fields.length; i++) {
                fields[i] += r.fieldsRight()[i] ? 1 : 0;
            }
            f1 += r.bodyF1();
            truth += r.truthQuotes();
            recalled += r.recalled();
            found += r.foundQuotes();
            precise += r.precise();
            speakers += r.speakersRight();
        }
        StringBuilder sb = new StringBuilder("| ").append(jar).append(" | ").append(n);
        for (int f : fields) {
            sb.append(" | ").append(String.format(Locale.ROOT, "%d %%", Math.round(100.0 * f / n)));
        }
        sb.append(String.format(Locale.ROOT, " | %.3f | %.3f (%d of %d) | %.3f (%d of %d) | %.3f (%d of %d) |%n", f1 / n,
                ratio(recalled, truth), recalled, truth, ratio(precise, found), precise, found,
                ratio(speakers, recalled), speakers, recalled));
        return sb.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
