package app.galley.ui;

import app.galley.service.EditService;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;

/**
 * What a Galley window works with: the application services over its library (the only way it
 * reaches the library), the window's own undo journal, its settings, and where libraries are found.
 */
public record AppContext(Services services, EditService editing, UiSettings settings, LibraryLocator locator) {

    public static AppContext of(Services services, UiSettings settings, LibraryLocator locator) {
        return new AppContext(services, services.editing(), settings, locator);
    }

    /** The standard services over {@code library}, annotating in the checker's name from the settings. */
    public static AppContext of(Library library, UiSettings settings, LibraryLocator locator) {
        Services.Options options = Services.Options.standard();
        return of(Services.of(library, options.withUser(settings.get(UiSettings.CHECKER, options.user()))),
                settings, locator);
    }
}
