package app.galley.ui.app;

import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the library (seeding it on first start) and shows the main window. */
public final class GalleyApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(GalleyApp.class);
    static volatile Path libraryOverride;
    /** Settings to use instead of the user's (the class-data-sharing training's window). */
    static volatile UiSettings settingsOverride;

    private Library library;
    private AppContext context;
    private Throwable openError;

    /** What opening the library gave: the library and its context, or why it cannot be opened. */
    private record Opened(Library library, AppContext context, Throwable error) {
    }

    private static volatile CompletableFuture<Opened> opening;

    /**
     * Starts opening the library, and loading the window's classes, on threads of their own: called
     * before the toolkit starts, so that the two overlap instead of one waiting for the other.
     */
    static synchronized void beginOpening() {
        if (opening != null) {
            return;
        }
        ClassWarmUp.start(); // the window's classes load while the library opens
        String language = settings().get(UiSettings.LANGUAGE, MainWindow.defaultLanguage());
        BackgroundTasks.once("galley-warm-up-text", () -> I18n.warmUp(language));
        CompletableFuture<Opened> f = new CompletableFuture<>();
        opening = f;
        BackgroundTasks.once("galley-open-library", () -> {
            try {
                f.complete(open());
            } catch (Throwable e) { // whatever happens, the start waiting for it is told
                f.completeExceptionally(e);
            }
        });
    }

    private static Opened open() {
        LibraryLocator locator = LibraryLocator.forCurrentUser();
        Path dir = locator.resolve(libraryOverride);
        Library library = null;
        try {
            library = Library.openEmbeddedForWindow(dir); // its first backup when the window asks, not at the start
            AppContext context = AppContext.of(library, settings(), locator);
            // once, for a library made before Traditional and Simplified folded by one table (OpenCC's)
            int refreshed = context.services().library().refreshFingerprints(done -> { });
            if (refreshed > 0) {
                LOG.info("Made the duplicate fingerprints of {} articles again", refreshed);
            }
            List<ImportOutcome> seeded = context.services().library().seedSamplesIfNew();
            seeded.stream().filter(ImportOutcome.Failed.class::isInstance)
                    .forEach(f -> LOG.warn("Sample not imported: {}", ((ImportOutcome.Failed) f).message()));
            return new Opened(library, context, null);
        } catch (RuntimeException e) {
            LOG.error("Cannot open the library in {}", dir, e);
            return new Opened(library, null, e);
        }
    }

    private static UiSettings settings() {
        UiSettings s = settingsOverride;
        return s != null ? s : UiSettings.user();
    }

    @Override
    public void init() {
        beginOpening(); // started already by the launcher, unless the application was launched another way
        // while the library opens, the toolkit is up and its thread idle: the font is read here and the
        // theme's stylesheet there, instead of on that thread once the library is open
        Theme theme = Theme.fromSetting(settings().get(UiSettings.THEME, "LIGHT"));
        Platform.runLater(theme::apply);
        Fonts.load();
        try {
            Opened o = opening.join();
            library = o.library();
            context = o.context();
            openError = o.error();
        } catch (java.util.concurrent.CompletionException e) {
            openError = e.getCause();
        }
    }

    @Override
    public void start(Stage stage) {
        if (openError != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, openError.getMessage());
            alert.setHeaderText("Galley cannot open its library");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        var icon = GalleyApp.class.getResourceAsStream("/assets/icons/galley-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        new MainWindow(stage, context).show();
    }

    @Override
    public void stop() {
        if (library != null) {
            library.close();
        }
    }
}
