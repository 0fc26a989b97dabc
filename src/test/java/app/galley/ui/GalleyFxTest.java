package app.galley.ui;

import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Base of the TestFX tests: the real main window on a fresh H2 library in a temporary folder, with
 * in-memory window settings and a throwaway preferences node, so no test touches the user's own.
 */
abstract class GalleyFxTest extends ApplicationTest {

    protected Path libraryDir;
    protected Library library;
    protected UiSettings settings;
    protected Preferences prefs;
    protected MainWindow window;
    protected Stage stage;

    /** Set up the library before the window opens (for example import articles). */
    protected void prepare(Library library) {
    }

    /** Set window settings before the window opens. */
    protected void prepareSettings(UiSettings settings) {
    }

    /** Interface language for the test; English unless a test says otherwise. */
    protected String language() {
        return "en";
    }

    @Override
    public void start(Stage stage) {
        try {
            libraryDir = Files.createTempDirectory("galley-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.stage = stage;
        library = Library.openEmbedded(libraryDir);
        prepare(library);
        settings = UiSettings.inMemory();
        settings.put(UiSettings.LANGUAGE, language());
        prepareSettings(settings);
        prefs = Preferences.userRoot().node("app/galley-test/ui-" + System.nanoTime());
        LibraryLocator locator = new LibraryLocator(() -> prefs, Map.of(), "Linux", libraryDir);
        window = new MainWindow(stage, AppContext.of(library, settings, locator));
        window.show();
    }

    @AfterEach
    void closeLibrary() throws Exception {
        interact(() -> stage.close());
        library.close();
        prefs.removeNode();
        try (var files = Files.walk(libraryDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
