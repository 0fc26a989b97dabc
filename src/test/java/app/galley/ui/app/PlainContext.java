package app.galley.ui.app;

import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import java.nio.file.Path;
import java.util.Map;
import java.util.prefs.Preferences;

/** The window's context for a view-model test with plain JUnit: in-memory settings, preferences of its own. */
public final class PlainContext {

    private PlainContext() {
    }

    public static AppContext of(Library library, Path dir) {
        LibraryLocator locator = new LibraryLocator(() -> Preferences.userRoot().node("app/galley-test/vm-"
                + System.nanoTime()), Map.of(), "Linux", dir);
        return AppContext.of(library, UiSettings.inMemory(), locator);
    }
}
