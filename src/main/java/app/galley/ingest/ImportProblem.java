package app.galley.ingest;

/** An input that cannot be imported; the message names the problem in the user's words. */
public class ImportProblem extends Exception {
    public ImportProblem(String message) {
        super(message);
    }
}
