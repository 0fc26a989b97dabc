package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleSummary;
import app.galley.store.GeneratedLibrary;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sorting by a column the editor clicks: the rows come in the store's order, and the article the
 * editor had selected (two of them here) stay selected, in their new rows, and the focused one stays
 * the one shown.
 */
class SortKeepsSelectionTest extends GalleyFxTest {

    @Override
    protected void prepare(Library library) {
        try {
            GeneratedLibrary.fill(library, 450, i -> new GeneratedLibrary.Row(
                    List.of("預算", "council", "上海", "bridge", "選舉", "mayor").get(i % 6) + " " + (500 + i * 7 % 113),
                    "Reuters", i % 2 == 0 ? "zh-Hant" : "en", "INBOX", "Body " + i));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSelectedArticlesStaySelectedWhenTheEditorSortsByTitle() {
        settle();
        // two of the first rows whose titles come first by title ("bridge …": a sixth of them, all
        // in the first page of that order), so both are among the rows read after the sort
        List<Integer> bridges = java.util.stream.IntStream.range(0, 15)
                .filter(i -> table().getItems().get(i).title().startsWith("bridge")).limit(2).boxed().toList();
        clickOn(lookup("#table .table-row-cell").nth(bridges.get(0)).queryAs(javafx.scene.Node.class));
        ArticleSummary other = table().getSelectionModel().getSelectedItem();
        press(javafx.scene.input.KeyCode.CONTROL);
        clickOn(lookup("#table .table-row-cell").nth(bridges.get(1)).queryAs(javafx.scene.Node.class));
        release(javafx.scene.input.KeyCode.CONTROL);
        settle();
        ArticleSummary chosen = table().getSelectionModel().getSelectedItem();
        assertThat(table().getSelectionModel().getSelectedIndices()).containsExactlyElementsOf(bridges);
        assertThat(window.viewModel().currentProperty().get().id()).isEqualTo(chosen.id());

        clickOn(lookup("#table .column-header").nth(0).queryAs(javafx.scene.Node.class)); // Title, ascending
        settle();
        List<String> titles = table().getItems().stream().filter(a -> !LibraryViewModel.loading(a))
                .map(ArticleSummary::title).toList(); // the rows read so far: the first page
        assertThat(titles).hasSize(ArticleRows.PAGE).isSortedAccordingTo(Comparator.naturalOrder());
        int at = table().getSelectionModel().getSelectedIndex();
        assertThat(table().getSelectionModel().getSelectedItems()).extracting(ArticleSummary::id)
                .containsExactlyInAnyOrder(chosen.id(), other.id());
        assertThat(table().getSelectionModel().getSelectedItem().id()).isEqualTo(chosen.id()); // still the focused one
        assertThat(table().getItems().get(at).id()).isEqualTo(chosen.id());
        assertThat(window.viewModel().currentProperty().get().id()).isEqualTo(chosen.id());

        clickOn(lookup("#table .column-header").nth(0).queryAs(javafx.scene.Node.class)); // descending
        settle();
        assertThat(table().getItems().subList(0, ArticleRows.PAGE)).extracting(ArticleSummary::title)
                .isSortedAccordingTo(Comparator.reverseOrder());
        // the two are now in the last page, not read yet: nothing is selected among the rows read,
        // and the article shown stays shown
        assertThat(table().getSelectionModel().getSelectedItems()).isEmpty();
        assertThat(window.viewModel().currentProperty().get().id()).isEqualTo(chosen.id());
        clickOn(lookup("#table .column-header").nth(0).queryAs(javafx.scene.Node.class)); // no order: newest first
        settle();
        assertThat(window.viewModel().currentProperty().get().id()).isEqualTo(chosen.id());
    }

    @Test
    void theSelectionStaysWhileTheEditorScrollsToRowsStillToBeRead() {
        settle();
        clickOn(lookup("#table .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        press(javafx.scene.input.KeyCode.CONTROL);
        clickOn(lookup("#table .table-row-cell").nth(4).queryAs(javafx.scene.Node.class));
        release(javafx.scene.input.KeyCode.CONTROL);
        settle();
        List<Long> chosen = List.copyOf(window.viewModel().selection());
        assertThat(chosen).hasSize(2);
        for (int row : new int[] {250, 449, 0}) { // pages read as they come into view
            interact(() -> table().scrollTo(row));
            settle();
            assertThat(table().getItems().get(row)).matches(a -> !LibraryViewModel.loading(a));
            assertThat(window.viewModel().selection()).containsExactlyElementsOf(chosen);
            assertThat(table().getSelectionModel().getSelectedIndices()).containsExactly(1, 4);
        }
    }
}
