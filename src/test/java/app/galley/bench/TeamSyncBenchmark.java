package app.galley.bench;

import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.service.Services;
import app.galley.service.TeamService;
import app.galley.service.TeamSync;
import app.galley.store.GeneratedLibrary;
import app.galley.store.Library;
import app.galley.store.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The team library (issue 22) on a real PostgreSQL (Debian's, started by postgres.sh): a member's
 * library of N generated articles (each with its original and its first revision, half Chinese,
 * half English) going up to an empty server, and coming down to a new member, in articles per
 * second; the floor in the same run is the same article rows inserted into the server with plain
 * batched JDBC (1,000 rows a batch, one transaction). Then the steady state: with both members'
 * syncs running, the time from a save on member A to the change being in member B's library,
 * median and 95th percentile over 50 saves.
 *
 * <pre>mvn -B -q -Pbench -Dbench.main=app.galley.bench.TeamSyncBenchmark -Dbench.args=10000 test-compile exec:exec</pre>
 */
public final class TeamSyncBenchmark {

    private static final int SAVES = 50;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 10_000;
        Path report = args.length > 1 && !args[1].isBlank() ? Path.of(args[1]) : null;
        Path work = Files.createTempDirectory("galley-team-bench");
        System.setProperty("galley.basedir", System.getProperty("galley.basedir", System.getProperty("user.dir")));
        try (PostgresServer server = PostgresServer.start();
             Library a = Library.openEmbedded(work.resolve("a"));
             Library b = Library.openEmbedded(work.resolve("b"))) {
            String url = server.newDatabase("bench");
            TeamService.init(url, server.user(), server.password());
            fill(a, count);
            Services sa = app.galley.service.TeamMembers.of(a, work, "a");
            Services sb = app.galley.service.TeamMembers.of(b, work, "b");
            sa.team().connect(url, server.user(), server.password(), "周敏");
            long t = System.nanoTime();
            TeamSync.Round up = sa.team().sync();
            double upSeconds = (System.nanoTime() - t) / 1e9;
            sb.team().connect(url, server.user(), server.password(), "Ruth");
            t = System.nanoTime();
            TeamSync.Round down = sb.team().sync();
            double downSeconds = (System.nanoTime() - t) / 1e9;
            double floorSeconds = floor(server, a);
            System.out.printf(Locale.ROOT, "up %d in %.1f s, down %d in %.1f s, floor %.1f s%n", up.pushed(), upSeconds,
                    down.pulled(), downSeconds, floorSeconds);

            List<Double> latencies = steady(sa, sb, a, b);
            BenchFiles.report(markdown(count, up.pushed(), upSeconds, down.pulled(), downSeconds, floorSeconds, latencies),
                    report);
        } finally {
            BenchFiles.delete(work);
        }
    }

    /** N articles with an original and a first revision each, as imports leave them. */
    private static void fill(Library lib, int count) throws Exception {
        Random random = new Random(22);
        GeneratedLibrary.fill(lib, count, i -> {
            boolean chinese = i % 2 == 0;
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 8; p++) {
                text.append(p == 0 ? "" : "\n\n").append(GeneratedText.words(random, chinese, chinese ? 120 : 60));
            }
            String body = text.toString();
            return new GeneratedLibrary.Row((chinese ? "稿件 " : "Story ") + i, chinese ? "新華社" : "Reuters",
                    chinese ? "zh-Hant" : "en", GeneratedLibrary.STATUS_MIX.get(i % GeneratedLibrary.STATUS_MIX.size()), body);
        });
        GeneratedLibrary.addOriginalsAndRevisions(lib);
    }

    /** The same article rows into the server's own article table with batched JDBC: the floor. */
    private static double floor(PostgresServer server, Library lib) throws Exception {
        var ds = server.dataSource();
        ds.setURL(server.url().replaceFirst("/galley$", "/bench"));
        List<Object[]> rows = GeneratedLibrary.rows(lib, "SELECT title, source, language, status, body, length_value,"
                + " length_unit, content_hash, created, updated FROM article");
        long t = System.nanoTime(); // rows read beforehand: only the writing is timed
        try (Connection to = ds.getConnection()) {
            to.setAutoCommit(false);
            try (PreparedStatement ps = to.prepareStatement("INSERT INTO article (title, source, language, status, body,"
                    + " length_value, length_unit, content_hash, created, updated, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                int n = 0;
                for (Object[] row : rows) {
                    for (int i = 1; i <= 10; i++) {
                        ps.setObject(i, row[i - 1]);
                    }
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            to.commit();
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** Both syncs running: save on A, wait for the change in B's library; the times in milliseconds. */
    private static List<Double> steady(Services sa, Services sb, Library a, Library b) throws Exception {
        List<AutoCloseable> running = new ArrayList<>();
        for (Services s : List.of(sa, sb)) {
            TeamSync sync = s.team().follow(state -> { }).orElseThrow();
            Thread thread = new Thread(sync, "team-sync");
            thread.start();
            running.add(() -> {
                sync.close();
                thread.join();
            });
        }
        try {
            Thread.sleep(2_000); // both connected and idle
            List<Long> ids = new ArrayList<>(a.feed().ids());
            Collections.sort(ids);
            Random random = new Random(7);
            java.util.Map<String, Long> onB = new java.util.HashMap<>();
            for (Object[] row : GeneratedLibrary.rows(b, "SELECT uid, id FROM article")) {
                onB.put((String) row[0], ((Number) row[1]).longValue());
            }
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < SAVES; i++) {
                long id = ids.get(random.nextInt(ids.size()));
                Article article = sa.articles().find(id).orElseThrow();
                String uid = a.teamIds().uid(id).orElseThrow();
                String title = "改動 " + i + " " + article.title();
                long there = onB.get(uid);
                long t = System.nanoTime();
                sa.editing().saveEdit(article, ArticleEdit.of(article).withTitle(title), false, "edit");
                double saved = (System.nanoTime() - t) / 1e6;
                while (true) {
                    if (sb.articles().find(there).map(x -> x.title().equals(title)).orElse(false)) {
                        break;
                    }
                    if (System.nanoTime() - t > 60_000_000_000L) {
                        throw new IllegalStateException("save " + i + " did not arrive in a minute");
                    }
                    Thread.sleep(2);
                }
                out.add((System.nanoTime() - t) / 1e6);
                if (out.get(out.size() - 1) > 1_000) { // an outlier: was it the save on A, or the way to B?
                    System.out.printf(Locale.ROOT, "save %d: %.0f ms in all, %.0f ms of it saving on A%n", i,
                            out.get(out.size() - 1), saved);
                }
                Thread.sleep(300); // a pause between saves, as an editor's are
            }
            return out;
        } finally {
            for (AutoCloseable c : running) {
                c.close();
            }
        }
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String markdown(int count, int pushed, double up, int pulled, double down, double floor,
                                   List<Double> latencies) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%n## Team library sync (issue 22), %s%n%n", java.time.LocalDate.now()));
        md.append(String.format(Locale.ROOT, "%d generated articles (each with its original and first revision), Debian's"
                + " PostgreSQL 15 on 127.0.0.1, 2 cores, one run.%n%n", count));
        md.append("| | articles | seconds | articles/s |\n|---|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| Initial sync up (member → empty server) | %d | %.1f | %.0f |%n", pushed, up,
                pushed / up));
        md.append(String.format(Locale.ROOT, "| Initial sync down (server → new member) | %d | %.1f | %.0f |%n", pulled, down,
                pulled / down));
        md.append(String.format(Locale.ROOT, "| Floor: the article rows, batched JDBC insert | %d | %.1f | %.0f |%n%n", count,
                floor, count / floor));
        md.append(String.format(Locale.ROOT, "Save on member A to the change in member B's library (%d saves, both syncs"
                + " running, %d articles): median %.0f ms, 95th percentile %.0f ms, slowest %.0f ms.%n", latencies.size(),
                count, percentile(latencies, 0.5), percentile(latencies, 0.95), Collections.max(latencies)));
        return md.toString();
    }
}
