package app.galley.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.GalleyFxTest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/**
 * The editor's saves run in the background, one after another, and the editor types on meanwhile:
 * nothing typed is lost, and a save made before the last one came back is carried over onto it, not
 * met as a conflict with the window's own change.
 */
class EditorSaveTest extends GalleyFxTest {

    private long council;

    @Override
    protected void prepare(Library library) {
        council = ((ImportOutcome.Imported) Services.of(library).imports().importText(
                "Council approves budget\n\nThe council voted 7 to 2.", "council.txt")).articleId();
    }

    private void typeAtEnd(StyleClassedTextArea text, String what) {
        interact(() -> text.moveTo(text.getLength()));
        write(what);
    }

    @Test
    void typingGoesOnWhileSavesWaitAndEverySaveLandsInOrder() throws Exception {
        selectArticle(council);
        StyleClassedTextArea text = lookup("#articleText").queryAs(StyleClassedTextArea.class);
        clickOn(text);
        // hold the window's lane of writes, as a slow disk would
        CountDownLatch slowDisk = new CountDownLatch(1);
        interact(() -> window.libraryModel().writes().submit(() -> slowDisk.await(30, TimeUnit.SECONDS), r -> { },
                BackgroundTasks::log));

        typeAtEnd(text, " One.");
        interact(() -> window.detailController().flush());
        typeAtEnd(text, " Two.");
        interact(() -> window.detailController().flush());
        typeAtEnd(text, " Three.");
        // the FX thread did not wait for a save: nothing is written yet, and the typing went on
        assertThat(library.articles().find(council).orElseThrow().body()).isEqualTo("The council voted 7 to 2.");
        assertThat(text.getText()).endsWith("7 to 2. One. Two. Three.");

        slowDisk.countDown();
        settle(); // the saves, and the autosave of what was typed after them
        // both saves were made on the version shown before either came back: the second is carried
        // over onto the first, no conflict; the words typed after them are saved on top, a pause later
        assertThat(lookup("#conflictDialog").tryQuery()).isEmpty();
        assertThat(library.articles().find(council).orElseThrow().body())
                .isEqualTo("The council voted 7 to 2. One. Two. Three.");

        // closing the window writes what was typed since, before the pause is over
        typeAtEnd(text, " Four.");
        interact(() -> stage.close());
        assertThat(library.articles().find(council).orElseThrow().body())
                .isEqualTo("The council voted 7 to 2. One. Two. Three. Four.");
    }
}
