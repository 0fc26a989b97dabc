package app.galley.ui.app;

import app.galley.service.EditService;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;

/**
 * What a Galley window works with: the application services over its library (the only way it
 * reaches the library), the window's own undo journal, its settings, where libraries are found, and
 * how it asks the editor for files and confirmations.
 */
public record AppContext(Services services, EditService editing, UiSettings settings, LibraryLocator locator,
                         DialogService dialogs) {

    public static AppContext of(Services services, UiSettings settings, LibraryLocator locator) {
        return new AppContext(services, services.editing(), settings, locator, new FxDialogService());
    }

    /** The same, asking the editor through {@code other} (a test answers as an editor would). */
    public AppContext withDialogs(DialogService other) {
        return new AppContext(services, editing, settings, locator, other);
    }

    /** The standard services over {@code library}, annotating in the checker's name from the settings. */
    public static AppContext of(Library library, UiSettings settings, LibraryLocator locator) {
        Services.Options options = Services.Options.standard();
        return of(Services.of(library, options.withUser(settings.get(UiSettings.CHECKER, options.user()))),
                settings, locator);
    }
}
