package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.ArticleSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real application class, as the launcher starts it, on a library folder that does not exist yet. */
class FirstStartTest extends FxRobot {

    private Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        GalleyApp.libraryOverride = null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewLibraryIsSeededWithTheSamplesAndTheNewestIsShown() throws Exception {
        Path dir = Files.createTempDirectory("galley-first").resolve("library");
        GalleyApp.libraryOverride = dir;
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(GalleyApp.class);

        TableView<ArticleSummary> table = lookup("#table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(ArticleSummary::title).contains(TestFiles.SAMPLE_TITLE);
        assertThat(lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(lookup("#locationLabel").queryAs(Label.class).getText()).contains(dir.toString());
        assertThat(Files.exists(dir.resolve("galley.mv.db"))).isTrue();
    }
}
