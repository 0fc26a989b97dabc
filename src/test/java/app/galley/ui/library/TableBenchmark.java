package app.galley.ui.library;

import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.service.Services;
import app.galley.store.GeneratedLibrary;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The article table at newsroom size (issue 17): a generated library of N articles (default
 * 100,000) with its search index built, then the same figures for Galley's window (rows read a page
 * at a time, ADR 16) and for the peer, the same window as it was before that change (every summary
 * read into one list, a filtered and sorted list over it; its classes built from commit c1e4744 into
 * the folder given as second argument), each in its own JVM (-Xmx1g) so heaps do not mix: the time
 * from opening the window to a filled table with an article shown, sorting by each column both ways,
 * switching to each section, scrolling to the last row, and the heap in use after a full GC.
 * Headless (Monocle, software rendering), after a throwaway window has warmed the toolkit. Prints
 * a Markdown table for docs/BENCHMARKS.md.
 *
 * <pre>git worktree add /tmp/galley-old c1e4744 &amp;&amp; (cd /tmp/galley-old &amp;&amp; mvn -B -q compile)
 * mvn -B -q -Pbench -Dbench.main=app.galley.ui.library.TableBenchmark -Dbench.args="100000 /tmp/galley-old/target/classes" test-compile exec:exec</pre>
 */
public final class TableBenchmark {

    /** The table's columns (title, source, language, status, length, imported), sorted by index: the
     * peer's classes predate the model's names for them. */
    private static final int COLUMNS = 6;

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("run")) {
            try {
                run(args[1], Path.of(args[2]));
            } catch (Throwable e) {
                // the toolkit's thread would keep a failed side's JVM alive, and its parent waiting on it
                e.printStackTrace();
                System.exit(2);
            }
            return;
        }
        // Maven's exec passes "-Dbench.args" as one argument: its words are the count and the peer's classes
        List<String> words = new ArrayList<>();
        for (String a : args) {
            words.addAll(List.of(a.trim().split("\\s+")));
        }
        int count = words.stream().filter(w -> w.matches("\\d+")).findFirst().map(Integer::parseInt).orElse(100_000);
        String old = words.stream().filter(w -> Files.isDirectory(Path.of(w))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("give the folder of the peer's classes"));
        Path dir = Files.createTempDirectory("galley-table-bench").resolve("library");
        long t0 = System.nanoTime();
        try (Library lib = Library.openEmbedded(dir)) {
            GeneratedLibrary.fill(lib, count, TableBenchmark::row);
            System.out.printf(Locale.ROOT, "%d articles stored in %.0f s%n", count, (System.nanoTime() - t0) / 1e9);
            long ti = System.nanoTime(); // the search index, as a library in use has it (both windows open it)
            Services.of(lib).openSearch().close();
            System.out.printf(Locale.ROOT, "search index built in %.0f s%n", (System.nanoTime() - ti) / 1e9);
        }
        String cp = System.getProperty("java.class.path");
        Map<String, String> galley = child("galley", dir, cp);
        // the peer: the same window as it was before the paged table, its classes built from that commit
        Map<String, String> peer = child("peer", dir, peerClassPath(cp, old));
        report(count, galley, peer);
    }

    /** The class path with this checkout's main classes (relative or absolute) replaced by the peer's. */
    static String peerClassPath(String classpath, String peerClasses) {
        Path ours = Path.of("target", "classes").toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (Path.of(entry).toAbsolutePath().normalize().equals(ours)) {
                out.add(peerClasses);
                replaced = true;
            } else {
                out.add(entry);
            }
        }
        if (!replaced) { // the peer would run Galley's own classes and measure nothing
            throw new IllegalStateException("target/classes is not on the class path: " + classpath);
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    private static final String[] ZH = ("上海 北京 科學 研究中心 人工智慧 晶元 投資 產業 政府 企業 技術 發展 市長 預算 學校 醫院 "
            + "探秘 人腦 超級 腦智 年投入 逾10億 台北 高雄 颱風 選舉 立法院 疫苗 半導體 股市").split(" ");
    private static final String[] EN = ("council budget mayor school bridge police voters residents report officials "
            + "hospital workers union roads meeting approves rejects delays opens closes").split(" ");

    public static GeneratedLibrary.Row row(int i) {
        Random r = new Random(7_919L * i);
        boolean zh = i % 2 == 0;
        StringBuilder title = new StringBuilder();
        int words = 4 + r.nextInt(5);
        for (int w = 0; w < words; w++) {
            title.append(zh ? ZH[r.nextInt(ZH.length)] : (w == 0 ? "" : " ") + EN[r.nextInt(EN.length)]);
        }
        StringBuilder body = new StringBuilder();
        while (body.length() < 2_600) {
            body.append(zh ? ZH[r.nextInt(ZH.length)] : EN[r.nextInt(EN.length)] + " ");
            if (r.nextInt(12) == 0) {
                body.append(zh ? "。" : ". ");
            }
        }
        String[] sources = {"第一財經", "Reuters", "中央社", "AP", "新華社", null};
        return new GeneratedLibrary.Row(title.toString(), sources[r.nextInt(sources.length)],
                zh ? (i % 4 == 0 ? "zh-Hant" : "zh-Hans") : "en",
                GeneratedLibrary.STATUS_MIX.get(r.nextInt(GeneratedLibrary.STATUS_MIX.size())), body.toString());
    }

    /** Runs one side in a JVM of its own and reads its "key=value" lines. */
    private static Map<String, String> child(String side, Path dir, String classpath) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", classpath, TableBenchmark.class.getName(), "run", side, dir.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                all.append(line).append('\n');
                if (line.startsWith("=")) {
                    String[] kv = line.substring(1).split("=", 2);
                    out.put(kv[0], kv[1]);
                    System.out.println(side + ": " + line.substring(1));
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(side + " failed:\n" + all);
        }
        return out;
    }

    // ---------------------------------------------------------------- one side, in its own JVM

    private static void run(String side, Path dir) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.util.prefs.userRoot", Files.createTempDirectory("galley-bench-prefs").toString());
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get();
        Platform.setImplicitExit(false); // closing the warm-up window must not end the toolkit
        fx(TableBenchmark::warmUp);
        long tl = System.nanoTime();
        try { // as the app does while it opens the library (GalleyApp.init); the peer has no warm-up
            Class.forName("app.galley.ui.app.ClassWarmUp").getMethod("start").invoke(null);
        } catch (ClassNotFoundException e) {
            // the window before the paged table
        }
        Library lib = Library.openEmbedded(dir); // as the app does before its window (GalleyApp.init)
        put("library", ms(tl));
        WindowSide s = new WindowSide(dir, lib);
        long t0 = System.nanoTime();
        fx(s::open);
        await(s::filled);
        put("open", ms(t0));
        await(s::settled); // the first article read, analysed and drawn: the window at rest before the first sort
        put("settled", ms(t0));
        // each operation once before it is timed: the JIT and the database's caches as in a day's use
        put("sort.first", max(sorts(s)));
        put("section.first", max(sections(s)));
        List<Double> sorts = sorts(s);
        List<Double> sections = sections(s);
        List<Double> scrolls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long ts = System.nanoTime();
            fx(s::scrollToEnd);
            await(s::lastShown);
            scrolls.add(ms(ts));
            System.out.printf(Locale.ROOT, "# scroll to end %.1f ms%n", scrolls.get(scrolls.size() - 1));
            fx(s::scrollToTop);
            await(s::filled);
        }
        put("sort.median", median(sorts));
        put("sort.max", max(sorts));
        put("section.median", median(sections));
        put("section.max", max(sections));
        put("scroll.median", median(scrolls));
        put("scroll.max", max(scrolls));
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime rt = Runtime.getRuntime();
        put("heap", (rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0);
        put("rows", fxGet(s::size));
        System.out.flush();
        try {
            fx(s::close); // closed as the app closes, so the next run opens a cleanly closed library
            lib.close();
        } finally {
            System.exit(0);
        }
    }

    /** Sorts by each column both ways, each timed until the first rows are shown. */
    private static List<Double> sorts(Side s) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            for (boolean desc : new boolean[] {false, true}) {
                int col = c;
                long t = System.nanoTime();
                fx(() -> s.sort(col, desc));
                await(s::filled);
                out.add(ms(t));
                System.out.printf(Locale.ROOT, "# sort %d %s %.1f ms%n", col, desc ? "down" : "up", out.get(out.size() - 1));
            }
        }
        return out;
    }

    /** Shows each status's section and then all articles again, each timed until its rows are shown. */
    private static List<Double> sections(Side s) throws Exception {
        List<Double> out = new ArrayList<>();
        for (ArticleStatus st : ArticleStatus.values()) {
            long t = System.nanoTime();
            fx(() -> s.section(st));
            await(s::filled);
            out.add(ms(t));
            System.out.printf(Locale.ROOT, "# section %s %.1f ms%n", st, out.get(out.size() - 1));
        }
        long t = System.nanoTime();
        fx(() -> s.section(null));
        await(s::filled);
        out.add(ms(t));
        return out;
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(Comparator.naturalOrder());
        return s.get(s.size() / 2);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static void put(String key, double value) {
        System.out.printf(Locale.ROOT, "=%s=%.1f%n", key, value);
    }

    private static void fx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.get(900, TimeUnit.SECONDS);
    }

    private static <T> T fxGet(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(c.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(900, TimeUnit.SECONDS);
    }

    /** Waits until the condition holds on the FX thread after a layout pulse (rows drawn). */
    private static void await(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (fxGet(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("timed out");
    }

    /** One way of showing the table. */
    private interface Side {
        void open();

        boolean filled();

        /** Filled, and what opening the window set going (the first article's analysis ...) is done. */
        boolean settled();

        void sort(int column, boolean descending);

        void section(ArticleStatus status);

        void scrollToEnd();

        void scrollToTop();

        boolean lastShown();

        double size();
    }

    /** True once the first row holds an article (a row not yet read has a negative id). */
    private static boolean firstRowsShown(TableView<ArticleSummary> table) {
        table.layout();
        return table.getItems().isEmpty() || table.getItems().get(0).id() >= 0;
    }

    /**
     * The toolkit's first window costs seconds of class loading whatever it shows: a throwaway one
     * is shown first, so the figures are the article window's own.
     */
    private static void warmUp() {
        Stage stage = new Stage();
        TableView<String> t = new TableView<>(FXCollections.observableArrayList("a", "b"));
        t.getColumns().add(new TableColumn<>("x"));
        stage.setScene(new Scene(new javafx.scene.layout.VBox(t, new javafx.scene.control.TextArea("上海 council")), 400, 300));
        stage.show();
        stage.close();
    }

    /**
     * Galley's main window on the library, driven only through what both the paged window and the
     * one before it have: the table's sort order, the section, scrolling.
     */
    private static final class WindowSide implements Side {
        private final Path dir;
        private final Library lib;
        private Stage stage;
        /** The window's view model, reached by name: the peer's classes predate the feature packages. */
        private Object viewModel;
        private TableView<ArticleSummary> table;
        private boolean opened;
        /** True when the window's background work is done (what opening it started, too). */
        private java.util.function.BooleanSupplier idle = () -> true;

        WindowSide(Path dir, Library lib) {
            this.dir = dir;
            this.lib = lib;
        }

        void close() {
            stage.hide();
        }

        /** A class of the window: in its feature package, or (the peer) in app.galley.ui itself. */
        private static Class<?> ui(String feature, String name) throws ClassNotFoundException {
            try {
                return Class.forName("app.galley.ui." + feature + "." + name);
            } catch (ClassNotFoundException e) {
                return Class.forName("app.galley.ui." + name);
            }
        }

        /** A method, constructor or field of the window's classes, public or not (the peer's are package-private). */
        private static java.lang.reflect.Method method(Class<?> type, String name, Class<?>... params)
                throws NoSuchMethodException {
            java.lang.reflect.Method m = type.getDeclaredMethod(name, params);
            m.setAccessible(true);
            return m;
        }

        private static Object call(Object target, String name) throws ReflectiveOperationException {
            return method(target.getClass(), name).invoke(target);
        }

        private static Object field(Class<?> type, String name) throws ReflectiveOperationException {
            java.lang.reflect.Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(null);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void open() {
            try {
                Class<?> settingsType = ui("app", "UiSettings");
                Object settings = method(settingsType, "inMemory").invoke(null);
                method(settingsType, "put", String.class, String.class).invoke(settings, field(settingsType, "LANGUAGE"), "en");
                Preferences prefs = Preferences.userRoot().node("app/galley-bench");
                stage = new Stage();
                Object context = method(ui("app", "AppContext"), "of", Library.class, settingsType, LibraryLocator.class)
                        .invoke(null, lib, settings, new LibraryLocator(() -> prefs, Map.of(), "Linux", dir));
                Class<?> windowType = ui("app", "MainWindow");
                var make = windowType.getDeclaredConstructor(Stage.class, ui("app", "AppContext"));
                make.setAccessible(true);
                Object window = make.newInstance(stage, context);
                method(windowType, "show").invoke(window);
                viewModel = method(windowType, "viewModel").invoke(window);
                try { // the window's executor: settled once nothing is waiting (the peer's window has none)
                    Object tasks = method(windowType, "tasks").invoke(window);
                    idle = () -> {
                        try {
                            return (Boolean) tasks.getClass().getMethod("idle").invoke(tasks);
                        } catch (ReflectiveOperationException e) {
                            return true;
                        }
                    };
                } catch (NoSuchMethodException e) {
                    idle = () -> true;
                }
                table = (TableView<ArticleSummary>) stage.getScene().lookup("#table");
                javafx.beans.value.ObservableValue<Object> current =
                        (javafx.beans.value.ObservableValue<Object>) call(viewModel, "currentProperty");
                current.addListener((o, was, now) -> opened = now != null);
                opened = current.getValue() != null; // the window before pages selects at once
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the window cannot be opened", e);
            }
            table.getItems().addListener((javafx.collections.ListChangeListener<ArticleSummary>) ch -> changes++);
        }

        /** Changes of the rows seen, and the number that marks the answer to the last question. */
        private int changes;
        private int waitFor;

        @Override
        public boolean filled() {
            return opened && changes >= waitFor && table.getItems().size() > 0 && firstRowsShown(table);
        }

        @Override
        public boolean settled() {
            return filled() && idle.getAsBoolean();
        }

        @Override
        public void sort(int column, boolean descending) {
            waitFor = changes + 1; // a new order replaces the rows once they are read
            TableColumn<ArticleSummary, ?> col = table.getColumns().stream().filter(TableColumn::isSortable).toList()
                    .get(column); // the columns the store orders by (not who an article is assigned to)
            col.setSortType(descending ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(col));
        }

        @Override
        public void section(ArticleStatus status) {
            waitFor = changes + 1;
            try {
                Class<?> sectionType = ui("library", "Section");
                Object section = status == null ? field(sectionType, "ALL")
                        : sectionType.getDeclaredConstructor(ArticleStatus.class).newInstance(status);
                @SuppressWarnings("unchecked")
                javafx.beans.property.Property<Object> p = (javafx.beans.property.Property<Object>) call(viewModel, "sectionProperty");
                p.setValue(section);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the section cannot be chosen", e);
            }
        }

        @Override
        public void scrollToEnd() {
            table.scrollTo(table.getItems().size() - 1);
        }

        @Override
        public void scrollToTop() {
            table.scrollTo(0);
        }

        @Override
        public boolean lastShown() {
            table.layout();
            return table.getItems().get(table.getItems().size() - 1).id() >= 0;
        }

        @Override
        public double size() {
            return table.getItems().size();
        }
    }

    private static void report(int count, Map<String, String> galley, Map<String, String> peer) {
        StringBuilder md = new StringBuilder();
        md.append("| ").append(String.format(Locale.ROOT, "%,d articles", count))
                .append(" | Galley (pages, ADR 16) | peer: the window before it (every summary in memory) |\n|---|---|---|\n");
        String[][] rows = {
            {"open the library (before the window)", "library", "ms"},
            {"open the window to a filled table", "open", "ms"},
            {"... and at rest (the first article analysed and drawn)", "settled", "ms"},
            {"sort by a column the first time, slowest of 12", "sort.first", "ms"},
            {"switch section the first time, slowest of 7", "section.first", "ms"},
            {"sort by a column in use, median / slowest of 12", "sort.median", "sort.max"},
            {"switch section in use, median / slowest of 7", "section.median", "section.max"},
            {"scroll to the last row, median / slowest of 3", "scroll.median", "scroll.max"},
            {"heap in use after a full GC", "heap", "MB"},
        };
        for (String[] r : rows) {
            md.append("| ").append(r[0]).append(" | ").append(cell(galley, r)).append(" | ").append(cell(peer, r))
                    .append(" |\n");
        }
        System.out.println();
        System.out.print(md);
    }

    private static String cell(Map<String, String> side, String[] r) {
        if (!side.containsKey(r[1])) {
            return "—";
        }
        if (r[2].equals("ms")) {
            return side.get(r[1]) + " ms";
        }
        if (r[2].equals("MB")) {
            return side.get(r[1]) + " MB";
        }
        return side.get(r[1]) + " / " + side.get(r[2]) + " ms";
    }
}
