package app.galley.bench;

import app.galley.model.AuditEvent;
import app.galley.service.Services;
import app.galley.store.GeneratedLibrary;
import app.galley.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The audit trail at size (issue 23): a library of N articles (100,000 by default) with ten events
 * each, and the time to read one article's history as the History tab does
 * ({@code services.audit().history(id)}), over 200 articles picked at random, after 20 reads to warm
 * up. The peer in the same run is the same query told to use no index (over 10 articles: each is a
 * scan of every event).
 *
 * <pre>mvn -B -q -Pbench -Dbench.main=app.galley.bench.AuditTrailBenchmark -Dbench.args=100000 test-compile exec:exec</pre>
 */
public final class AuditTrailBenchmark {

    private static final int EVENTS = 10;
    private static final int READS = 200;
    private static final int PEER_READS = 10;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 100_000;
        Path report = args.length > 1 && !args[1].isBlank() ? Path.of(args[1]) : null;
        Path work = Files.createTempDirectory("galley-audit-bench");
        try (Library lib = Library.openEmbedded(work.resolve("lib"))) {
            long t = System.nanoTime();
            GeneratedLibrary.fill(lib, count, i -> new GeneratedLibrary.Row("稿件 " + i, "新華社", "zh-Hant",
                    "INBOX", "正文 " + i));
            GeneratedLibrary.addEvents(lib, EVENTS);
            double fillSeconds = (System.nanoTime() - t) / 1e9;
            Services services = Services.of(lib);
            Random random = new Random(23);
            for (int i = 0; i < 20; i++) {
                services.audit().history(1 + random.nextInt(count));
            }
            List<Double> ours = new ArrayList<>();
            for (int i = 0; i < READS; i++) {
                long id = 1 + random.nextInt(count);
                long s = System.nanoTime();
                List<AuditEvent> events = services.audit().history(id);
                ours.add((System.nanoTime() - s) / 1e6);
                if (events.size() != EVENTS) {
                    throw new IllegalStateException("article " + id + " has " + events.size() + " events, not " + EVENTS);
                }
            }
            GeneratedLibrary.peerHistory(lib, 1);
            List<Double> peer = new ArrayList<>();
            for (int i = 0; i < PEER_READS; i++) {
                long id = 1 + random.nextInt(count);
                long s = System.nanoTime();
                int n = GeneratedLibrary.peerHistory(lib, id);
                peer.add((System.nanoTime() - s) / 1e6);
                if (n != EVENTS) {
                    throw new IllegalStateException("the peer read " + n + " events of article " + id);
                }
            }
            BenchFiles.report(markdown(count, fillSeconds, ours, peer), report);
        } finally {
            BenchFiles.delete(work);
        }
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static String markdown(int count, double fillSeconds, List<Double> ours, List<Double> peer) {
        Collections.sort(ours);
        Collections.sort(peer);
        return String.format(Locale.ROOT, """

                ## Audit trail (issue 23), %s

                %,d articles with %d events each (%,d events; generated in %.0f s), embedded H2, 2 cores.
                Opening one article's history as the History tab does, %d articles at random after 20 warm-up reads;
                the peer is the same query told to use no index (H2's `USE INDEX ()`), as an audit log kept without the `(article_id, at)` index would read.

                | read | articles | median | 95th percentile | slowest |
                |---|---:|---:|---:|---:|
                | Galley (`audit_event`, indexed) | %d | %.2f ms | %.2f ms | %.2f ms |
                | peer (same query, no index) | %d | %.1f ms | %.1f ms | %.1f ms |

                Target: under 100 ms. %s

                """, java.time.LocalDate.now(java.time.ZoneOffset.UTC), count, EVENTS, (long) count * EVENTS, fillSeconds,
                ours.size(), ours.size(), at(ours, 0.5), at(ours, 0.95), ours.get(ours.size() - 1),
                peer.size(), at(peer, 0.5), at(peer, 0.95), peer.get(peer.size() - 1),
                ours.get(ours.size() - 1) < 100 ? "Met: the slowest read was under it." : "NOT met.");
    }
}
