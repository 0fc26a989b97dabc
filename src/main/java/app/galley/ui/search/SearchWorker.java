package app.galley.ui.search;

import app.galley.search.SearchService;
import app.galley.service.Services;
import app.galley.ui.app.TaskExecutor;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's search index, opened once in the background (the first opening indexes the whole
 * library) on the window's task executor when first needed (a search, a tag suggestion), so that the
 * window's first reads at start-up do not wait behind it; searches given before it is open run when it is. The
 * index serialises its own writes. It outlives the window's rebuilds (a new interface language) and
 * closes with the window.
 */
public final class SearchWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchWorker.class);

    private final Services services;
    private final TaskExecutor tasks;
    private final CompletableFuture<SearchService> opened = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicBoolean opening = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean closed;

    public SearchWorker(Services services, TaskExecutor tasks) {
        this.services = services;
        this.tasks = tasks;
    }

    /** Opens the index now, if nothing has asked for it yet (again: nothing). */
    public void start() {
        if (!opening.compareAndSet(false, true)) {
            return;
        }
        tasks.submit(() -> {
            try {
                opened.complete(services.openSearch());
            } catch (RuntimeException e) {
                LOG.error("The search index cannot be opened", e);
                opened.completeExceptionally(e);
            }
        });
    }

    /** Runs work with the index off the FX thread, once it is open (never, if it could not be opened). */
    public void submit(java.util.function.Consumer<SearchService> work) {
        start();
        opened.thenAccept(service -> tasks.submit(() -> {
            if (!closed) {
                work.accept(service);
            }
        }));
    }

    /** Runs work once the index is open, without opening it. */
    public void whenOpen(Runnable work) {
        opened.thenRun(work);
    }

    public boolean ready() {
        return opened.isDone() && !opened.isCompletedExceptionally();
    }

    /**
     * Closes the index (after a search in hand: the index serialises them). An index still being built
     * for the first time is closed when that ends: it is a copy, picked up where it stopped next time.
     */
    @Override
    public void close() {
        closed = true;
        opened.thenAccept(SearchService::close);
    }
}
