package app.galley.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.ArticleSummary;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/** The search box: results as the editor types, in the table, with highlighted snippets. */
class SearchViewTest extends GalleyFxTest {

    @Override
    protected void prepare(Library library) {
        ImportService importer = Services.of(library).imports();
        importer.importFile(TestFiles.samplePath());
        importer.importText(TestFiles.simplifiedRepost(), "repost.txt");
        importer.importText("Council approves budget\n\nThe council approved the ＡＢＣ budget on Tuesday.", "council.txt");
    }


    private String status() {
        return lookup("#searchStatus").queryAs(Label.class).getText();
    }

    @Test
    void aSimplifiedQueryFindsBothScriptsWithHighlightedSnippets() throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> !status().startsWith("Opening"));
        assertThat(table().getItems()).hasSize(3);
        clickOn("#searchField").write("脑科学");
        waitFor(10, TimeUnit.SECONDS, () -> status().equals("2 articles"));
        settle(); // the table follows the status once the hits are read
        assertThat(table().getItems()).extracting(ArticleSummary::language).containsExactlyInAnyOrder("zh-Hant", "zh-Hans");
        settle();
        // the words found, highlighted in each hit's snippet: as each article writes them
        assertThat(lookup(".search-hit").queryAllAs(Text.class)).extracting(Text::getText).contains("腦科學", "脑科学");

        // a field query, then one that cannot be read, then Esc
        push(KeyCode.SHORTCUT, KeyCode.A);
        write("abc lang:en");
        waitFor(10, TimeUnit.SECONDS, () -> status().equals("1 article"));
        settle(); // the table follows the status once the hits are read
        assertThat(table().getItems()).extracting(ArticleSummary::title).containsExactly("Council approves budget");
        push(KeyCode.SHORTCUT, KeyCode.A);
        write("published:2018-13");
        waitFor(10, TimeUnit.SECONDS, () -> status().equals("Cannot read the query"));
        settle(); // the table follows the status once the hits are read
        push(KeyCode.ESCAPE);
        settle();
        assertThat(table().getItems()).hasSize(3);
        assertThat(lookup(".search-hit").queryAll()).isEmpty();
    }
}
