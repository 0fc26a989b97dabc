package app.galley.ingest;

import app.galley.model.ImportOutcome;
import app.galley.model.QueuedFetch;
import app.galley.store.FetchQueueRepository;
import app.galley.store.StoreException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports web addresses. An address that cannot be fetched now (offline, timeout, server error) goes
 * to the library's fetch queue and is tried again later, backing off; nothing is dropped.
 */
public final class WebImporter {

    private final ImportService importer;
    private final FetchQueueRepository queue;
    private final WebFetcher fetcher;
    private final Clock clock;

    public WebImporter(ImportService importer, FetchQueueRepository queue, WebFetcher fetcher, Clock clock) {
        this.importer = importer;
        this.queue = queue;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** Fetches a page and imports its article; queues it when trying again later may help. */
    public ImportOutcome importUrl(String address) {
        URI uri;
        try {
            uri = WebFetcher.parse(address);
        } catch (ImportProblem e) {
            return new ImportOutcome.Failed(address, e.getMessage());
        }
        return fetchAndStore(uri.toString(), uri, 0);
    }

    private ImportOutcome fetchAndStore(String label, URI uri, int attemptsSoFar) {
        try {
            return importer.storeFetched(fetcher.fetch(uri), label);
        } catch (WebFetcher.FetchProblem e) {
            if (e.retryable()) {
                queue.enqueue(label, QueuedFetch.Kind.PAGE, e.getMessage(), clock.instant().plus(backoff(attemptsSoFar)));
                return new ImportOutcome.Queued(label, e.getMessage());
            }
            return new ImportOutcome.Failed(label, e.getMessage());
        } catch (ImportProblem e) {
            return new ImportOutcome.Failed(label, e.getMessage());
        } catch (StoreException e) {
            return new ImportOutcome.Failed(label, "not saved: " + e.getMessage());
        }
    }

    /** Tries every queued page that is due; fetched ones leave the queue, the others wait longer. */
    public List<ImportOutcome> retryDue() {
        return retry(queue.due(clock.instant()));
    }

    /** Tries every queued page now, due or not (the user asked). */
    public List<ImportOutcome> retryAll() {
        return retry(queue.all());
    }

    private List<ImportOutcome> retry(List<QueuedFetch> waiting) {
        List<ImportOutcome> out = new ArrayList<>();
        for (QueuedFetch q : waiting) {
            if (q.kind() != QueuedFetch.Kind.PAGE) {
                continue;
            }
            ImportOutcome outcome = fetchAndStore(q.url(), URI.create(q.url()), q.attempts());
            if (!(outcome instanceof ImportOutcome.Queued)) {
                queue.remove(q.id());
            }
            out.add(outcome);
        }
        return out;
    }

    /** 1, 5, 15, 60 minutes, then every 3 hours. */
    static Duration backoff(int attempts) {
        return switch (attempts) {
            case 0 -> Duration.ofMinutes(1);
            case 1 -> Duration.ofMinutes(5);
            case 2 -> Duration.ofMinutes(15);
            case 3 -> Duration.ofMinutes(60);
            default -> Duration.ofHours(3);
        };
    }
}
