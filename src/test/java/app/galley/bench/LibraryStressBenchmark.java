package app.galley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stress harness of issue 16: long runs of ordinary command-line calls on one library (imports of
 * a few articles, then many {@code show} and {@code list} calls, now and then two at once and a kill),
 * with the library checked after every call: it must open, and it must never hold fewer articles than
 * were reported imported (a silent rollback). Run against the packaged jar with the H2 it ships, and,
 * as the peer, the same jar with another H2 first on the class path (the 2.3.232 that broke):
 *
 * <pre>
 * mvn -B -q -Pbench -Dbench.main=app.galley.bench.LibraryStressBenchmark -Dbench.args=600 test-compile exec:exec
 * </pre>
 *
 * The first argument is the number of calls per run; the result goes to docs/BENCHMARKS.md and
 * docs/RELIABILITY.md by hand, with the date.
 */
public final class LibraryStressBenchmark {

    private static final Pattern IMPORTED = Pattern.compile("^(?:imported|repost)\\s+#(\\d+)", Pattern.MULTILINE);
    private static final Pattern LISTED = Pattern.compile("^(\\d+) article\\(s\\) in ", Pattern.MULTILINE);

    private LibraryStressBenchmark() {
    }

    record Result(String h2, int calls, int kills, int promised, int listed, int cannotOpen, int rolledBack,
                  int recovered, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path jar = Path.of("target/galley.jar").toAbsolutePath();
        Path oldH2 = Path.of(System.getProperty("user.home"), ".m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar");
        List<Result> results = new ArrayList<>();
        results.add(run("2.5.252 (shipped)", List.of(jar), calls));
        if (Files.exists(oldH2)) {
            results.add(run("2.3.232 (peer)", List.of(oldH2, jar), calls));
        }
        System.out.println();
        System.out.println("| H2 | calls | kills | articles reported | articles found | could not open | went back | recovered on open | time |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %d | %.0f s |%n", r.h2(), r.calls(), r.kills(), r.promised(),
                    r.listed(), r.cannotOpen(), r.rolledBack(), r.recovered(), r.seconds());
        }
    }

    private static Result run(String label, List<Path> classpath, int calls) throws Exception {
        Path work = Files.createTempDirectory("galley-stress");
        Path db = work.resolve("library");
        Random random = new Random(16);
        long t0 = System.nanoTime();
        int promised = 0;
        int kills = 0;
        int cannotOpen = 0;
        int rolledBack = 0;
        int recovered = 0;
        int lastListed = 0;
        int file = 0;
        try {
            for (int i = 0; i < calls; i++) {
                List<String> args;
                int kind = i % 10;
                if (kind < 3) {
                    Path in = Files.createDirectories(work.resolve("in-" + i));
                    for (int k = 0; k < 3; k++) {
                        file++;
                        Files.writeString(in.resolve("a" + file + ".txt"), "第" + file + "號稿\n\n"
                                + GeneratedText.words(random, true, 400), StandardCharsets.UTF_8);
                    }
                    args = List.of("import", in.toString());
                } else if (kind < 8) {
                    args = List.of("show", String.valueOf(1 + random.nextInt(Math.max(1, promised))));
                } else {
                    args = List.of("list");
                }
                boolean kill = i % 25 == 24;
                Process p = start(classpath, db, args);
                Process second = i % 7 == 0 ? start(classpath, db, List.of("list")) : null;
                String out;
                if (kill) {
                    p.waitFor(300 + random.nextInt(1200), TimeUnit.MILLISECONDS);
                    if (p.isAlive()) {
                        p.destroyForcibly();
                        kills++;
                    }
                    p.waitFor(30, TimeUnit.SECONDS);
                } else {
                    p.waitFor(120, TimeUnit.SECONDS);
                }
                out = out(p);
                String err = err(p);
                if (second != null) {
                    second.waitFor(120, TimeUnit.SECONDS);
                    err += err(second);
                }
                Matcher m = IMPORTED.matcher(out);
                while (m.find()) {
                    promised++;
                }
                if (err.contains("Cannot open the library")) {
                    cannotOpen++;
                }
                if (err.contains("recover") || err.contains("gone back")) {
                    recovered++;
                }
                if (i % 10 == 9) { // the check: the library opens and holds every article reported
                    Process list = start(classpath, db, List.of("list"));
                    list.waitFor(120, TimeUnit.SECONDS);
                    String listed = out(list);
                    String listErr = err(list);
                    if (listErr.contains("Cannot open the library")) {
                        cannotOpen++;
                    }
                    int n = count(listed);
                    if (n < promised || n < lastListed) {
                        rolledBack++;
                        System.out.printf("%s call %d: %d articles listed, %d reported%n", label, i, n, promised);
                    }
                    lastListed = n;
                }
            }
        } finally {
            System.out.printf("%s: done %s%n", label, Instant.now());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Result r = new Result(label, calls, kills, promised, lastListed, cannotOpen, rolledBack, recovered, seconds);
        BenchFiles.delete(work);
        return r;
    }

    private static int count(String listed) {
        Matcher m = LISTED.matcher(listed);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static Process start(List<Path> classpath, Path db, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()),
                "app.galley.Main"));
        cmd.addAll(args);
        cmd.add("--db");
        cmd.add(db.toString());
        Path out = Files.createTempFile("stress-out", ".txt");
        Path err = Files.createTempFile("stress-err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        OUTPUTS.put(p, new Path[] {out, err});
        return p;
    }

    /** Where each process's output goes (files: a pipe fills up and blocks, and a kill closes it). */
    private static final java.util.Map<Process, Path[]> OUTPUTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String out(Process p) throws IOException {
        return read(p, 0);
    }

    private static String err(Process p) throws IOException {
        return read(p, 1);
    }

    private static String read(Process p, int which) throws IOException {
        Path[] files = OUTPUTS.get(p);
        String s = Files.readString(files[which], StandardCharsets.UTF_8);
        if (which == 1) {
            OUTPUTS.remove(p);
            Files.deleteIfExists(files[0]);
            Files.deleteIfExists(files[1]);
        }
        return s;
    }
}
