package app.galley.ui.library;

import app.galley.model.ArticleOrder;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.model.LengthUnit;
import app.galley.model.TextLength;
import app.galley.service.ArticleService;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.TaskExecutor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * The rows of the article table, read a page at a time (ADR 16). The list has as many rows as the
 * section holds, but only the pages that came into view hold summaries; the others hold one shared
 * {@link #LOADING} row until the table shows them ({@link #need}). Every read runs on the task
 * executor, in the order and section asked for (SQL ordering and windowing), never on the FX thread,
 * and the counts come from aggregate queries. A search shows its hits (a few hundred at most) whole.
 */
final class ArticleRows {

    /** Rows read at once. */
    static final int PAGE = 200;
    /** Pages kept; the least recently needed are let go beyond this (8,000 rows). */
    static final int KEEP = 40;
    /** What a row shows until its page has been read. */
    static final ArticleSummary LOADING = new ArticleSummary(-1, "", null, null, null,
            new TextLength(0, LengthUnit.WORDS), null, null);

    /** What a reload read: the rows' count, some pages, the counts per status and in the Trash. */
    record Read(int size, Map<Integer, List<ArticleSummary>> pages, List<ArticleSummary> whole,
                Map<ArticleStatus, Integer> counts, int trashed, Map<Section.Assigned, Integer> assigned) {
    }

    private final RowList<ArticleSummary> rows = new RowList<>();
    private final ArticleService articles;
    private final TaskExecutor tasks;
    private final Consumer<Map<ArticleStatus, Integer>> counted;
    /** Pages holding summaries, least recently needed first. */
    private final LinkedHashMap<Integer, Boolean> loaded = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<Integer> reading = new HashSet<>();
    /** The pages the table asked for last: read again first when the library changes. */
    private final Deque<Integer> inView = new ArrayDeque<>();
    private Section section = Section.ALL;
    private java.util.function.IntConsumer trashCounted = n -> { };
    /** The articles of a section of assignments (issue 23), and who is told their counts. */
    private java.util.function.Function<Section.Assigned, List<Long>> assignedIds = a -> List.of();
    private Consumer<Map<Section.Assigned, Integer>> assignedCounted = m -> { };
    /** The count in the Trash last read. */
    private int trashed;
    private ArticleOrder order = ArticleOrder.NEWEST;
    /** The hits of a search, best first (null: no search). */
    private List<Long> ranked;
    private long generation;
    private boolean again;
    /** The counts per status last read (null: none yet). */
    private Map<ArticleStatus, Integer> counts;
    private boolean reloading;
    private final List<Runnable> afterReload = new ArrayList<>();
    private RowReplacing replacing = RowReplacing.NONE;

    ArticleRows(ArticleService articles, TaskExecutor tasks, Consumer<Map<ArticleStatus, Integer>> counted) {
        this.articles = articles;
        this.tasks = tasks;
        this.counted = counted;
    }

    void onReplacing(RowReplacing r) {
        this.replacing = r;
    }

    ObservableList<ArticleSummary> list() {
        return rows;
    }

    ArticleOrder order() {
        return order;
    }

    /** Where the sections of assignments take their articles from, and who is told how many each holds. */
    void onAssigned(java.util.function.Function<Section.Assigned, List<Long>> ids, Consumer<Map<Section.Assigned, Integer>> counted) {
        this.assignedIds = ids;
        this.assignedCounted = counted;
    }

    /** Told how many articles are in the Trash whenever the counts are read. */
    void onTrashCounted(java.util.function.IntConsumer c) {
        this.trashCounted = c;
    }

    /**
     * Shows a section (all, one status, the Trash), in an order, and of it only a search's hits (null:
     * no search; a search finds nothing in the Trash, which then shows all it holds).
     */
    void show(Section status, ArticleOrder newOrder, List<Long> hits, Runnable then) {
        hits = status.trash() ? null : hits;
        boolean changed = !status.equals(section) || !newOrder.equals(order) || !java.util.Objects.equals(hits, ranked);
        section = status;
        order = newOrder;
        ranked = hits;
        if (changed) {
            inView.clear();
        }
        reload(changed, then);
    }

    /** Reads the rows again (the library changed); {@code then} runs on the FX thread once they are in. */
    void reload(Runnable then) {
        reload(false, then);
    }

    private void reload(boolean fresh, Runnable then) {
        if (then != null) {
            afterReload.add(then);
        }
        if (reloading && !fresh) {
            again = true; // one more read when this one lands: it may have started before the change
            return;
        }
        reloading = true;
        again = false;
        long mine = ++generation;
        reading.clear(); // pages being read for the last question are dropped when they land
        Section s = section;
        ArticleOrder o = order;
        List<Long> hits = ranked;
        List<Integer> pages = new ArrayList<>(new java.util.TreeSet<>(inView));
        if (!pages.contains(0)) {
            pages.add(0, 0);
        }
        Map<ArticleStatus, Integer> known = fresh ? counts : null; // another question: the counts stand
        int knownTrashed = trashed;
        tasks.submit(() -> read(s, o, hits, pages, known, knownTrashed), r -> {
            if (mine != generation) {
                return; // a newer question is out
            }
            apply(r, fresh);
            reloading = false;
            warmOnce(s, r.size());
            if (again) {
                reload(false, null);
                return;
            }
            List<Runnable> done = List.copyOf(afterReload);
            afterReload.clear();
            done.forEach(Runnable::run);
        }, e -> {
            reloading = false;
            BackgroundTasks.log(e);
        });
    }

    private Read read(Section s, ArticleOrder o, List<Long> hits, List<Integer> pages,
                      Map<ArticleStatus, Integer> known, int knownTrashed) {
        Map<ArticleStatus, Integer> counts = known != null ? known : articles.countByStatus();
        int inTrash = known != null ? knownTrashed : articles.trashCount();
        Map<Section.Assigned, List<Long>> assigned = new java.util.EnumMap<>(Section.Assigned.class);
        for (Section.Assigned a : Section.Assigned.values()) {
            assigned.put(a, assignedIds.apply(a));
        }
        Map<Section.Assigned, Integer> assignedCounts = new java.util.EnumMap<>(Section.Assigned.class);
        assigned.forEach((a, ids) -> assignedCounts.put(a, ids.size()));
        if (hits != null || s.assigned() != null) {
            List<Long> wanted = hits;
            if (s.assigned() != null) { // a few hundred at most: read whole, like a search's hits
                Set<Long> in = new HashSet<>(assigned.get(s.assigned()));
                wanted = hits == null ? List.copyOf(in) : hits.stream().filter(in::contains).toList();
            }
            Map<Long, ArticleSummary> found = articles.summariesOutsideTrash(wanted);
            List<ArticleSummary> whole = new ArrayList<>();
            for (long id : wanted) {
                ArticleSummary a = found.get(id);
                if (a != null && (s.status() == null || a.status() == s.status())) {
                    whole.add(a);
                }
            }
            if (hits == null || !o.equals(ArticleOrder.NEWEST)) { // newest-first is the search's own order: best first
                whole.sort(SummaryOrder.of(o));
            }
            return new Read(whole.size(), Map.of(), whole, counts, inTrash, assignedCounts);
        }
        int size = s.trash() ? inTrash : s.status() == null
                ? counts.values().stream().mapToInt(Integer::intValue).sum() : counts.get(s.status());
        Map<Integer, List<ArticleSummary>> read = new LinkedHashMap<>();
        for (int p : pages) {
            if (p * PAGE < size) {
                read.put(p, page(s, o, p * PAGE, size));
            }
        }
        return new Read(size, read, null, counts, inTrash, assignedCounts);
    }

    /** One page of a section, read in the background. */
    private List<ArticleSummary> page(Section s, ArticleOrder o, int offset, int size) {
        return s.trash() ? articles.trashPage(o, offset, PAGE, size) : articles.page(s.status(), o, offset, PAGE, size);
    }

    private boolean warmed;

    /**
     * Once, after the first rows are in: the first page of every other order is read in the
     * background and dropped, so the database has those index pages in its cache and the code that
     * reads them is compiled before the editor first sorts (a first sort otherwise costs several
     * times a later one).
     */
    private void warmOnce(Section s, int size) {
        if (warmed || size == 0) {
            return;
        }
        warmed = true;
        tasks.submit(() -> {
            for (ArticleOrder.Column c : ArticleOrder.Column.values()) {
                for (boolean descending : new boolean[] {false, true}) {
                    page(s, new ArticleOrder(c, descending), 0, size);
                }
            }
        });
    }

    /**
     * Shows what a reload read. The same question asked again (the library changed) updates the rows
     * in place, so the table keeps its scroll position and selection; a new question (another order,
     * section or search) replaces them.
     */
    private void apply(Read r, boolean fresh) {
        counts = r.counts();
        counted.accept(new EnumMap<>(r.counts()));
        trashed = r.trashed();
        trashCounted.accept(r.trashed());
        assignedCounted.accept(r.assigned());
        if (r.whole() != null) {
            loaded.clear();
            replacing.before();
            rows.replaceAll(r.whole());
            replacing.after();
            return;
        }
        if (!fresh && r.size() == rows.size()) {
            for (int p : List.copyOf(loaded.keySet())) {
                if (!r.pages().containsKey(p)) {
                    unload(p); // read again when it comes into view
                }
            }
            r.pages().forEach(this::fill);
            return;
        }
        List<ArticleSummary> all = new ArrayList<>(Collections.nCopies(r.size(), LOADING));
        loaded.clear();
        r.pages().forEach((p, page) -> {
            for (int i = 0; i < page.size() && p * PAGE + i < all.size(); i++) {
                all.set(p * PAGE + i, page.get(i));
            }
            loaded.put(p, Boolean.TRUE);
        });
        replacing.before();
        rows.replaceAll(all);
        replacing.after();
    }

    /**
     * Puts a page's summaries in its rows, changing only the rows that differ: as new values of the
     * same rows where they were loading or hold the same articles, else as other articles.
     */
    private void fill(int page, List<ArticleSummary> read) {
        int from = page * PAGE;
        boolean others = false;
        for (int i = 0; i < read.size() && from + i < rows.size() && !others; i++) {
            ArticleSummary was = rows.get(from + i);
            others = was != LOADING && was.id() != read.get(i).id();
        }
        if (others) {
            replacing.before();
            rows.replace(from, read);
            replacing.after();
        } else {
            rows.update(from, read);
        }
        loaded.put(page, Boolean.TRUE);
        while (loaded.size() > KEEP) {
            unload(loaded.keySet().iterator().next());
        }
    }

    private void unload(int page) {
        loaded.remove(page);
        int from = page * PAGE;
        rows.update(from, Collections.nCopies(Math.max(0, Math.min(rows.size(), from + PAGE) - from), LOADING));
    }

    /** The table shows row {@code index} still loading: its page is read (once) in the background. */
    void need(int index) {
        if (index < 0 || index >= rows.size() || whole()) {
            return;
        }
        int page = index / PAGE;
        inView.remove(page);
        inView.addLast(page);
        while (inView.size() > 3) {
            inView.removeFirst();
        }
        if (loaded.containsKey(page)) {
            loaded.get(page); // most recently needed
            return;
        }
        if (!reading.add(page)) {
            return;
        }
        long mine = generation;
        Section s = section;
        ArticleOrder o = order;
        int size = rows.size();
        tasks.submit(() -> page(s, o, page * PAGE, size), read -> {
            reading.remove(page);
            if (mine == generation) {
                fill(page, read);
            }
        }, e -> {
            reading.remove(page);
            BackgroundTasks.log(e);
        });
    }

    /**
     * Where these articles are among the rows read so far (the loaded pages, or a search's hits):
     * found without looking at the rows still loading.
     */
    Map<Long, Integer> indexesOf(java.util.Collection<Long> ids) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        Set<Long> wanted = new HashSet<>(ids);
        eachRead(i -> {
            if (wanted.contains(rows.get(i).id())) {
                out.put(rows.get(i).id(), i);
            }
            return true;
        });
        return out;
    }

    /** An article was saved here: its row follows at once, wherever it is loaded. */
    void updated(ArticleSummary s) {
        eachRead(i -> {
            if (rows.get(i).id() != s.id()) {
                return true;
            }
            // a summary made from a saved article has not read its assignees: the row keeps those it showed
            String assignees = rows.get(i).assignees();
            rows.update(i, List.of(s.assignees() == null && assignees != null ? s.withAssignees(assignees) : s));
            return false;
        });
    }

    /** Visits the rows read so far (a search's hits, else the loaded pages) while {@code visit} says go on. */
    private void eachRead(java.util.function.IntPredicate visit) {
        if (whole()) {
            for (int i = 0; i < rows.size(); i++) {
                if (!visit.test(i)) {
                    return;
                }
            }
            return;
        }
        for (int p : loaded.keySet()) {
            for (int i = p * PAGE; i < Math.min(rows.size(), (p + 1) * PAGE); i++) {
                if (!visit.test(i)) {
                    return;
                }
            }
        }
    }

    /** Whether the rows are read whole (a search's hits, a section of assignments), not a page at a time. */
    private boolean whole() {
        return ranked != null || section.assigned() != null;
    }
}
