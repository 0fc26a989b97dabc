package app.galley.model;

/** What happened to one input of an import: stored, recognised as a duplicate, or refused. */
public sealed interface ImportOutcome {

    /** The file name, path or label the input came from. */
    String source();

    /** Stored; {@code notes} say what was changed to fit the library (a field cut at its limit). */
    record Imported(String source, long articleId, String title, java.util.List<String> notes) implements ImportOutcome {
        public Imported {
            notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
        }

        public Imported(String source, long articleId, String title) {
            this(source, articleId, title, java.util.List.of());
        }
    }

    record Duplicate(String source, long existingId, String existingTitle) implements ImportOutcome { }

    /**
     * Stored, but it looks like a repost of an article already in the library (its text mostly the
     * same though boilerplate, headline or script differ).
     */
    record Repost(String source, long articleId, String title, long repostOf, double similarity,
                  java.util.List<String> notes) implements ImportOutcome {
        public Repost {
            notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
        }

        public Repost(String source, long articleId, String title, long repostOf, double similarity) {
            this(source, articleId, title, repostOf, similarity, java.util.List.of());
        }
    }

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
