package app.galley.bench;

import app.galley.clean.CleanInput;
import app.galley.clean.Cleaning;
import app.galley.clean.CleaningPipeline;
import app.galley.clean.RuleSet;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Cleaning 1,000 articles of the sample's size with the default pipeline (target: under 2 s), half
 * the sample itself with its figures varied (Traditional Chinese, a content farm's header and footer),
 * half generated English wire copy of the same length with share bars and a footer. The named peer,
 * in the same run over the same texts: one OpenCC Traditional→Simplified pass with opencc4j, a single
 * dictionary-driven sweep of each text (the cost of reading every character once through a
 * dictionary, which the pipeline does several times).
 *
 * <pre>mvn -B -q -Pbench -Dbench.main=app.galley.bench.CleaningBenchmark -Dbench.args=1000 test-compile exec:exec</pre>
 */
public final class CleaningBenchmark {

    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 1000;
        Path report = args.length > 1 && !args[1].isBlank() ? Path.of(args[1]) : null;
        String sample = Files.readString(Path.of("assets/samples/content-farm-zh-hant.txt"), StandardCharsets.UTF_8);
        String body = sample.substring(sample.indexOf('\n') + 1); // as imported: the headline line is the title
        List<CleanInput> inputs = new ArrayList<>();
        Random random = new Random(7);
        long chars = 0;
        for (int i = 0; i < count; i++) {
            CleanInput in = i % 2 == 0
                    ? new CleanInput(body.replace("10億", (i + 3) + "億").replace("7.56", "7." + (i % 90 + 10)),
                    "探秘人腦超級晶元", "zh-Hant", null)
                    : new CleanInput(english(random, body.length()), "Council approves budget", "en", null);
            chars += in.text().length();
            inputs.add(in);
        }
        CleaningPipeline pipeline = RuleSet.defaults().pipeline(null);
        // warm-up: class loading, OpenCC and smartcn dictionaries, JIT
        for (int i = 0; i < Math.min(200, count); i++) {
            pipeline.run(inputs.get(i));
            ZhConverterUtil.toSimple(inputs.get(i).text());
        }
        List<Double> galley = new ArrayList<>();
        List<Double> opencc = new ArrayList<>();
        long changes = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            long n = 0;
            for (CleanInput in : inputs) {
                Cleaning c = pipeline.run(in);
                n += c.changes().size() + c.cleaned().length() % 2;
            }
            galley.add((System.nanoTime() - t0) / 1e9);
            changes = n;
            t0 = System.nanoTime();
            long sink = 0;
            for (CleanInput in : inputs) {
                sink += ZhConverterUtil.toSimple(in.text()).length();
            }
            opencc.add((System.nanoTime() - t0) / 1e9);
            if (sink == 42) {
                System.out.println();
            }
        }
        galley.sort(Double::compare);
        opencc.sort(Double::compare);
        double g = galley.get(ROUNDS / 2);
        double o = opencc.get(ROUNDS / 2);
        String md = String.format(Locale.ROOT, "%n## Cleaning, %s%n%n%d articles of the sample's size (half the sample"
                        + " with its figures varied, half generated English wire copy with share bars; %,d characters in"
                        + " all), the default pipeline, median of %d passes after a warm-up; %s, %d cores, Java %s.%n%n"
                        + "| | seconds for all | articles/s |%n|---|---:|---:|%n"
                        + "| Galley default pipeline (%,d changes proposed) | %.2f | %,.0f |%n"
                        + "| peer: opencc4j Traditional→Simplified, one pass | %.2f | %,.0f |%n%n"
                        + "Target: under 2 s for 1,000 articles: %s.%n",
                LocalDate.now(), count, chars, ROUNDS, System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                changes, g, count / g, o, count / o, g < 2.0 * count / 1000 ? "met" : "NOT met");
        BenchFiles.report(md, report);
    }

    /** English wire copy of about {@code length} characters, with a share bar and a footer. */
    private static String english(Random random, int length) {
        StringBuilder sb = new StringBuilder("Home > World > Asia\n\nShare this article\n\n");
        while (sb.length() < length - 200) {
            sb.append(GeneratedText.capital(GeneratedText.words(random, false, 25 + random.nextInt(20)))).append(", \"")
                    .append(GeneratedText.words(random, false, 8)).append(",\" said the mayor at 14:30.\n\n");
            if (random.nextInt(6) == 0) {
                sb.append("Advertisement\n\n");
            }
        }
        return sb.append("Read more:\nStorm hits coast\n\nSign up for our newsletter\n© 2026 Wire. All rights reserved.")
                .toString();
    }
}
