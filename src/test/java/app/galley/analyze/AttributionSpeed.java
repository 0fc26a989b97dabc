package app.galley.analyze;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Time per article of quotation and speaker finding (issue 20), with HanLP's recogniser and without,
 * on the sample article (about 3,000 characters) in one thread, after a warm-up; and what loading the
 * recogniser costs once. A benchmark, not a test:
 *
 * <pre>mvn -B -q -Pbench -Dbench.main=app.galley.analyze.AttributionSpeed -Dbench.args=assets/samples/content-farm-zh-hant.txt test-compile exec:exec</pre>
 */
public final class AttributionSpeed {

    private static final int ROUNDS = 200;

    private AttributionSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 && !args[0].endsWith(".md") ? args[0] : "assets/samples/content-farm-zh-hant.txt");
        Path report = Arrays.stream(args).filter(a -> a.endsWith(".md")).map(Path::of).findFirst().orElse(null);
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        ChineseNer.of("预热");
        double loadMs = (System.nanoTime() - t0) / 1e6;
        double with = median(text, true);
        double without = median(text, false);
        String md = String.format(Locale.ROOT, "%n## Speaker attribution speed, %s%n%n"
                + "Quotations and speakers of the sample article (%d characters), one thread, median of %d runs after a"
                + " warm-up; Java %s, %d cores.%n%n| | ms per article |%n|---|---:|%n| with HanLP's recogniser | %.2f |%n"
                + "| without it (names by title and surname only) | %.2f |%n| loading the recogniser, once, on first use | %.0f |%n%n"
                + "Target (issue 20): under 30 ms per article with the recogniser, loaded lazily: %s.%n",
                LocalDate.now(), text.length(), ROUNDS, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), with, without, loadMs, with < 30 ? "met" : "NOT met");
        System.out.println(md);
        if (report != null) {
            Files.writeString(report, md, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static double median(String text, boolean recogniser) {
        ChineseNer.enabled = recogniser;
        try {
            for (int i = 0; i < 50; i++) {
                QuoteFinder.find(text);
            }
            double[] ms = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long t = System.nanoTime();
                QuoteFinder.find(text);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            return ms[ROUNDS / 2];
        } finally {
            ChineseNer.enabled = true;
        }
    }
}
