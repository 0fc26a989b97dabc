package app.galley.cli;

/** Exit codes of the {@code galley} command. */
final class ExitCodes {
    /** Everything worked. */
    static final int OK = 0;
    /** Something failed (an input could not be imported, an article was not found...). */
    static final int FAILURE = 1;
    /** The command line itself was wrong. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
