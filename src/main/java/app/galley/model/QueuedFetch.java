package app.galley.model;

import java.time.Instant;
import java.util.Objects;

/** A web address waiting to be fetched again: a page or a feed, with the last problem met. */
public record QueuedFetch(long id, String url, Kind kind, int attempts, String lastError, Instant created,
                          Instant nextAttempt) {

    public enum Kind { PAGE, FEED }

    public QueuedFetch {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }
}
