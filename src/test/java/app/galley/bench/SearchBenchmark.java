package app.galley.bench;

import app.galley.search.SearchService;
import app.galley.store.GeneratedLibrary;
import app.galley.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Search in a large library: N generated articles shaped like the sample ({@link NewsCopy}: half
 * Chinese, in Traditional and Simplified, half English, with punctuation and attributed quotations), the index built from the database (rate, size, peak heap), then 200 fixed queries (Chinese
 * words and fragments in both scripts, English words, phrases, field queries) timed one by one,
 * p50 and p95. The named peer, in the same run on the same rows and the plain-word queries: H2's own
 * full-text search ({@code FT_CREATE_INDEX}, {@code FT_SEARCH}).
 *
 * <pre>mvn -B -q -Pbench -Dbench.main=app.galley.bench.SearchBenchmark -Dbench.args=100000 test-compile exec:exec</pre>
 */
public final class SearchBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 100_000;
        Path work = Files.createTempDirectory("galley-search-bench");
        Path libDir = work.resolve("library");
        try (Library lib = Library.openEmbedded(libDir)) {
            // the peer's own connection (H2's full-text functions need the administrator's rights)
            String url = "jdbc:h2:file:" + libDir.resolve(Library.DB_NAME) + ";AUTO_SERVER=TRUE";
            long t0 = System.nanoTime();
            GeneratedLibrary.fill(lib, count, i -> {
                boolean chinese = i % 2 == 0;
                NewsCopy.Article a = NewsCopy.article(new Random(7_919L * i), chinese, i % 4 == 2);
                return new GeneratedLibrary.Row(a.title(), i % 3 == 0 ? "第一財經" : "Reuters",
                        chinese ? (i % 4 == 0 ? "zh-Hant" : "zh-Hans") : "en", "INBOX", a.body());
            });
            System.out.printf(Locale.ROOT, "%d articles stored in %.0f s%n", count, (System.nanoTime() - t0) / 1e9);

            Path indexDir = work.resolve("index");
            long build;
            long peak;
            SearchService search;
            try (HeapSampler heap = new HeapSampler()) {
                long s = System.nanoTime();
                search = SearchService.open(lib, indexDir);
                build = System.nanoTime() - s;
                peak = heap.peakBytes();
            }
            long size;
            try (Stream<Path> files = Files.walk(indexDir)) {
                size = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            List<String> queries = queries();
            // the first pass runs on a cold JVM (just after the build); the second is the app in use
            List<Double> cold = time(search, queries);
            List<Double> ours = time(search, queries);
            long hitsOurs = 0;
            for (String q : queries) {
                hitsOurs += search.search(q, 20).total() > 0 ? 1 : 0;
            }
            search.close();

            // the peer: H2's native full-text index on the same table, plain-word queries only
            List<Double> theirs = new ArrayList<>();
            long hitsTheirs = 0;
            double peerBuild;
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
                st.execute("CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init'");
                st.execute("CALL FT_INIT()");
                long s = System.nanoTime();
                st.execute("CALL FT_CREATE_INDEX('PUBLIC', 'ARTICLE', 'TITLE,BODY')");
                peerBuild = (System.nanoTime() - s) / 1e9;
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM FT_SEARCH(?, 20, 0)")) {
                    int plain = 0;
                    for (String q : queries) {
                        if (q.contains(":") || q.contains("\"")) {
                            continue;
                        }
                        plain++;
                        ps.setString(1, q);
                        long t = System.nanoTime();
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            hitsTheirs += rs.getInt(1) > 0 ? 1 : 0;
                        }
                        theirs.add((System.nanoTime() - t) / 1e6);
                    }
                    System.out.println(plain + " plain-word queries for the peer");
                }
            }
            String report = String.format(Locale.ROOT, "articles %d; index build %.1f s (%.0f articles/s), index %.0f MB,"
                            + " peak heap %.0f MB; 200 queries (first pass: p50 %.2f ms, p95 %.2f ms) again: p50 %.2f ms, p95 %.2f ms,"
                            + " %d with hits."
                            + " H2 FT_SEARCH: index build %.1f s; %d plain-word queries: p50 %.2f ms, p95 %.2f ms, %d with hits",
                    count, build / 1e9, count / (build / 1e9), size / 1e6, peak / 1e6, pct(cold, 50), pct(cold, 95),
                    pct(ours, 50), pct(ours, 95),
                    hitsOurs, peerBuild, theirs.size(), pct(theirs, 50), pct(theirs, 95), hitsTheirs);
            System.out.println(report);
        } finally {
            BenchFiles.delete(work);
        }
    }

    private static List<Double> time(SearchService search, List<String> queries) {
        List<Double> ms = new ArrayList<>();
        for (String q : queries) {
            long s = System.nanoTime();
            search.search(q, 20);
            ms.add((System.nanoTime() - s) / 1e6);
        }
        return ms;
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Rows written straight into the library's table, in batches (the import path is measured elsewhere). */
    /** 200 fixed queries: Chinese words and fragments in both scripts, English words, phrases, fields. */
    static List<String> queries() {
        String[] zh = {"科學", "科学", "研究中心", "人工智慧", "晶元", "投資", "投资", "產業", "产业", "政府", "企業", "技術",
            "技术", "發展", "发展", "上海", "北京", "市長", "市长", "預算", "预算", "學校", "学校", "醫院", "医院"};
        String[] en = {"council", "budget", "mayor", "school", "bridge", "police", "voters", "residents", "report",
            "officials", "hospital", "workers", "union", "roads", "meeting"};
        List<String> q = new ArrayList<>();
        Random r = new Random(2026);
        while (q.size() < 60) {
            q.add(zh[r.nextInt(zh.length)]);
        }
        while (q.size() < 100) {
            q.add(zh[r.nextInt(zh.length)] + " " + zh[r.nextInt(zh.length)]);
        }
        while (q.size() < 150) {
            q.add(en[r.nextInt(en.length)] + (r.nextBoolean() ? " " + en[r.nextInt(en.length)] : ""));
        }
        while (q.size() < 175) {
            q.add("\"" + en[r.nextInt(en.length)] + " " + en[r.nextInt(en.length)] + "\"");
        }
        while (q.size() < 200) {
            q.add(switch (q.size() % 4) {
                case 0 -> "lang:en " + en[r.nextInt(en.length)];
                case 1 -> "source:第一財經 " + zh[r.nextInt(zh.length)];
                case 2 -> "published:2026-06 " + en[r.nextInt(en.length)];
                default -> "title:" + zh[r.nextInt(zh.length)];
            });
        }
        return q;
    }
}
