package app.galley.service;

import app.galley.ingest.FeedImporter;
import app.galley.ingest.WebImporter;
import app.galley.model.ImportOutcome;
import app.galley.store.FeedRepository;
import app.galley.store.FetchQueueRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * Importing from the web: single addresses, saved feeds, and the fetch queue that keeps what could
 * not be fetched while offline and tries it again later with back-off.
 */
public final class FeedService {

    private final WebImporter web;
    private final FeedImporter feedImporter;
    private final FeedRepository feeds;
    private final FetchQueueRepository queue;

    FeedService(WebImporter web, FeedImporter feedImporter, FeedRepository feeds, FetchQueueRepository queue) {
        this.web = web;
        this.feedImporter = feedImporter;
        this.feeds = feeds;
        this.queue = queue;
    }

    /** Fetches and imports one web page (queued for later if the network is down). */
    public ImportOutcome importUrl(String address) {
        return web.importUrl(address);
    }

    /** Saves a feed (if new) and imports its items that were not imported before. */
    public List<ImportOutcome> importFeed(String address) {
        return feedImporter.importFeed(address);
    }

    /** Refreshes every saved feed. */
    public List<ImportOutcome> refreshAll() {
        return feedImporter.refreshAll();
    }

    /** The saved feeds with their counts. */
    public List<FeedRepository.Overview> overview() {
        return feeds.overview();
    }

    /** Forgets a saved feed; the articles imported from it stay. False if there was none. */
    public boolean remove(long feedId) {
        return feeds.remove(feedId);
    }

    /** How many addresses wait in the fetch queue. */
    public int queued() {
        return queue.count();
    }

    /** Tries the waiting addresses whose back-off has passed. */
    public List<ImportOutcome> retryDue() {
        return web.retryDue();
    }

    /** Tries every waiting address now and refreshes the saved feeds (the editor asked). */
    public List<ImportOutcome> retryAllAndRefresh() {
        List<ImportOutcome> out = new ArrayList<>(web.retryAll());
        out.addAll(feedImporter.refreshAll());
        return out;
    }
}
