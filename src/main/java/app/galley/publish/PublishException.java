package app.galley.publish;

/**
 * A publish that did not go through: {@code retryable} when the network or the server failed (it
 * is tried again later), not when the server refused it (its message says why).
 */
public class PublishException extends Exception {

    private final boolean retryable;

    public PublishException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
