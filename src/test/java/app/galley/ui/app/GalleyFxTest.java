package app.galley.ui.app;

import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the TestFX tests: the real main window on a fresh H2 library in a temporary folder, with
 * in-memory window settings and a throwaway preferences node, so no test touches the user's own.
 */
public abstract class GalleyFxTest extends ApplicationTest {

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

    /**
     * Waits until the window's background work (reads, saves, searches, page loads) is done and what
     * it found is on screen: every test waits on this condition, never for a fixed time.
     */
    protected void settle() {
        FxSettle.settle(window.tasks());
    }

    /**
     * Saves a picture of the main window as {@code DIR/en/NAME.png} when GALLEY_SCREENSHOTS=DIR is set
     * (docs/screenshots); nothing otherwise.
     */
    protected void shot(String name) {
        String folder = System.getenv("GALLEY_SCREENSHOTS");
        if (folder == null) {
            return;
        }
        settle();
        var image = interactAndGet(() -> stage.getScene().snapshot(null));
        Path file = Path.of(folder, "en", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The window's article table. */
    @SuppressWarnings("unchecked")
    protected javafx.scene.control.TableView<app.galley.model.ArticleSummary> table() {
        return lookup("#table").queryAs(javafx.scene.control.TableView.class);
    }

    /** What {@code c} returns, called on the FX thread. */
    protected <T> T interactAndGet(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Selects an article in the table, as a click on its row would. */
    protected void selectArticle(long id) {
        javafx.scene.control.TableView<app.galley.model.ArticleSummary> table = table();
        app.galley.model.ArticleSummary s = table.getItems().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(s)));
        // and the work showing it starts (tag suggestions, quotations) done: a lookup while the FX thread
        // still adds its results walked a changing list (OneDoorTest failed so once on CI)
        settle();
    }

    /** Lays out the library folder before the window opens it (a test's own history); nothing by default. */
    protected void prepareFolder(Path dir) {
    }

    /** Interface language for the test; English unless a test says otherwise. */
    protected String language() {
        return "en";
    }

    /** How the window asks for files and confirmations in this test (null: the system's dialogs). */
    protected DialogService dialogs() {
        return null;
    }

    /**
     * A library folder made before the toolkit starts (a large generated library: making it in
     * {@link #prepare} would outlast TestFX's set-up time); null for a fresh one.
     */
    protected Path preparedLibrary() {
        return null;
    }

    /** The JVM's locale before the window set its own (the interface language): put back after each test. */
    private final java.util.Locale jvmLocale = java.util.Locale.getDefault();

    @Override
    public void start(Stage stage) {
        try {
            libraryDir = preparedLibrary() != null ? preparedLibrary() : Files.createTempDirectory("galley-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.stage = stage;
        prepareFolder(libraryDir);
        library = Library.openEmbedded(libraryDir);
        prepare(library);
        settings = UiSettings.inMemory();
        settings.put(UiSettings.LANGUAGE, language());
        prepareSettings(settings);
        prefs = Preferences.userRoot().node("app/galley-test/ui-" + System.nanoTime());
        LibraryLocator locator = new LibraryLocator(() -> prefs, Map.of(), "Linux", libraryDir);
        AppContext context = AppContext.of(library, settings, locator);
        window = new MainWindow(stage, dialogs() == null ? context : context.withDialogs(dialogs()));
        window.show();
    }

    /**
     * Delivers a drag event as a desktop would, with a real dragboard (headless Monocle has no desktop
     * to drag from).
     */
    protected DragEvent dropOn(Node target, Map<DataFormat, Object> content, javafx.event.EventType<DragEvent> type) {
        java.util.concurrent.atomic.AtomicReference<DragEvent> fired = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> {
            javafx.scene.input.Dragboard board = DesktopDragboard.with(content);
            javafx.geometry.Bounds b = target.localToScreen(target.getBoundsInLocal());
            javafx.geometry.Bounds scene = target.localToScene(target.getBoundsInLocal());
            DragEvent e = new DragEvent(type, board, scene.getCenterX(), scene.getCenterY(), b.getCenterX(),
                    b.getCenterY(), TransferMode.COPY, null, null, null);
            fired.set(e);
            target.fireEvent(e);
        });
        return fired.get();
    }

    /** Drops content on the article table and waits until its import is done. */
    protected void dropAndWait(Map<DataFormat, Object> content) {
        window.viewModel().imports().lastReportProperty().set(null);
        dropOn(lookup("#table").query(), content, DragEvent.DRAG_DROPPED);
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> window.viewModel().imports().lastReportProperty().get() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the dropped import did not finish", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeLibrary() throws Exception {
        interact(() -> stage.close());
        java.util.Locale.setDefault(jvmLocale);
        library.close();
        prefs.removeNode();
        try (var files = Files.walk(libraryDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
