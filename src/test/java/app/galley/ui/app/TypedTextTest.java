package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.Annotation;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import app.galley.ui.factcheck.FactCheckViewModel;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Text typed and not yet sent is never lost: a comment being written and a tag being typed stay with
 * their annotation and article across other choices and a restart of the window; a dialog with
 * changed fields asks before Cancel or Escape throws them away.
 */
class TypedTextTest extends GalleyFxTest {

    private long sampleId;
    private long otherId;

    @Override
    protected void prepare(Library library) {
        ImportService importer = Services.of(library).imports();
        sampleId = ((ImportOutcome.Imported) importer.importFile(TestFiles.samplePath())).articleId();
        otherId = ((ImportOutcome.Imported) importer.importText("另一篇稿\n\n" + "市政府今天宣布新的交通計劃，預計明年實施。".repeat(5),
                "other.txt")).articleId();
        var service = Services.of(library).annotations("mei");
        var a = library.articles().find(sampleId).orElseThrow();
        var quotes = app.galley.analyze.AnnotationService.analyse(a.body()).quotes();
        service.annotate(a, quotes.get(0));
        service.annotate(a, quotes.get(1));
    }

    private void select(long id) {
        selectArticle(id);
    }

    private FactCheckViewModel factCheck() {
        return window.factCheckModel();
    }

    private void selectAnnotation(int i) {
        Annotation x = factCheck().annotations().get(i);
        interact(() -> factCheck().select(x));
    }

    private String comment() {
        return lookup("#fcComment").queryAs(TextArea.class).getText();
    }

    private String tagField() {
        return lookup("#tagField").queryAs(TextField.class).getText();
    }

    private void restart() {
        interact(() -> {
            stage.close();
            LibraryLocator locator = new LibraryLocator(() -> prefs, Map.of(), "Linux", libraryDir);
            window = new MainWindow(stage, AppContext.of(library, settings, locator));
            window.show();
        });
        settle();
    }

    @Test
    void aCommentBeingWrittenAndAHalfTypedTagOutliveOtherChoicesAndARestart() {
        select(sampleId);
        selectAnnotation(0);
        clickOn("#fcCommentsTab");
        clickOn("#fcComment").write("Ask the institute for the budget");
        selectAnnotation(1);
        assertThat(comment()).isEmpty();
        selectAnnotation(0);
        assertThat(comment()).isEqualTo("Ask the institute for the budget");

        clickOn("#tagField").write("腦科");
        push(KeyCode.ESCAPE);
        select(otherId);
        assertThat(tagField()).isEmpty();
        select(sampleId);
        assertThat(tagField()).isEqualTo("腦科");

        restart();
        select(sampleId);
        assertThat(tagField()).isEqualTo("腦科");
        selectAnnotation(0);
        clickOn("#fcCommentsTab");
        assertThat(comment()).isEqualTo("Ask the institute for the budget");
        clickOn("#fcPost");
        settle();
        assertThat(library.annotations().comments(factCheck().annotations().get(0).id()))
                .anyMatch(c -> c.body().equals("Ask the institute for the budget"));
        assertThat(comment()).isEmpty();
    }

    @Test
    void aDialogWithChangedFieldsAsksBeforeCancelThrowsThemAway() {
        select(sampleId);
        String before = library.articles().find(sampleId).orElseThrow().title();
        push(KeyCode.SHORTCUT, KeyCode.I);
        settle();
        TextField title = lookup("#detailTitle").queryAs(TextField.class);
        clickOn(title).push(KeyCode.END).write("（更新）");
        DialogPane details = lookup("#detailsDialog").queryAs(DialogPane.class);
        clickOn(details.lookupButton(ButtonType.CANCEL));
        settle();
        DialogPane ask = lookup("#unsavedInput").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo("Discard what you typed?");
        clickOn("Keep Editing");
        settle();
        assertThat(title.getScene().getWindow().isShowing()).isTrue();
        assertThat(title.getText()).endsWith("（更新）");
        // unchanged fields close without asking
        interact(() -> title.setText(before));
        clickOn(details.lookupButton(ButtonType.CANCEL));
        settle();
        assertThat(lookup("#unsavedInput").tryQuery()).isEmpty();
        assertThat(lookup("#detailsDialog").tryQuery()).isEmpty();
        // changed again, then Discard: gone, nothing saved
        push(KeyCode.SHORTCUT, KeyCode.I);
        settle();
        clickOn("#detailTitle").push(KeyCode.END).write("X");
        clickOn(lookup("#detailsDialog").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL));
        settle();
        clickOn("Discard");
        settle();
        assertThat(lookup("#detailsDialog").tryQuery()).isEmpty();
        assertThat(library.articles().find(sampleId).orElseThrow().title()).isEqualTo(before);
    }
}
