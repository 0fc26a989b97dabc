package app.galley.ui;

import app.galley.ingest.ImportService;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;

/** The services a Galley window works with. */
public record AppContext(Library library, ImportService importer, UiSettings settings, LibraryLocator locator) {

    public static AppContext of(Library library, UiSettings settings, LibraryLocator locator) {
        return new AppContext(library, new ImportService(library.articles()), settings, locator);
    }
}
