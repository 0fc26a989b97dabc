package app.galley.ingest;

import app.galley.model.ImportOutcome;

/** Hears how a batch import goes, one input at a time (called on the importing thread). */
public interface ImportListener {

    ImportListener NONE = new ImportListener() { };

    /** The batch has {@code total} inputs. */
    default void started(int total) {
    }

    /** One more input is done: {@code done} of {@code total}. */
    default void finished(ImportOutcome outcome, int done, int total) {
    }
}
