package app.galley;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleSummary;
import app.galley.store.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 campaign (issue 16): the packaged command line imports, edits, cleans, annotates, judges,
 * tags and queues publishing on one library while the test kills it at random moments (SIGKILL, no shutdown
 * hook), sometimes while a second process uses the library through the first one's server port.
 * Whatever a process printed as done must be in the library afterwards, exactly once, and the library
 * must open cleanly every time. The seed is fixed, so a failure can be replayed
 * ({@code -Dgalley.kills.seed=N}, {@code -Dgalley.kills=N}); docs/RELIABILITY.md records the runs.
 */
class KillCampaignIT {

    private static final Path JAR = Path.of(System.getProperty("galley.jar", "target/galley.jar"));
    private static final int KILLS = Integer.getInteger("galley.kills", 60);
    private static final long SEED = Long.getLong("galley.kills.seed", 16L);
    private static final Pattern IMPORTED = Pattern.compile("^(?:imported|repost)\\s+#(\\d+)\\s+(.+?)\\s+\\(", Pattern.MULTILINE);
    private static final Pattern CLEANED = Pattern.compile("^#(\\d+) .+: \\d+ changes, new revision$", Pattern.MULTILINE);
    private static final Pattern ANNOTATED = Pattern.compile("^#(\\d+): (\\d+) annotations added", Pattern.MULTILINE);
    private static final Pattern TAGGED = Pattern.compile("^#(\\d+) .*\\R  tags: (.*)$", Pattern.MULTILINE);
    private static final Pattern EDITED = Pattern.compile("^#(\\d+) revision \\d+: (.+)$", Pattern.MULTILINE);
    private static final Pattern JUDGED = Pattern.compile("^(\\d+): verified$", Pattern.MULTILINE);
    private static final Pattern QUEUED = Pattern.compile("^#(\\d+) job (\\d+): ", Pattern.MULTILINE);
    private static final String CHARS = "上海腦科學類研究中心已開始實質性建設將整合並且加強智科技基礎核心術研發每年投入資金不少於億元"
            + "吸引來自全國家記者編輯市場經濟政府部門計劃發展教育醫療環境能源交通城鄉居民企業";

    @TempDir
    Path tmp;

    private final Random random = new Random(SEED);
    private final Map<String, Long> promisedArticles = new LinkedHashMap<>();
    private final Map<Long, Integer> promisedAnnotations = new HashMap<>();
    private final Map<Long, String> promisedTags = new HashMap<>();
    private final List<Long> promisedCleanings = new ArrayList<>();
    private final Map<Long, Long> promisedJobs = new HashMap<>();
    private final List<Long> promisedVerdicts = new ArrayList<>();
    private final Map<String, Long> promisedEdits = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    /** What each round ran and how it ended, with the change recorded beside the store after it. */
    private final List<String> journal = new ArrayList<>();
    private int kills;
    private int round;
    /** The journal line of the run that promised each article: a lost promise names its run and kill. */
    private final Map<Long, String> promisedIn = new HashMap<>();
    private int fileNo;

    private record Run(Process process, Path out, Path err, String what) {
        String stdout() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        String stderr() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }
    }

    private Run start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        cmd.add("--db");
        cmd.add(tmp.resolve("library").toString());
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Run(p, out, err, args[0] + (args.length > 1 && !args[1].startsWith("/") ? " " + args[1] : ""));
    }

    /** A folder of {@code n} new articles, each unlike the others, each with a quotation. */
    private Path articles(int n) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in-" + fileNo));
        for (int i = 0; i < n; i++) {
            int no = ++fileNo;
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 3; p++) {
                body.append(words(40)).append(",").append(words(30)).append("。「").append(words(16))
                        .append("。」王小明說。\n\n");
            }
            Files.writeString(dir.resolve("a" + no + ".txt"), "第" + no + "號稿：" + words(8) + "\n\n" + body,
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    private String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return b.toString();
    }

    private List<Long> someIds(int n) {
        List<Long> ids = new ArrayList<>(promisedArticles.values());
        java.util.Collections.shuffle(ids, random);
        return ids.subList(0, Math.min(n, ids.size()));
    }

    /** Kills a run at a random moment (or lets it finish, now and then), then reads what it promised. */
    private void killAndRead(Run run, int maxDelayMs) throws Exception {
        // a command-line call takes some seconds here (the JVM, the library opening): kills land anywhere
        // in it, and some calls finish, so that their promises are checked too
        int delay = 500 + random.nextInt(maxDelayMs);
        boolean finished = run.process().waitFor(delay, TimeUnit.MILLISECONDS);
        if (!finished) {
            run.process().destroyForcibly(); // SIGKILL: no shutdown hook, no close
            run.process().waitFor(30, TimeUnit.SECONDS);
            kills++;
        }
        read(run, note(run, finished ? "finished" : "killed after " + delay + " ms"));
    }

    private void read(Run run, String ranAs) throws IOException {
        String out = run.stdout();
        String err = run.stderr();
        if (err.contains("Cannot open the library") || err.contains("Connection is broken")
                || err.contains("corrupt") || err.contains("recover") || err.contains("gone back")
                || err.contains("could not be read")) {
            failures.add("a process reported: " + err.strip() + "\nafter:\n  "
                    + String.join("\n  ", journal.subList(Math.max(0, journal.size() - 12), journal.size())));
        }
        each(IMPORTED, out, m -> {
            promisedArticles.put(m.group(2), Long.parseLong(m.group(1)));
            promisedIn.put(Long.parseLong(m.group(1)), ranAs);
        });
        each(CLEANED, out, m -> promisedCleanings.add(Long.parseLong(m.group(1))));
        each(ANNOTATED, out, m -> promisedAnnotations.merge(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)),
                Integer::sum));
        each(TAGGED, out, m -> {
            for (String tag : m.group(2).split(",\\s*")) {
                if (tag.startsWith("輪")) {
                    promisedTags.put(Long.parseLong(m.group(1)), tag.replaceAll("\\s*\\(.*$", "").strip());
                }
            }
        });
        each(EDITED, out, m -> promisedEdits.put(m.group(2), Long.parseLong(m.group(1))));
        each(JUDGED, out, m -> promisedVerdicts.add(Long.parseLong(m.group(1))));
        each(QUEUED, out, m -> promisedJobs.put(Long.parseLong(m.group(2)), Long.parseLong(m.group(1))));
    }

    private static void each(Pattern p, String out, java.util.function.Consumer<Matcher> promise) {
        Matcher m = p.matcher(out);
        while (m.find()) {
            promise.accept(m);
        }
    }

    @Test
    void everythingReportedDoneSurvivesKillsAndTheLibraryAlwaysOpens() throws Exception {
        // Every build runs the full mix; -Dgalley.killCampaign=imports runs imports and concurrent processes only.
        boolean full = !"imports".equals(System.getProperty("galley.killCampaign", "full"));
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        Run setup = start("targets", "add", "site", "--url", "http://127.0.0.1:9/", "--user", "editor");
        setup.process().getOutputStream().write("app password\n".getBytes(StandardCharsets.UTF_8));
        setup.process().getOutputStream().close();
        assertThat(setup.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        read(setup, "the setup");
        runToEnd(start("import", articles(20).toString()));
        while (kills < KILLS && round < KILLS * 4 && failures.isEmpty()) { // the first failure ends the run; a kill lands only on a process still running, so some rounds kill nothing
            round++;
            List<String> ids = someIds(4).stream().map(String::valueOf).toList();
            switch (full ? round % 8 : round % 2 == 0 ? 0 : 5) {
                case 7 -> killAndRead(start("edit", ids.get(0), "--title", "第" + round + "輪改過的標題",
                        "--append", "（第" + round + "輪補充）"), 7000);
                case 0, 3 -> killAndRead(start("import", articles(25).toString()), 7000);
                case 6 -> killAndRead(start("annotations", "verdict", String.valueOf(1 + random.nextInt(
                        Math.max(1, promisedAnnotations.values().stream().mapToInt(Integer::intValue).sum()))),
                        "verified", "--note", "checked in round " + round), 7000);
                case 1 -> killAndRead(start(concat("clean", ids)), 7000);
                case 2 -> killAndRead(start(concat("annotations", "add", ids.get(0), "--quotes")), 7000);
                case 4 -> killAndRead(start(concat(concat("tag", ids), "--add", "輪" + round)), 7000);
                default -> twoProcesses(ids);
            }
        }
        // no process met a damaged, rolled-back or unopenable library (said first: it explains the rest)
        if (!failures.isEmpty()) {
            keepLibrary();
        }
        assertThat(failures).isEmpty();
        // the library opens cleanly, and holds every promise exactly once
        try (Library lib = Library.openEmbedded(tmp.resolve("library"))) {
            assertThat(lib.notices()).as("recovery notices").isEmpty();
            List<ArticleSummary> all = lib.articles().list();
            // by the headline each article was imported with (its first revision): edits change headlines
            Map<String, Long> byTitle = new HashMap<>();
            for (ArticleSummary a : all) {
                String imported = lib.articles().revisions(a.id()).stream()
                        .min(java.util.Comparator.comparingLong(app.galley.model.Revision::id)).orElseThrow().title();
                assertThat(byTitle.put(imported, a.id())).as("stored twice: " + imported).isNull();
            }
            // every lost promise at once, each with the run that made it, and the library kept for a look
            List<String> lost = new ArrayList<>();
            promisedArticles.forEach((title, id) -> {
                if (!id.equals(byTitle.get(title))) {
                    lost.add("#" + id + " " + title + " (found as " + byTitle.get(title) + ") promised after "
                            + promisedIn.get(id));
                }
            });
            if (!lost.isEmpty()) {
                keepLibrary();
            }
            assertThat(lost).as(lost.size() + " of " + promisedArticles.size() + " reported imports lost; the library holds "
                    + all.size() + " articles, highest #" + all.stream().mapToLong(ArticleSummary::id).max().orElse(0)
                    + "; the whole journal:\n  " + String.join("\n  ", journal)).isEmpty();
            for (long id : promisedCleanings) {
                assertThat(lib.articles().revisions(id)).as("cleaning reported for #" + id).hasSizeGreaterThan(1);
            }
            promisedAnnotations.forEach((id, n) ->
                    assertThat(lib.annotations().forArticle(id)).as("annotations reported for #" + id).hasSizeGreaterThanOrEqualTo(n));
            promisedTags.forEach((id, tag) -> assertThat(lib.tags().ofArticle(id))
                    .as("tag reported on #" + id).anyMatch(t -> t.name().equals(tag)));
            promisedEdits.forEach((title, id) -> assertThat(lib.articles().revisions(id))
                    .as("edit reported for #" + id).anyMatch(r -> r.title().equals(title)));
            for (long x : promisedVerdicts) {
                assertThat(lib.annotations().find(x)).as("verdict reported for annotation " + x).get()
                        .extracting(a -> a.verdict().id()).isEqualTo("verified");
            }
            promisedJobs.forEach((job, id) ->
                    assertThat(lib.outbox().job(job)).as("publish job " + job + " reported for #" + id).isPresent());
        }
        assertThat(kills).isGreaterThanOrEqualTo(KILLS);
        assertThat(promisedArticles).hasSizeGreaterThan(100);
        Files.writeString(tmp.resolveSibling("galley-kill-campaign.txt"), String.format(
                "seed %d: %d kills in %d rounds; %d articles, %d edits, %d cleanings, %d annotated, %d verdicts, %d tagged,"
                        + " %d jobs promised and found%n", SEED, kills, round, promisedArticles.size(), promisedEdits.size(),
                promisedCleanings.size(),
                promisedAnnotations.size(), promisedVerdicts.size(), promisedTags.size(), promisedJobs.size()));
        System.out.printf("kill campaign: seed %d, %d kills in %d rounds; %d articles, %d edits, %d cleanings,"
                + " %d annotated, %d verdicts, %d tagged, %d publish jobs promised and all found%n", SEED, kills, round,
                promisedArticles.size(), promisedEdits.size(), promisedCleanings.size(), promisedAnnotations.size(), promisedVerdicts.size(),
                promisedTags.size(), promisedJobs.size());
    }

    /**
     * Two processes on the library: the first hosts the server port, the second works through it; the
     * host is killed (or the guest, every other time) and the survivor must finish without an error.
     */
    private void twoProcesses(List<String> ids) throws Exception {
        Run host = start("import", articles(30).toString());
        Thread.sleep(1200);
        Run guest = start(concat(concat("publish", ids), "--target", "site", "--queue-only"));
        Run importer = start("import", articles(15).toString());
        Thread.sleep(300 + random.nextInt(1500));
        boolean killHost = random.nextBoolean();
        Run victim = killHost ? host : importer;
        boolean alive = victim.process().isAlive();
        if (alive) {
            victim.process().destroyForcibly();
            victim.process().waitFor(30, TimeUnit.SECONDS);
            kills++;
        }
        String victimRan = note(victim, (killHost ? "as host " : "as the second importer ") + (alive ? "killed" : "had finished"));
        for (Run r : killHost ? List.of(guest, importer) : List.of(guest, host)) {
            waitToEnd(r);
            read(r, note(r, (r == host ? "as host " : r == importer ? "as the second importer " : "")
                    + "finished beside it, exit " + r.process().exitValue()));
            if (r.process().exitValue() != 0) {
                failures.add("a process beside a killed one failed (" + r.process().exitValue() + "): " + r.stderr().strip());
            }
        }
        read(victim, victimRan);
    }

    /** The store file's header as the last process left it (clean mark, newest chunk it names) and its size. */
    private String storeHeader() {
        Path store = tmp.resolve("library").resolve(Library.DB_NAME + ".mv.db");
        try (var in = Files.newInputStream(store)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            int end = head.indexOf('\n');
            return (end > 0 ? head.substring(0, end) : "(no header)").replaceAll(",?(H|blockSize|created|format|fletcher):[0-9a-f]+", "")
                    + ", " + Files.size(store) / 1024 + " KB";
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    /** With -Dgalley.kills.snapshots=true, the store file after each run (the last four kept): what each run left. */
    private static final boolean SNAPSHOTS = Boolean.getBoolean("galley.kills.snapshots");

    private void snapshot() {
        try {
            Path dir = Files.createDirectories(tmp.resolve("snapshots"));
            Files.copy(tmp.resolve("library").resolve(Library.DB_NAME + ".mv.db"), dir.resolve(journal.size() + ".mv.db"));
            Files.deleteIfExists(dir.resolve((journal.size() - 4) + ".mv.db"));
        } catch (IOException e) {
            journal.add("(no snapshot: " + e.getMessage() + ")");
        }
    }

    /** Copies the library (and the journal) to target/kill-campaign-failed/ so that a failure can be looked at. */
    private void keepLibrary() throws IOException {
        Path to = Path.of("target", "kill-campaign-failed");
        Path from = tmp;
        try (var files = Files.walk(from).filter(f -> !f.getFileName().toString().startsWith("in-")
                && !from.relativize(f).toString().startsWith("in-"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.write(to.resolve("journal.txt"), journal, StandardCharsets.UTF_8);
    }

    private String note(Run run, String how) {
        Path seq = tmp.resolve("library").resolve("galley.seq");
        String recorded;
        try {
            recorded = Files.exists(seq) ? Files.readString(seq).strip() : "none";
        } catch (IOException e) {
            recorded = "unreadable";
        }
        String line = "round " + round + ": " + run.what() + " (pid " + run.process().pid() + ", " + run.err().getFileName() + ") " + how
                + "; change recorded " + recorded + "; store " + storeHeader();
        journal.add(line);
        if (SNAPSHOTS) {
            snapshot();
        }
        return line;
    }

    private Run runToEnd(Run r) throws Exception {
        waitToEnd(r);
        read(r, "the setup");
        return r;
    }

    private void waitToEnd(Run r) throws InterruptedException {
        if (!r.process().waitFor(120, TimeUnit.SECONDS)) {
            r.process().destroyForcibly();
            failures.add("a process did not finish in 120 s");
        }
    }

    private static String[] concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    private static String[] concat(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    private static String[] concat(String a, String b, String c, String d) {
        return new String[] {a, b, c, d};
    }
}
