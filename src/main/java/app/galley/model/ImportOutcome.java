package app.galley.model;

/** What happened to one input of an import: stored, recognised as a duplicate, or refused. */
public sealed interface ImportOutcome {

    /** The file name, path or label the input came from. */
    String source();

    record Imported(String source, long articleId, String title) implements ImportOutcome { }

    record Duplicate(String source, long existingId, String existingTitle) implements ImportOutcome { }

    /**
     * Stored, but it looks like a repost of an article already in the library (its text mostly the
     * same though boilerplate, headline or script differ).
     */
    record Repost(String source, long articleId, String title, long repostOf, double similarity)
            implements ImportOutcome { }

    /** A web address that could not be fetched now and waits in the queue to be tried again. */
    record Queued(String source, String problem) implements ImportOutcome {
        public String message() {
            return source + ": " + problem + " (queued: it will be tried again)";
        }
    }

    record Failed(String source, String problem) implements ImportOutcome {
        /** One line for the user: the file, then the problem. */
        public String message() {
            return source + ": " + problem;
        }
    }
}
