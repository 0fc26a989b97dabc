package app.galley.ui.app;

import app.galley.store.Library;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The training run behind Galley's class-data-sharing archive (AppCDS, ADR 21): {@code galley
 * cds-train}, started with {@code -XX:ArchiveClassesAtExit=galley.jsa}, loads the classes a start
 * needs (the window's, listed for {@link ClassWarmUp}) and opens, seeds and closes a throwaway
 * library (H2, Flyway, import, cleaning), then ends; the JVM writes the archive as it exits. No
 * window is shown, so it runs at build and install time on machines without a display.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void run() {
        ClassWarmUp.load();
        Path dir;
        try {
            dir = Files.createTempDirectory("galley-cds-training");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Library library = Library.openEmbedded(dir.resolve("library"))) {
            app.galley.service.Services services = app.galley.service.Services.of(library);
            services.library().seedSamplesIfNew();
            services.articles().list();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
