package app.galley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A publish or unpublish waiting in the outbox, or done with.
 *
 * @param remoteStatus the post status asked for: draft, pending or publish
 * @param lastError    what went wrong last, in the server's words where it gave any, or null
 */
public record OutboxJob(long id, long articleId, long targetId, Action action, String remoteStatus, State state,
                        int attempts, Instant nextAttempt, String lastError, Instant created, Instant updated,
                        String queuedBy) {

    public enum Action {
        PUBLISH, UNPUBLISH
    }

    public enum State {
        /** To be sent when {@code nextAttempt} comes. */
        WAITING,
        /** Being sent now (or interrupted while sent: tried again, which finds what was done). */
        SENDING,
        DONE,
        /** Stopped: the server refused it (wrong password, bad request); the editor may retry. */
        FAILED,
        CANCELLED
    }

    public OutboxJob {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(remoteStatus, "remoteStatus");
    }

    public boolean open() {
        return state == State.WAITING || state == State.SENDING;
    }
}
