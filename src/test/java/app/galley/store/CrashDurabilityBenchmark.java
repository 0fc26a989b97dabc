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

    record Result(String side, int kills, long committed, int killsLosing, long lost, double seconds, long fileMb) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 3 && args[0].equals("child")) {
            child(Path.of(args[1]), args[2], Boolean.parseBoolean(args[3]));
            return;
        }
        // "KILLS [SIDES]": SIDES a comma list of peer, galley, append (all three if not given)
        String[] words = args.length > 0 ? String.join(" ", args).trim().split("\\s+") : new String[0];
        int kills = words.length > 0 && !words[0].isEmpty() ? Integer.parseInt(words[0]) : 50;
        // (the bench profile adds the report's path as a last argument: not a list of sides)
        List<String> sides = List.of((words.length > 1 && words[1].matches("[a-z,]+") ? words[1] : "peer,galley,append").split(","));
        List<Result> results = new java.util.ArrayList<>();
        if (sides.contains("peer")) {
            results.add(report(run("H2 2.5.252 alone (peer)", false, "", kills)));
        }
        if (sides.contains("galley")) {
            results.add(report(run("Galley (check before open)", true, "", kills)));
        }
        if (sides.contains("append")) {
            results.add(report(run("Galley, appending only (REUSE_SPACE=FALSE)", true, ";REUSE_SPACE=FALSE", kills)));
        }
        System.out.println();
        System.out.println("| Opened by | kills | commits reported | kills after which reported commits were missing | commits missing | time | file |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf("| %s | %d | %d | %d | %d | %.0f s | %d MB |%n", r.side(), r.kills(), r.committed(), r.killsLosing(),
                    r.lost(), r.seconds(), r.fileMb());
        }
    }

    private static Result report(Result r) {
        System.out.println(r);
        return r;
    }

    private static String url(Path dir, String extra) {
        return "jdbc:h2:file:" + dir.resolve(Library.DB_NAME) + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0" + extra;
    }

    private static Result run(String side, boolean check, String extra, int kills) throws Exception {
        Path dir = Files.createTempDirectory("galley-crash");
        Random random = new Random(16);
        long t0 = System.nanoTime();
        long committed = 0;
        long lost = 0;
        int losing = 0;
        long reported = 0;
        long fileMb;
        try {
            for (int i = 0; i < kills; i++) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), CrashDurabilityBenchmark.class.getName(), "child", dir.toString(), extra,
                        Boolean.toString(check))
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
                // some kills land while the child opens the store (and makes its check), most while it commits
                Thread.sleep(100 + random.nextInt(3900));
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                reader.join(5000);
                if (first[0] > 0) {
                    committed += last[0] - first[0] + 1;
                }
                if (check) {
                    StoreRepair.beforeOpen(dir);
                }
                reported = Math.max(reported, last[0]);
                long missing = reported > 0 ? missing(dir, extra, reported) : 0; // nothing promised yet
                if (missing > 0) {
                    losing++;
                    lost += missing;
                }
            }
            fileMb = Files.size(dir.resolve(Library.DB_NAME + ".mv.db")) >> 20;
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return new Result(side, kills, committed, losing, lost, (System.nanoTime() - t0) / 1e9, fileMb);
    }

    /**
     * How many reported commits are missing: every id up to the last one reported that no delete could
     * have removed (deletes only take ids divisible by 3) must be there, the oldest as much as the newest.
     */
    private static long missing(Path dir, String extra, long lastReported) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(dir, extra), "sa", "");
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM t WHERE id <= ? AND MOD(id, 3) <> 0")) {
            st.setLong(1, lastReported);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long expected = lastReported - lastReported / 3;
                return expected - rs.getLong(1);
            }
        }
    }

    /** Commits rows one at a time (some deletes free space for later commits) until killed. */
    private static void child(Path dir, String extra, boolean check) throws Exception {
        Random random = new Random();
        if (check) {
            StoreRepair.beforeOpen(dir);
        }
        try (Connection c = DriverManager.getConnection(url(dir, extra), "sa", "")) {
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
