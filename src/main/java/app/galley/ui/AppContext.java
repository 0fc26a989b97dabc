package app.galley.ui;

import app.galley.ingest.FeedImporter;
import app.galley.ingest.ImportService;
import app.galley.ingest.WebFetcher;
import app.galley.ingest.WebImporter;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;

/** The services a Galley window works with. */
public record AppContext(Library library, ImportService importer, WebImporter web, FeedImporter feeds,
                         UiSettings settings, LibraryLocator locator) {

    public static AppContext of(Library library, UiSettings settings, LibraryLocator locator) {
        return of(library, settings, locator, WebFetcher.standard());
    }

    public static AppContext of(Library library, UiSettings settings, LibraryLocator locator, WebFetcher fetcher) {
        ImportService importer = new ImportService(library);
        WebImporter web = new WebImporter(importer, library.fetchQueue(), fetcher, library.clock());
        FeedImporter feeds = new FeedImporter(importer, library.feeds(), library.fetchQueue(), fetcher, web,
                library.clock());
        return new AppContext(library, importer, web, feeds, settings, locator);
    }
}
