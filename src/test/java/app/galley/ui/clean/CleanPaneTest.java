package app.galley.ui.clean;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.service.EditService;
import app.galley.ui.app.Gestures;
import app.galley.ui.app.PaneFxTest;
import app.galley.ui.editor.EditingViewModel;
import app.galley.ui.library.LibraryViewModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/**
 * The Clean tab's pane alone on a stage (no main window), over its view model, the window's kind of
 * executor and a real library holding the sample: the editor reads the proposed changes, rejects
 * one rule's changes from a change's menu, undoes and redoes that, and applies the rest, which is
 * saved as a new revision.
 */
class CleanPaneTest extends PaneFxTest {

    private long sample;
    private Article article;
    private CleanViewModel clean;

    @Override
    protected void prepare() {
        sample = ((ImportOutcome.Imported) context.services().imports().importFile(TestFiles.samplePath())).articleId();
        article = context.services().articles().find(sample).orElseThrow();
    }

    @Override
    protected Node mount() {
        LibraryViewModel model = new LibraryViewModel(context, tasks, i18n);
        clean = new CleanViewModel(new EditingViewModel(context, model, tasks, i18n), tasks, i18n);
        CleanPane pane = new CleanPane(clean, i18n);
        clean.propose(article, new EditService.Proposal.Rules()); // as the editor does when the tab is shown
        return pane.node();
    }

    @SuppressWarnings("unchecked")
    private ListView<CleanViewModel.Item> changes() {
        return lookup("#changeList").queryAs(ListView.class);
    }

    private long accepted(String rule) {
        return clean.items().stream().filter(i -> i.change().rule().equals(rule) && i.acceptedProperty().get()).count();
    }

    @Test
    void changesAreReviewedRuleByRuleAndTheAcceptedOnesSaved() {
        settle();
        int all = changes().getItems().size();
        assertThat(all).isGreaterThan(5);
        assertThat(lookup("#cleanSummary").queryAs(Label.class).getText()).contains(String.valueOf(all));
        // the article with its changes in it, what goes beside what comes: the conversion mistake among them
        assertThat(lookup("#cleanDiff").queryAs(StyleClassedTextArea.class).getText()).contains("整合併並且");
        long punctuation = accepted("punctuation-width");
        assertThat(punctuation).isPositive();

        // a change of the punctuation rule, its menu: reject the rule's every change
        int at = 0;
        while (!changes().getItems().get(at).change().rule().equals("punctuation-width")) {
            at++;
        }
        int index = at;
        interact(() -> changes().scrollTo(index));
        settle();
        Node cell = lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.getItem() == changes().getItems().get(index))
                .map(c -> (Node) c).findFirst().orElseThrow();
        rightClickOn(cell);
        Gestures.requestContextMenu(this, cell); // what a desktop makes of the right click (Monocle does not)
        clickOn(i18n.format("clean.rejectRule", i18n.rule("punctuation-width")));
        assertThat(accepted("punctuation-width")).isZero();
        assertThat(clean.acceptedCount()).isEqualTo(all - (int) punctuation);

        clickOn("#cleanUndoButton");
        assertThat(accepted("punctuation-width")).isEqualTo(punctuation);
        clickOn("#cleanRedoButton");
        assertThat(accepted("punctuation-width")).isZero();

        clickOn("#applyCleaningButton");
        settle();
        Article saved = context.services().articles().find(sample).orElseThrow();
        assertThat(saved.body()).contains("整合並且").doesNotContain("整合併且").contains(",");
        assertThat(context.services().articles().revisions(sample)).hasSize(2);
        // proposed again on the saved article: only what was rejected is left to propose
        assertThat(changes().getItems()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.change().rule()).isEqualTo("punctuation-width"));
    }
}
