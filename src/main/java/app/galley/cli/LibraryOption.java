package app.galley.cli;

import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option every command takes. */
final class LibraryOption {

    @Option(names = "--db", paramLabel = "DIR",
            description = "Library folder (default: the one chosen in Preferences, else the platform's data folder).")
    Path db;

    /** Opens the library with the standard services. */
    Session open() {
        return open(Services.Options.standard());
    }

    /** Opens the library with services that reach the outside world as {@code options} say. */
    Session open(Services.Options options) {
        Library library = Library.openEmbedded(LibraryLocator.forCurrentUser().resolve(db));
        // a recovered library says so on every front-end: on standard error, never mixed into output
        library.notices().forEach(n -> System.err.println("galley: " + n.message()));
        Services services = Services.of(library, options);
        if (services.library().fingerprintsStale()) { // once, for a library made before the one Chinese table
            int n = services.library().refreshFingerprints(done -> { });
            if (n > 0) {
                System.err.println("galley: the duplicate fingerprints of " + n + " articles were made again"
                        + " (Traditional and Simplified Chinese now fold by OpenCC's table)");
            }
        }
        return new Session(library, services);
    }
}
