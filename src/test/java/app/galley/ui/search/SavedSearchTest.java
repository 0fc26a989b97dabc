package app.galley.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.ArticleSummary;
import app.galley.service.Services;
import app.galley.service.SettingsService;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A search saved as a smart collection in the sidebar, kept in the library, run again with a click. */
class SavedSearchTest extends GalleyFxTest {

    @Override
    protected void prepare(Library library) {
        ImportService importer = Services.of(library).imports();
        importer.importFile(TestFiles.samplePath());
        importer.importText("Council approves budget\n\nThe council approved the budget.", "council.txt");
    }


    private String status() {
        return lookup("#searchStatus").queryAs(Label.class).getText();
    }

    @Test
    void aSavedSearchIsKeptAndRunAgain() throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> !status().startsWith("Opening"));
        // nothing saved yet: the sidebar shows the hint, not an empty box that takes the tags' room
        assertThat(lookup("#savedSearchesHint").queryAs(Label.class).isVisible()).isTrue();
        assertThat(lookup("#savedSearches").queryAs(ListView.class).isVisible()).isFalse();
        clickOn("#searchField").write("speaker:张旭");
        waitFor(10, TimeUnit.SECONDS, () -> status().equals("1 article"));
        settle(); // the table follows the status once the hits are read
        clickOn("#saveSearchButton");
        settle();
        clickOn("#savedSearchName").push(KeyCode.SHORTCUT, KeyCode.A).write("張旭 quotes");
        clickOn("OK");
        settle();
        assertThat(Services.of(library).settings().savedSearches())
                .containsExactly(new SettingsService.SavedSearch("張旭 quotes", "speaker:张旭"));

        clickOn("#searchField");
        push(KeyCode.ESCAPE);
        settle();
        assertThat(table().getItems()).hasSize(2);

        @SuppressWarnings("unchecked")
        ListView<SettingsService.SavedSearch> saved = lookup("#savedSearches").queryAs(ListView.class);
        assertThat(saved.getItems()).extracting(SettingsService.SavedSearch::name).containsExactly("張旭 quotes");
        assertThat(saved.isVisible()).isTrue();
        assertThat(lookup("#savedSearchesHint").queryAs(Label.class).isVisible()).isFalse();
        assertThat(saved.getHeight()).as("as tall as its one row").isBetween(28.0, 40.0);
        clickOn("張旭 quotes");
        waitFor(10, TimeUnit.SECONDS, () -> status().equals("1 article"));
        settle(); // the table follows the status once the hits are read
        assertThat(table().getItems()).extracting(ArticleSummary::title).containsExactly(TestFiles.SAMPLE_TITLE);
    }
}
