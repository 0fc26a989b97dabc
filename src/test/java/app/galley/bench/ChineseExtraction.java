package app.galley.bench;

import app.galley.ingest.extract.ArticleExtractor;
import app.galley.ingest.extract.Extraction;
import app.galley.text.Folding;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese half of the extraction benchmark (issue 19): the zh-dev pages with their body, byline
 * and date truth, and the README's rules for bylines (names alike after folding script and width)
 * and dates (the day, or the month or year where that is all the truth gives).
 */
final class ChineseExtraction {

    /** A page with its truth; {@code author} and {@code date} null where the page has none. */
    record Page(String id, String url, String html, String body, String author, String date) {
        ExtractionBenchmark.Page asBodyPage() {
            return new ExtractionBenchmark.Page(id, url, html, body);
        }
    }

    /** How many bylines and dates an extractor got right, of the pages that have them. */
    record Fields(int bylinesRight, int bylines, int datesRight, int dates, List<String> misses) {
    }

    /** A byline and a date as an extractor gives them (either may be null). */
    record Found(String byline, Instant date) {
    }

    private static final Pattern TRUTH_DATE = Pattern.compile("(\\d{4})(?:\\D+(\\d{1,2})(?:\\D+(\\d{1,2}))?)?");
    /** Chinese pages' dates are local to China: a time-stamped date is read in its zone. */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private ChineseExtraction() {
    }

    static List<Page> load(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : ExtractionBenchmark.truths(dir)) {
            JsonNode v = e.getValue();
            pages.add(new Page(e.getKey(), text(v, "url"), ExtractionBenchmark.html(dir, e.getKey()),
                    v.get("articleBody").asText(), text(v, "author"), text(v, "date")));
        }
        return pages;
    }

    private static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    static List<ExtractionBenchmark.Page> bodies(List<Page> pages) {
        return pages.stream().map(Page::asBodyPage).toList();
    }

    /** Scores an extractor's bylines and dates; {@code dates} false for one that finds none. */
    static Fields fields(List<Page> pages, Function<Page, Found> extractor, boolean dates) {
        int br = 0;
        int bn = 0;
        int dr = 0;
        int dn = 0;
        List<String> misses = new ArrayList<>();
        for (Page p : pages) {
            Found f;
            try {
                f = extractor.apply(p);
            } catch (RuntimeException e) {
                f = new Found(null, null);
            }
            if (p.author() != null) {
                bn++;
                if (bylineRight(p.author(), f.byline())) {
                    br++;
                } else {
                    misses.add("  byline " + p.id().substring(0, 8) + ": truth " + p.author() + ", found " + f.byline());
                }
            }
            if (dates && p.date() != null) {
                dn++;
                if (dateRight(p.date(), f.date())) {
                    dr++;
                } else {
                    misses.add("  date   " + p.id().substring(0, 8) + ": truth " + p.date() + ", found " + f.date());
                }
            }
        }
        return new Fields(br, bn, dr, dn, misses);
    }

    static Found galley(ArticleExtractor x, Page p) {
        Extraction e = x.extract(p.html(), p.url());
        return new Found(e.byline(), e.published());
    }

    /** The truth's names (separated by spaces or 、) are the byline's, in any order, after folding. */
    static boolean bylineRight(String truth, String found) {
        if (found == null || found.isBlank()) {
            return false;
        }
        String folded = Folding.CONTENT.fold(found);
        List<String> names = List.of(truth.strip().split("[\\s、]+"));
        return permutations(names).stream().anyMatch(order -> Folding.CONTENT.fold(String.join("", order)).equals(folded));
    }

    private static List<List<String>> permutations(List<String> names) {
        if (names.size() <= 1) {
            return List.of(names);
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<String> rest = new ArrayList<>(names);
            String first = rest.remove(i);
            for (List<String> tail : permutations(rest)) {
                List<String> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                out.add(order);
            }
        }
        return out;
    }

    /** The found date falls on the truth's day (or in its month or year, where that is all it gives). */
    static boolean dateRight(String truth, Instant found) {
        Matcher m = TRUTH_DATE.matcher(truth);
        if (found == null || !m.find()) {
            return false;
        }
        LocalDate day = found.atOffset(CHINA).toLocalDate();
        if (day.getYear() != Integer.parseInt(m.group(1))) {
            return false;
        }
        if (m.group(2) != null && day.getMonthValue() != Integer.parseInt(m.group(2))) {
            return false;
        }
        return m.group(3) == null || day.getDayOfMonth() == Integer.parseInt(m.group(3));
    }
    /** Quality only, per page, for development: {@code ChineseExtraction [DIR]} (no timing, nothing written). */
    public static void main(String[] args) throws IOException {
        List<Page> pages = load(Path.of(args.length > 0 ? args[0] : "../shared/eval/zh-dev"));
        ArticleExtractor x = new ArticleExtractor();
        List<app.galley.ingest.extract.ShingleMetric.PageScore> scores = new ArrayList<>();
        for (Page p : pages) {
            String text = x.extract(p.html(), p.url()).text();
            var s = app.galley.ingest.extract.ShingleMetric.pageByCharacters(p.body(), text);
            scores.add(s);
            System.out.printf(java.util.Locale.ROOT, "P %.3f R %.3f  %s  %d chars  %s%n", s.precision(), s.recall(),
                    p.id().substring(0, 8), text.length(), p.url());
        }
        var sum = app.galley.ingest.extract.ShingleMetric.summarise(scores);
        System.out.printf(java.util.Locale.ROOT, "F1 %.4f  P %.4f  R %.4f%n", sum.f1(), sum.precision(), sum.recall());
        Fields f = fields(pages, p -> galley(x, p), true);
        System.out.printf("bylines %d of %d, dates %d of %d%n", f.bylinesRight(), f.bylines(), f.datesRight(), f.dates());
        f.misses().forEach(System.out::println);
        Path aeb = Path.of(args.length > 1 && !args[1].isBlank() && !args[1].endsWith(".md") ? args[1] : "../shared/eval/aeb-dev");
        if (Files.isDirectory(aeb)) { // no loss on English
            List<app.galley.ingest.extract.ShingleMetric.PageScore> en = new ArrayList<>();
            for (ExtractionBenchmark.Page p : ExtractionBenchmark.load(aeb)) {
                var sc = app.galley.ingest.extract.ShingleMetric.page(p.truth(), x.extract(p.html(), p.url()).text());
                en.add(sc);
                if (System.getenv("AEB_PAGES") != null) {
                    System.out.printf(java.util.Locale.ROOT, "aeb %s P %.3f R %.3f%n", p.id().substring(0, 8), sc.precision(), sc.recall());
                }
            }
            var e = app.galley.ingest.extract.ShingleMetric.summarise(en);
            System.out.printf(java.util.Locale.ROOT, "aeb-dev F1 %.4f  P %.4f  R %.4f%n", e.f1(), e.precision(), e.recall());
        }
    }

    /** Runs the Chinese set: body quality and speed of every extractor, bylines and dates; Markdown. */
    static String run(Path dir, List<Peers.Extractor> extractors) throws IOException, InterruptedException {
        List<Page> pages = load(dir);
        System.out.printf("%d Chinese pages from %s%n", pages.size(), dir);
        List<ExtractionBenchmark.Row> rows = ExtractionBenchmark.measureAll(extractors, bodies(pages),
                app.galley.ingest.extract.ShingleMetric::pageByCharacters);
        ArticleExtractor galley = new ArticleExtractor();
        Fields ours = fields(pages, p -> galley(galley, p), true);
        Fields readability = fields(pages, p -> new Found(
                new net.dankito.readability4j.extended.Readability4JExtended(p.url() == null ? "" : p.url(), p.html())
                        .parse().getByline(), null), false);
        for (ExtractionBenchmark.Row r : rows) {
            System.out.printf(java.util.Locale.ROOT, "%-32s F1 %.4f  P %.4f  R %.4f  %.1f pages/s%n", r.name(),
                    r.quality().f1(), r.quality().precision(), r.quality().recall(), r.pagesPerSecond());
        }
        System.out.println("Galley's weakest Chinese pages (for developers; never tune to one site):");
        rows.get(0).worst().forEach(System.out::println);
        ours.misses().forEach(System.out::println);
        return markdown(rows, ours, readability, pages.size());
    }

    private static String markdown(List<ExtractionBenchmark.Row> rows, Fields ours, Fields readability, int pages) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n## Article extraction on Chinese pages, ").append(LocalDate.now()).append("\n\n");
        sb.append("Pages: ").append(pages).append(" (zh-dev, the shared development half; metric: shingles of four")
                .append(" characters). Machine: ").append(ExtractionBenchmark.machine()).append(".\n\n");
        sb.append("| Extractor | F1 | Precision | Recall | Pages/s (median of ").append(ExtractionBenchmark.TIMED_PASSES)
                .append(" timed passes, taken in turns) | Bylines right | Dates right |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < rows.size(); i++) {
            ExtractionBenchmark.Row r = rows.get(i);
            String bylines = i == 0 ? share(ours.bylinesRight(), ours.bylines())
                    : i == 1 ? share(readability.bylinesRight(), readability.bylines()) : "—";
            String dates = i == 0 ? share(ours.datesRight(), ours.dates()) : "—";
            sb.append(String.format(java.util.Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.1f | %s | %s |%n", r.name(),
                    r.quality().f1(), r.quality().precision(), r.quality().recall(), r.pagesPerSecond(), bylines, dates));
        }
        sb.append("| readability-lxml 0.8.1 (published, this half) | 0.931 | | | | | |\n");
        sb.append("| Readability.js 0.6.0 (published, this half) | 0.917 | | | | | |\n");
        sb.append("| trafilatura (published, this half) | 0.877 | | | | | |\n");
        ExtractionBenchmark.Row g = rows.get(0);
        double bylineShare = ours.bylines() == 0 ? 0 : (double) ours.bylinesRight() / ours.bylines();
        double dateShare = ours.dates() == 0 ? 0 : (double) ours.datesRight() / ours.dates();
        sb.append(String.format(java.util.Locale.ROOT, "%nTargets (issue 19): F1 ≥ 0.955 (%s), bylines ≥ 85 %% (%s), "
                        + "dates ≥ 90 %% (%s).%n",
                g.quality().f1() >= 0.955 ? "met" : "NOT met", bylineShare >= 0.85 ? "met" : "NOT met",
                dateShare >= 0.90 ? "met" : "NOT met"));
        return sb.toString();
    }

    private static String share(int right, int of) {
        return right + " of " + of;
    }
}
