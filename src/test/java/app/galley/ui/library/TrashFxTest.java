package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.ArticleSummary;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.DialogService;
import app.galley.ui.app.GalleyFxTest;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Deleting articles as an editor does (issue 18): the Delete key sends the selected article to the
 * Trash, Undo in the status bar brings it back, the Trash section lists what waits there, Put Back
 * returns it, and Empty Trash… deletes it for good once the editor says yes.
 */
class TrashFxTest extends GalleyFxTest {

    private final app.galley.ui.app.ScriptedDialogs answers = new app.galley.ui.app.ScriptedDialogs();

    @Override
    protected void prepare(Library library) {
        Services s = Services.of(library);
        s.imports().importFile(TestFiles.samplePath());
        s.imports().importText("Council approves budget\n\nThe council approved the budget on Tuesday.", "paste");
    }

    @Override
    protected DialogService dialogs() {
        return answers;
    }

    private List<String> titles() {
        return table().getItems().stream().map(ArticleSummary::title).toList();
    }

    /** The table's first row as drawn now (the table keeps spare row cells out of sight). */
    private javafx.scene.Node firstRow() {
        return lookup("#table .table-row-cell").match(n -> n.isVisible()
                && ((javafx.scene.control.TableRow<?>) n).getIndex() == 0 && !((javafx.scene.control.TableRow<?>) n).isEmpty())
                .query();
    }

    private String section(int index) {
        return lookup("#sections .list-cell").nth(index).queryLabeled().getText();
    }

    @Test
    void theDeleteKeySendsToTheTrashAndItComesBackOrGoesForGood() {
        settle();
        assertThat(titles()).hasSize(2);
        clickOn(firstRow());
        String deleted = table().getSelectionModel().getSelectedItem().title();
        type(KeyCode.DELETE);
        settle();
        assertThat(titles()).hasSize(1).doesNotContain(deleted);
        assertThat(section(9)).isEqualTo("Trash  (1)");
        assertThat(section(0)).isEqualTo("All articles  (1)");
        assertThat(lookup("#messageLabel").queryLabeled().getText()).isEqualTo("1 article moved to the Trash.");

        // undone from the status bar
        Hyperlink undo = lookup("#undoTrashLink").queryAs(Hyperlink.class);
        assertThat(undo.isVisible()).isTrue();
        clickOn(undo);
        settle();
        assertThat(titles()).hasSize(2).contains(deleted);
        assertThat(undo.isVisible()).isFalse();
        assertThat(section(9)).isEqualTo("Trash  (0)");

        // deleted again from the menu, then put back from the Trash section
        clickOn(firstRow());
        clickOn("Article");
        clickOn("Move to Trash");
        settle();
        clickOn(lookup("#sections .list-cell").nth(9).queryAs(javafx.scene.Node.class));
        settle();
        assertThat(titles()).containsExactly(deleted);
        clickOn(firstRow());
        type(KeyCode.DELETE); // nothing more to delete in the Trash: the key does nothing here
        settle();
        assertThat(titles()).containsExactly(deleted);
        clickOn("Article");
        clickOn("Put Back");
        settle();
        assertThat(titles()).isEmpty();
        assertThat(section(0)).isEqualTo("All articles  (2)");

        // emptied for good only when the editor says yes
        clickOn(lookup("#sections .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        settle();
        clickOn(firstRow());
        type(KeyCode.DELETE);
        settle();
        assertThat(section(9)).isEqualTo("Trash  (1)");
        clickOn("Article");
        clickOn("Empty Trash…");
        settle();
        assertThat(answers.asked).singleElement().asString().startsWith("Delete the article in the Trash for good?");
        assertThat(section(9)).isEqualTo("Trash  (1)");
        answers.confirmAnswer = true;
        clickOn("Article");
        clickOn("Empty Trash…");
        settle();
        assertThat(section(9)).isEqualTo("Trash  (0)");
        assertThat(lookup("#messageLabel").queryLabeled().getText()).isEqualTo("1 article deleted for good.");
        assertThat(library.articles().list()).hasSize(1);
    }
}
