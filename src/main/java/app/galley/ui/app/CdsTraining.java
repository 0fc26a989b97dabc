package app.galley.ui.app;

import app.galley.store.Library;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.application.Application;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training run behind Galley's class-data-sharing archive (AppCDS, ADR 21): {@code galley
 * cds-train}, started with {@code -XX:ArchiveClassesAtExit=galley.jsa}, loads the classes a start
 * needs (listed for {@link ClassWarmUp}) and opens, seeds and closes a throwaway library (H2, Flyway,
 * import, cleaning, the search index), then ends; the JVM writes the archive as it exits. That much
 * needs no display, so it runs at build and install time anywhere.
 *
 * <p>With {@code --window} (the build asks for it when there is a display) it then also opens the
 * window on that throwaway library, with settings kept in memory, and closes it as soon as it is
 * usable: the archive then holds what only a real start makes, the lambdas and method handles the
 * toolkit and the window create, which a start would otherwise generate and compile again each time.
 */
public final class CdsTraining {

    private static final Logger LOG = LoggerFactory.getLogger(CdsTraining.class);
    /** A window that never becomes usable (a display that does not answer) does not hold up the build. */
    private static final long WINDOW_LIMIT_MS = 60_000;

    private CdsTraining() {
    }

    public static void run(boolean window) {
        ClassWarmUp.load();
        Path dir;
        try {
            dir = Files.createTempDirectory("galley-cds-training");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path library = dir.resolve("library");
            try (Library lib = Library.openEmbedded(library)) {
                app.galley.service.Services services = app.galley.service.Services.of(lib);
                services.library().seedSamplesIfNew();
                services.articles().list();
                services.openSearch().close(); // the index opens right as the first article is shown
            }
            if (window) {
                openWindow(library);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    /** Starts the window on {@code library} as a user's start would, and returns once it has closed. */
    private static void openWindow(Path library) {
        GalleyApp.libraryOverride = library;
        GalleyApp.settingsOverride = UiSettings.inMemory(); // the user's own settings are neither read nor changed
        System.setProperty(StartupReport.PROPERTY, StartupReport.QUIET_EXIT);
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        BackgroundTasks.once("galley-cds-training-limit", () -> {
            try {
                Thread.sleep(WINDOW_LIMIT_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (!closed.get()) {
                LOG.warn("The training window did not become usable in {} s; closing it", WINDOW_LIMIT_MS / 1000);
                Platform.exit();
            }
        });
        try {
            GalleyApp.beginOpening();
            Application.launch(GalleyApp.class);
        } catch (RuntimeException | LinkageError e) { // no display after all: the archive keeps the rest
            LOG.warn("The training window could not be opened: {}", e.toString());
        } finally {
            closed.set(true);
        }
    }
}
