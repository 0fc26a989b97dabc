package app.galley.ui.library;

import app.galley.model.ArticleSummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.TableView;

/**
 * The table's selection kept across a replacement of its rows by other articles (another order,
 * section or search; another writer's changes, ADR 16). Before, the selected ids and the shown
 * article are noted and the table lets its selection go, so JavaFX does not look for the selected row
 * through every row; after, the same articles are selected again by index where they are among the
 * rows read, the shown one last so it stays the one shown.
 */
final class KeptSelection implements RowReplacing {

    private final TableView<ArticleSummary> table;
    private final LibraryViewModel model;
    private List<Long> kept = List.of();
    private long focused = -1;

    KeptSelection(TableView<ArticleSummary> table, LibraryViewModel model) {
        this.table = table;
        this.model = model;
    }

    @Override
    public void before() {
        kept = List.copyOf(model.selection());
        focused = model.currentProperty().get() == null ? -1 : model.currentProperty().get().id();
        table.getSelectionModel().clearSelection();
    }

    @Override
    public void after() {
        var selection = table.getSelectionModel();
        if (kept.isEmpty() || selection.getSelectedItems().stream().map(ArticleSummary::id).toList().equals(kept)) {
            return;
        }
        selection.clearSelection();
        Map<Long, Integer> at = model.rowsOf(kept.contains(focused) || focused < 0 ? kept
                : Stream.concat(kept.stream(), Stream.of(focused)).toList());
        at.forEach((id, index) -> {
            if (id != focused) {
                selection.select(index);
            }
        });
        if (at.containsKey(focused)) {
            selection.select(at.get(focused)); // last: it stays the shown one
        }
    }
}
