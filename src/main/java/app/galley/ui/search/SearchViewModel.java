package app.galley.ui.search;

import app.galley.search.SearchHit;
import app.galley.search.SearchService;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import app.galley.ui.library.LibraryViewModel;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The search box: the index opened (and brought up to date) in the background, queries run as the
 * editor types (after a short pause, off the FX thread, only the latest one counts), the hits shown
 * in the article table best first, with snippets.
 */
public final class SearchViewModel {

    /** How long typing rests before the query runs. */
    static final Duration PAUSE = Duration.ofMillis(250);

    private final LibraryViewModel library;
    private final I18n i18n;
    private final SearchWorker worker;
    private final TaskExecutor tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Map<Long, String>> snippets = new SimpleObjectProperty<>(Map.of());
    private TaskExecutor.Repeating pause = () -> { };
    private final AtomicLong generation = new AtomicLong();

    public SearchViewModel(SearchWorker worker, TaskExecutor tasks, LibraryViewModel library, I18n i18n) {
        this.worker = worker;
        this.tasks = tasks;
        this.library = library;
        this.i18n = i18n;
        if (!worker.ready()) {
            status.set(i18n.get("search.opening"));
            worker.whenOpen(() -> tasks.onFx(() -> {
                status.set("");
                if (!query.get().isBlank()) {
                    run();
                }
            }));
        }
        query.addListener((o, was, now) -> {
            pause.close();
            pause = tasks.after(PAUSE, this::run);
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** "12 articles", "Searching…", or empty. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Why the query cannot be read, or empty. */
    public StringProperty errorProperty() {
        return error;
    }

    /** The snippet of each hit, matched words marked [[ ]]. */
    public ObjectProperty<Map<Long, String>> snippetsProperty() {
        return snippets;
    }

    /** Runs the query now (the search box's Enter). */
    public void run() {
        pause.close();
        String q = query.get().strip();
        long mine = generation.incrementAndGet();
        if (q.isEmpty()) {
            library.searchRankProperty().set(null);
            snippets.set(Map.of());
            status.set("");
            error.set("");
            return;
        }
        status.set(i18n.get("search.running"));
        worker.submit(service -> {
            try {
                SearchService.Results r = service.search(q, 500);
                Map<Long, Integer> rank = new LinkedHashMap<>();
                Map<Long, String> found = new LinkedHashMap<>();
                for (SearchHit h : r.hits()) {
                    rank.put(h.id(), rank.size());
                    found.put(h.id(), h.snippet());
                }
                tasks.onFx(() -> {
                    if (generation.get() == mine) {
                        error.set("");
                        snippets.set(found);
                        library.searchRankProperty().set(rank);
                        status.set(r.exact() ? i18n.format("search.found", r.total())
                                : i18n.format("search.foundAtLeast", r.total()));
                    }
                });
            } catch (IllegalArgumentException e) {
                tasks.onFx(() -> {
                    if (generation.get() == mine) {
                        error.set(e.getMessage());
                        status.set(i18n.get("search.unreadable"));
                    }
                });
            }
        });
    }

    public void clear() {
        query.set("");
        run();
    }
}
