package app.galley.ui.app;

import app.galley.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Base of the TestFX tests that mount one pane on a stage of its own, without the main window: a
 * real library in a temporary folder, the window's kind of executor (background threads, results on
 * the FX thread) and the interface language. The subclass builds its pane from view models over
 * these, as the window would, and drives it as a user would.
 */
public abstract class PaneFxTest extends ApplicationTest {

    protected Path dir;
    protected Library library;
    protected AppContext context;
    protected BackgroundTasks tasks;
    protected I18n i18n;
    protected Stage stage;

    /** Imports the sample article (in {@link #prepare}) and returns it as stored. */
    protected app.galley.model.Article importSample() {
        long id = ((app.galley.model.ImportOutcome.Imported) context.services().imports()
                .importFile(app.galley.TestFiles.samplePath())).articleId();
        return context.services().articles().find(id).orElseThrow();
    }

    /** Puts what the test needs in the library before the pane is built (the library may be used here). */
    protected void prepare() throws Exception {
    }

    /**
     * Builds the pane under test on the FX thread, over {@link #context}, {@link #tasks} and
     * {@link #i18n}. As in the window, the library refuses work on this thread from here on (in the
     * tests): the pane's view models read and write through the executor.
     */
    protected abstract Node mount() throws Exception;

    /** Interface language; English unless a test says otherwise. */
    protected String language() {
        return "en";
    }

    /** Closes what the pane's view models opened (on the FX thread, before the executor stops). */
    protected void unmount() {
    }

    @Override
    public final void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("galley-pane-test");
        library = Library.openEmbedded(dir);
        tasks = new BackgroundTasks();
        context = PlainContext.of(library, dir);
        i18n = new I18n(language());
        prepare();
        Library.forbidWorkOn(Thread.currentThread(), Boolean.getBoolean("galley.refuseWorkOnWindowThread"));
        stage.setScene(new Scene(new StackPane(mount()), 720, 560));
        stage.show();
    }

    @AfterEach
    void closePane() {
        interact(() -> {
            unmount();
            tasks.close();
            Library.forbidWorkOn(null, false);
        });
        library.close();
    }

    /** Waits until the pane's background work is done and on screen. */
    protected void settle() {
        FxSettle.settle(tasks);
    }
}
