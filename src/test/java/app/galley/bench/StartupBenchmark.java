package app.galley.bench;

import app.galley.service.Services;
import app.galley.store.GeneratedLibrary;
import app.galley.store.Library;
import app.galley.ui.library.TableBenchmark;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up (issue 18): from launching the process to a usable window (the table's first rows drawn,
 * the article shown; {@code -Dgalley.startup=exit} prints {@code galley: ready} then and quits), on a
 * library of 1,000 and of 100,000 generated articles with their search index built. Three sides, each
 * a process of its own started the same way, in turns: the floor, a minimal JavaFX window with a
 * table and a text ({@link MinimalFxApp}); Galley's jar as the README runs it; and the same with its
 * class-data-sharing archive (ADR 21). The window runs on the display in {@code DISPLAY} (an Xvfb the
 * benchmark starts if there is none). Build the jar and its archive first:
 *
 * <pre>mvn -B -q package -DskipTests
 * mvn -B -q -Pbench -Dbench.main=app.galley.bench.StartupBenchmark -Dbench.args="1000 100000" test-compile exec:exec
 * # an existing library of 100,000 (TableBenchmark's) instead of a new one: -Dbench.args="1000 100000=/path/library"</pre>
 */
public final class StartupBenchmark {

    private static final int ROUNDS = 5;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> words = new ArrayList<>();
        for (String a : args) {
            words.addAll(List.of(a.trim().split("\\s+")));
        }
        Path report = words.stream().filter(w -> w.endsWith(".md")).map(Path::of).findFirst().orElse(null);
        Path jar = Path.of("target", "galley.jar").toAbsolutePath();
        Path archive = Path.of("target", "galley.jsa").toAbsolutePath();
        if (!Files.exists(jar) || !Files.exists(archive)) {
            throw new IllegalStateException("build the jar and its archive first: mvn -B -q package -DskipTests");
        }
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            display = ":93";
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1920x1080x24").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1_000);
        }
        Path work = Files.createTempDirectory("galley-startup-bench");
        StringBuilder table = new StringBuilder();
        try {
            for (String w : words) {
                if (!w.matches("\\d+(=.+)?")) {
                    continue;
                }
                String[] parts = w.split("=", 2);
                int count = Integer.parseInt(parts[0]);
                Path library = parts.length > 1 ? Path.of(parts[1]) : generate(work, count);
                table.append(measure(count, library, jar, archive, display, work));
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
        System.out.println(table);
        if (report != null) {
            String when = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
            Files.writeString(report, "\n### Start-up, launch to a usable window (" + when + ", one run, "
                    + Runtime.getRuntime().availableProcessors() + " cores, Xvfb)\n\n" + table,
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static Path generate(Path work, int count) throws Exception {
        Path dir = work.resolve("library-" + count);
        long t0 = System.nanoTime();
        try (Library lib = Library.openEmbedded(dir)) {
            GeneratedLibrary.fill(lib, count, TableBenchmark::row);
            Services.of(lib).openSearch().close(); // a library in use has its index
        }
        System.out.printf(Locale.ROOT, "%,d articles stored and indexed in %.0f s%n", count, (System.nanoTime() - t0) / 1e9);
        return dir;
    }

    private static String measure(int count, Path library, Path jar, Path archive, String display, Path work)
            throws Exception {
        Path prefs = work.resolve("prefs-" + count); // the window's settings, not the user's own
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String common = "-Djava.util.prefs.userRoot=" + prefs;
        String floorCp = jar + java.io.File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
        Map<String, List<String>> sides = new LinkedHashMap<>();
        sides.put("floor: a minimal JavaFX window", List.of(javaBin, common, "-cp", floorCp, MinimalFxApp.Launcher.class.getName()));
        sides.put("Galley", List.of(javaBin, common, "-Dgalley.startup=exit", "-jar", jar.toString(), "gui", "--db", library.toString()));
        sides.put("Galley with its CDS archive", List.of(javaBin, common, "-XX:SharedArchiveFile=" + archive,
                "-Dgalley.startup=exit", "-jar", jar.toString(), "gui", "--db", library.toString()));
        // side measurements of JVM options: GALLEY_BENCH_FLAGS="A B|C" adds a side per group, with the archive
        for (String group : java.util.Objects.requireNonNullElse(System.getenv("GALLEY_BENCH_FLAGS"), "").split("\\|")) {
            if (!group.isBlank()) {
                List<String> cmd = new ArrayList<>(List.of(javaBin, common, "-XX:SharedArchiveFile=" + archive));
                cmd.addAll(List.of(group.trim().split("\\s+")));
                cmd.addAll(List.of("-Dgalley.startup=exit", "-jar", jar.toString(), "gui", "--db", library.toString()));
                sides.put("Galley with its CDS archive and " + group.trim(), cmd);
            }
        }
        String newer = System.getenv("GALLEY_BENCH_AOT_JDK");
        if (newer != null && !newer.isBlank()) {
            sides.putAll(aotSides(Path.of(newer), common, jar, library, display, work.resolve("galley-" + count + ".aot")));
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (var side : sides.entrySet()) {
            launch(side.getValue(), display); // a throwaway start: the files in the system's cache, the window's settings made
            times.put(side.getKey(), new ArrayList<>());
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (var side : sides.entrySet()) {
                double ms = launch(side.getValue(), display);
                times.get(side.getKey()).add(ms);
                System.out.printf(Locale.ROOT, "%,d articles, %s: %.0f ms%n", count, side.getKey(), ms);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| %,d articles, launch to usable | median | fastest | slowest |%n|---|---|---|---|%n", count));
        for (var t : times.entrySet()) {
            List<Double> s = new ArrayList<>(t.getValue());
            s.sort(Double::compare);
            out.append(String.format(Locale.ROOT, "| %s | **%,.0f ms** | %,.0f ms | %,.0f ms |%n", t.getKey(),
                    s.get(s.size() / 2), s.get(0), s.get(s.size() - 1)));
        }
        return out.append('\n').toString();
    }

    /**
     * A side measurement for the team's choice of runtime (issue 18, ADR 21): the same jar on a newer JDK
     * (24 or later, {@code GALLEY_BENCH_AOT_JDK=/usr/lib/jvm/temurin-25-jdk-amd64}), without and with the
     * ahead-of-time cache that JDK makes from one training start of the window on this library
     * ({@code -XX:AOTCacheOutput}, JEP 483/514/515: classes loaded and linked, method profiles).
     */
    private static Map<String, List<String>> aotSides(Path jdk, String common, Path jar, Path library, String display,
            Path cache) throws IOException, InterruptedException {
        String java = jdk.resolve("bin").resolve("java").toString();
        String name = jdk.getFileName().toString();
        List<String> app = List.of("-Dgalley.startup=exit", "-jar", jar.toString(), "gui", "--db", library.toString());
        List<String> train = new ArrayList<>(List.of(java, common, "-XX:AOTCacheOutput=" + cache));
        train.addAll(app);
        launch(train, display);
        if (!Files.exists(cache)) {
            throw new IllegalStateException("no AOT cache made by " + String.join(" ", train));
        }
        Map<String, List<String>> sides = new LinkedHashMap<>();
        List<String> plain = new ArrayList<>(List.of(java, common));
        plain.addAll(app);
        sides.put("Galley on " + name, plain);
        List<String> cached = new ArrayList<>(List.of(java, common, "-XX:AOTCache=" + cache));
        cached.addAll(app);
        sides.put("Galley on " + name + " with its AOT cache", cached);
        List<String> raised = new ArrayList<>(List.of(java, common, "-XX:AOTCache=" + cache, "-XX:CompileThresholdScaling=3"));
        raised.addAll(app);
        sides.put("Galley on " + name + " with its AOT cache and -XX:CompileThresholdScaling=3", raised);
        return sides;
    }

    /** Milliseconds from starting the process to its "galley: ready" line; waits for it to end. */
    private static double launch(List<String> command, String display) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        long t0 = System.nanoTime();
        Process p = pb.start();
        double ready = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (ready < 0 && line.equals("galley: ready")) {
                    ready = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (ready < 0) {
            throw new IllegalStateException("never ready (exit " + p.exitValue() + "): " + String.join(" ", command));
        }
        return ready;
    }
}
