package app.galley.ui.clean;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.Article;
import app.galley.service.EditService;
import app.galley.ui.app.PaneFxTest;
import app.galley.ui.editor.EditingViewModel;
import app.galley.ui.library.LibraryViewModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/**
 * The Clean tab's pane alone on a stage (no main window), over its view model, the window's kind of
 * executor and a real library holding the sample: the editor reads the proposed changes grouped by
 * rule, rejects one rule's changes by its group's check box, undoes and redoes that, decides single
 * changes by keys, and applies the rest, which is saved as a new revision.
 */
class CleanPaneTest extends PaneFxTest {

    private long sample;
    private Article article;
    private CleanViewModel clean;

    @Override
    protected void prepare() {
        article = importSample();
        sample = article.id();
    }

    @Override
    protected Node mount() {
        LibraryViewModel model = new LibraryViewModel(context, tasks, i18n);
        clean = new CleanViewModel(new EditingViewModel(context, model, tasks, i18n), tasks, i18n);
        CleanPane pane = new CleanPane(clean, i18n);
        clean.propose(article, new EditService.Proposal.Rules()); // as the editor does when the tab is shown
        return pane.node();
    }

    private List<CleanViewModel.Item> changes() {
        return clean.items();
    }

    /** The cell showing the group of one rule's changes. */
    private Node group(String rule) {
        return lookup("#changeList .tree-cell").match((TreeCell<?> c) -> c.getItem() instanceof ChangeTree.Group g
                && g.rule().equals(rule)).query();
    }

    private long accepted(String rule) {
        return clean.items().stream().filter(i -> i.change().rule().equals(rule) && i.acceptedProperty().get()).count();
    }

    @Test
    void changesAreReviewedRuleByRuleAndTheAcceptedOnesSaved() {
        settle();
        int all = changes().size();
        assertThat(all).isGreaterThan(5);
        assertThat(lookup("#cleanSummary").queryAs(Label.class).getText()).contains(String.valueOf(all));
        // the article with its changes in it, what goes beside what comes: the conversion mistake among them
        assertThat(lookup("#cleanDiff").queryAs(StyleClassedTextArea.class).getText()).contains("整合併並且");
        long punctuation = accepted("punctuation-width");
        assertThat(punctuation).isPositive();

        // the changes come grouped by rule, each group with its count, closed until opened
        assertThat(lookup("#changeList").queryAs(TreeView.class).getRoot().getChildren()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lookup("#changeList .change-cell").tryQuery()).isEmpty();
        // the punctuation group's check box rejects its every change at once
        clickOn(from(group("punctuation-width")).lookup(".check-box").queryAs(Node.class));
        assertThat(accepted("punctuation-width")).isZero();
        assertThat(clean.acceptedCount()).isEqualTo(all - (int) punctuation);

        clickOn("#cleanUndoButton");
        assertThat(accepted("punctuation-width")).isEqualTo(punctuation);
        clickOn("#cleanRedoButton");
        assertThat(accepted("punctuation-width")).isZero();

        // by keys, from the group: N goes to its first change (opening it), A accepts that one, R
        // rejects it again, N goes on to the next
        clickOn(group("punctuation-width"));
        type(KeyCode.N);
        TreeView<?> tree = lookup("#changeList").queryAs(TreeView.class);
        CleanViewModel.Item first = (CleanViewModel.Item) tree.getSelectionModel().getSelectedItem().getValue();
        assertThat(first).isSameAs(changes().stream().filter(i -> i.change().rule().equals("punctuation-width"))
                .findFirst().orElseThrow());
        assertThat(lookup("#changeList .change-cell").tryQuery()).isPresent();
        type(KeyCode.A);
        assertThat(first.acceptedProperty().get()).isTrue();
        assertThat(accepted("punctuation-width")).isEqualTo(1);
        type(KeyCode.R);
        assertThat(first.acceptedProperty().get()).isFalse();
        type(KeyCode.N);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue()).isNotSameAs(first);

        clickOn("#applyCleaningButton");
        settle();
        Article saved = context.services().articles().find(sample).orElseThrow();
        assertThat(saved.body()).contains("整合並且").doesNotContain("整合併且").contains(",");
        assertThat(context.services().articles().revisions(sample)).hasSize(2);
        // proposed again on the saved article: what was rejected stays so, and is not proposed again
        assertThat(changes()).isEmpty();
        assertThat(clean.leftOutProperty().get()).isEqualTo((int) punctuation);
        assertThat(lookup("#cleanSummary").queryAs(Label.class).getText()).contains("not proposed again");
        clickOn("#resetRejections");
        settle();
        assertThat(changes()).hasSize((int) punctuation)
                .allSatisfy(i -> assertThat(i.change().rule()).isEqualTo("punctuation-width"));
    }
}
