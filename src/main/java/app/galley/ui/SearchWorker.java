package app.galley.ui;

import app.galley.search.SearchService;
import app.galley.store.Library;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's search index, opened once (in the background: the first opening indexes the whole
 * library) and used from one thread, so the index is never written by two at once. It outlives
 * the window's rebuilds (a new interface language) and closes with the window.
 */
final class SearchWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchWorker.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "galley-search");
        t.setDaemon(true);
        return t;
    });
    private volatile SearchService service;

    SearchWorker(Library library) {
        thread.submit(() -> {
            try {
                service = SearchService.open(library);
            } catch (RuntimeException e) {
                LOG.error("The search index cannot be opened", e);
            }
        });
    }

    /** Runs work with the index, on the search thread, once it is open. */
    void submit(java.util.function.Consumer<SearchService> work) {
        thread.submit(() -> {
            if (service != null) {
                work.accept(service);
            }
        });
    }

    boolean ready() {
        return service != null;
    }

    /**
     * Closes the index once the work in hand is done, waiting a few seconds for it (a first indexing
     * of a big library may still be running: it is a copy, picked up where it stopped next time).
     */
    @Override
    public void close() {
        thread.submit(() -> {
            if (service != null) {
                service.close();
            }
        });
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("The search index was still busy when the window closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
