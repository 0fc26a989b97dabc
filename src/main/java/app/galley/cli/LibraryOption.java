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

    @Option(names = "--as", paramLabel = "NAME",
            description = "The name your changes carry in the audit trail and on comments (default: your name in"
                    + " the team library, else the system user).")
    String as;

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
        String name = as != null && !as.isBlank() ? as.strip()
                : services.team().team().map(t -> t.member()).filter(m -> !m.isBlank()).orElse(null);
        if (name != null && !name.equals(options.user())) {
            services = Services.of(library, options.withUser(name));
        }
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
