package app.galley.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ImportOutcome;
import app.galley.model.Revision;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/**
 * Typing in an article that another writer saved meanwhile: the editor is asked, and neither text is
 * lost (keep mine puts the typing on top, the other version stays in History), or takes theirs.
 */
class ConflictTest extends GalleyFxTest {

    private long council;

    @Override
    protected void prepare(Library library) {
        council = ((ImportOutcome.Imported) Services.of(library).imports().importText(
                "Council approves budget\n\nThe council voted 7 to 2.", "council.txt")).articleId();
    }

    /** Another writer saves the article while this window still shows the earlier version, then the editor types. */
    private StyleClassedTextArea typeOverAnotherWritersChange() throws Exception {
        selectArticle(council);
        interact(() -> window.follower().stop()); // the window does not learn of it before the typing is saved
        try (Library other = Library.openEmbedded(libraryDir)) {
            Article a = other.articles().find(council).orElseThrow();
            other.revisions().save(council, a.version(), ArticleEdit.of(a).withBody("The council voted 8 to 1."), "elsewhere", null);
        }
        StyleClassedTextArea text = lookup("#articleText").queryAs(StyleClassedTextArea.class);
        clickOn(text);
        interact(() -> text.moveTo(text.getLength()));
        write(" Typed here.");
        interact(() -> window.detailController().flush());
        waitFor(5, TimeUnit.SECONDS, () -> lookup("#conflictDialog").tryQuery().isPresent());
        return text;
    }

    private void choose(String label) {
        Node button = lookup("#conflictDialog .button").match((Node n) -> label.equals(((Button) n).getText())).query();
        clickOn(button);
        settle();
    }

    @Test
    void keepMineSavesTheTypingOnTopAndHistoryKeepsTheOtherVersion() throws Exception {
        StyleClassedTextArea text = typeOverAnotherWritersChange();
        choose("Keep mine");

        Article stored = library.articles().find(council).orElseThrow();
        assertThat(stored.body()).isEqualTo("The council voted 7 to 2. Typed here.");
        List<Revision> history = library.articles().revisions(council);
        assertThat(history).extracting(Revision::body).contains("The council voted 8 to 1.", stored.body());
        waitFor(2, TimeUnit.SECONDS, () -> text.getText().equals(stored.body()));
    }

    @Test
    void takeTheirsShowsTheOtherVersion() throws Exception {
        StyleClassedTextArea text = typeOverAnotherWritersChange();
        choose("Take theirs");

        assertThat(library.articles().find(council).orElseThrow().body()).isEqualTo("The council voted 8 to 1.");
        waitFor(2, TimeUnit.SECONDS, () -> text.getText().equals("The council voted 8 to 1."));
    }
}
