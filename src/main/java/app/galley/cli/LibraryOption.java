package app.galley.cli;

import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option every command takes. */
final class LibraryOption {

    @Option(names = "--db", paramLabel = "DIR",
            description = "Library folder (default: the one chosen in Preferences, else the platform's data folder).")
    Path db;

    Library open() {
        Library library = Library.openEmbedded(LibraryLocator.forCurrentUser().resolve(db));
        // a recovered library says so on every front-end: on standard error, never mixed into output
        library.notices().forEach(n -> System.err.println("galley: " + n.message()));
        return library;
    }
}
