package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleStatus;
import app.galley.model.AuditAction;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.ui.app.GalleyFxTest;
import java.util.EnumSet;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Four eyes in the window (issue 23): with the newsroom asking for a sign-off before Ready, a move
 * without one stops at the gate (going ahead needs a reason, recorded); the editor's own sign-off
 * through Article › Sign Off is kept but is no second pair of eyes; a colleague's lets the move through.
 */
class SignOffFxTest extends GalleyFxTest {

    private long id;

    @Override
    protected void prepare(app.galley.store.Library library) {
        Services s = Services.of(library);
        id = ((ImportOutcome.Imported) s.imports().importText("Council meets\n\nThe council met on Tuesday.", "paste"))
                .articleId();
        s.settings().setSignOffRequired(EnumSet.of(ArticleStatus.READY));
    }

    private void moveToReady() {
        javafx.scene.Node row = lookup("#table .table-row-cell").nth(0).query();
        rightClickOn(row);
        app.galley.ui.app.Gestures.requestContextMenu(this, row);
        clickOn("Set Status");
        clickOn("#status-ready");
        settle();
    }

    private ArticleStatus stored() {
        return library.articles().find(id).orElseThrow().status();
    }

    @Test
    void aMoveToReadyWaitsForASecondPersonOrAReason() throws Exception {
        settle();
        selectArticle(id);
        // the editor signs off through the dialog: kept, and shown, but not a second pair of eyes
        clickOn("Article").clickOn("#signOffItem");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#signOffStatus").tryQuery().isPresent());
        assertThat(lookup("#signOffState .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("✓ The fact-check is ready.");
        clickOn("#signOffNote").write("Read it through");
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals("Sign Off")).queryAs(javafx.scene.control.Button.class));
        settle();
        String me = window.context().services().user();
        assertThat(library.signOffs().of(id)).singleElement().satisfies(s -> {
            assertThat(s.by()).isEqualTo(me);
            assertThat(s.status()).isEqualTo(ArticleStatus.READY);
            assertThat(s.note()).isEqualTo("Read it through");
        });
        assertThat(lookup("#messageLabel").queryLabeled().getText()).isEqualTo("Signed off for Ready.");

        // the move stops at the gate, saying why; cancelled, nothing moves
        moveToReady();
        assertThat(lookup("#overrideReasons .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("• no sign-off by a second person on this text");
        clickOn(lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CANCEL));
        settle();
        assertThat(stored()).isEqualTo(ArticleStatus.INBOX);

        // with a reason it goes ahead, recorded as an override
        moveToReady();
        clickOn("#overrideReason").write("The chief editor agreed by phone");
        clickOn("Go Ahead");
        settle();
        assertThat(stored()).isEqualTo(ArticleStatus.READY);
        assertThat(library.audit().ofArticle(id).stream().filter(e -> e.action() == AuditAction.OVERRIDE).findFirst())
                .hasValueSatisfying(e -> assertThat(e.get("reason")).isEqualTo("The chief editor agreed by phone"));
    }

    @Test
    void aColleaguesSignOffLetsTheMoveThroughWithoutAQuestion() {
        settle();
        Services colleague = Services.of(library, Services.Options.standard().withUser("Ruth Delgado"));
        colleague.gate().signOffs().signOff(library.articles().find(id).orElseThrow(), ArticleStatus.READY, null);
        selectArticle(id);
        moveToReady();
        assertThat(lookup("#overrideReasons").tryQuery()).isEmpty();
        assertThat(stored()).isEqualTo(ArticleStatus.READY);
    }
}
