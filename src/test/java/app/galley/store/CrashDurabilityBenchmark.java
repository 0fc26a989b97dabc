package app.galley.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Does a commit that returned survive {@code kill -9}? A child process commits rows one by one on an
 * H2 store with Galley's settings (no delayed writes, no compaction) and prints each id once its commit
 * has returned; it is killed at a random moment, and the store is opened again: every printed id must
 * be there. The peer is H2 opening the store by itself; Galley first makes its check for commits a
 * quick open would miss (StoreRepair), through the same code path as the app.
 *
 * <pre>
 * mvn -B -q -Pbench -Dbench.main=app.galley.store.CrashDurabilityBenchmark -Dbench.args=50 test-compile exec:exec
 * </pre>
 *
 * The argument is the number of kills per side; the result goes to docs/BENCHMARKS.md and
 * docs/RELIABILITY.md by hand, with the date.
 */
public final class CrashDurabilityBenchmark {

    private CrashDurabilityBenchmark() {
    }

    record Result(String side, int kills, long committed, int killsLosing, long lost, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("child")) {
            child(Path.of(args[1]));
            return;
        }
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        List<Result> results = List.of(run("H2 2.5.252 alone (peer)", false, kills), run("Galley (check before open)", true, kills));
        System.out.println();
        System.out.println("| Opened by | kills | commits reported | kills after which reported commits were missing | commits missing | time |");
        System.out.println("|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf("| %s | %d | %d | %d | %d | %.0f s |%n", r.side(), r.kills(), r.committed(), r.killsLosing(), r.lost(),
                    r.seconds());
        }
    }

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve(Library.DB_NAME) + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    private static Result run(String side, boolean check, int kills) throws Exception {
        Path dir = Files.createTempDirectory("galley-crash");
        Random random = new Random(16);
        long t0 = System.nanoTime();
        long committed = 0;
        long lost = 0;
        int losing = 0;
        try {
            for (int i = 0; i < kills; i++) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), CrashDurabilityBenchmark.class.getName(), "child", dir.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                long[] last = {-1};
                long[] first = {-1};
                Thread reader = new Thread(() -> {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String l = in.readLine(); l != null; l = in.readLine()) {
                            last[0] = Long.parseLong(l.strip());
                            if (first[0] < 0) {
                                first[0] = last[0];
                            }
                        }
                    } catch (IOException | NumberFormatException e) {
                        // the kill cuts the last line
                    }
                });
                reader.start();
                Thread.sleep(1500 + random.nextInt(2500));
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                reader.join(5000);
                if (first[0] > 0) {
                    committed += last[0] - first[0] + 1;
                }
                if (check) {
                    StoreRepair.beforeOpen(dir);
                }
                long found = newest(dir);
                if (found < last[0]) {
                    losing++;
                    lost += last[0] - found;
                }
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return new Result(side, kills, committed, losing, lost, (System.nanoTime() - t0) / 1e9);
    }

    private static long newest(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(dir), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Commits rows one at a time (some deletes free space for later commits) until killed. */
    private static void child(Path dir) throws Exception {
        Random random = new Random();
        try (Connection c = DriverManager.getConnection(url(dir), "sa", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS t(id BIGINT PRIMARY KEY, body VARCHAR(100000))");
            long id;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM t")) {
                rs.next();
                id = rs.getLong(1);
            }
            c.setAutoCommit(false);
            PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)");
            PreparedStatement delete = c.prepareStatement("DELETE FROM t WHERE id < ? AND MOD(id, 3) = 0");
            while (true) {
                id++;
                insert.setLong(1, id);
                insert.setString(2, "稿".repeat(100 + random.nextInt(3000)));
                insert.executeUpdate();
                if (random.nextInt(5) == 0) {
                    delete.setLong(1, id - 50);
                    delete.executeUpdate();
                }
                c.commit();
                System.out.println(id);
                System.out.flush();
            }
        }
    }
}
