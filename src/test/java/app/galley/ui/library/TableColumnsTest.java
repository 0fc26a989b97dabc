package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.Clipped;
import app.galley.ui.app.GalleyFxTest;
import app.galley.ui.app.UiSettings;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;

/**
 * The article table's columns (issue 18): every heading drawn whole, the status as a chip, the title
 * taking the spare width; the columns the editor hides, moves and widens are remembered, and come
 * back so at the next start.
 */
class TableColumnsTest extends GalleyFxTest {

    @Override
    protected void prepare(Library library) {
        Services.of(library).imports().importFile(TestFiles.samplePath());
    }

    @Override
    protected void prepareSettings(UiSettings s) {
        s.putDouble("window.width", 1366);
        s.putDouble("window.height", 768);
        s.put("window.dividers", "0.1400,0.5000"); // a table of about 490 pixels on a laptop
    }

    @Test
    void headingsAreWholeAndTheArrangementIsRemembered() {
        settle();
        // every heading whole (a title or a long name in a cell may end in "…", as in any table)
        for (var header : lookup("#table .column-header").queryAll()) {
            assertThat(Clipped.in((Parent) header)).isEmpty();
        }
        assertThat(lookup("#table .status-chip").tryQuery()).isPresent();
        TableColumn<?, ?> title = table().getColumns().get(0);
        // on a laptop the table shows title, source, status, assignee and date; language and length are a click away
        assertThat(table().getVisibleLeafColumns()).extracting(TableColumn::getId)
                .containsExactly("titleColumn", "sourceColumn", "statusColumn", "assigneeColumn", "importedColumn");
        double others = table().getVisibleLeafColumns().stream().filter(c -> c != title)
                .mapToDouble(TableColumn::getWidth).sum();
        assertThat(title.getWidth() + others).isCloseTo(table().getWidth(), org.assertj.core.data.Offset.offset(40.0));

        // the editor hides the source and moves the status next to the title (as the table's column
        // menu and a drag of the heading do)
        TableColumn<?, ?> source = table().getColumns().get(1);
        interact(() -> {
            source.setVisible(false);
            var status = table().getColumns().remove(3);
            table().getColumns().add(1, (TableColumn) status);
        });
        settle();
        String saved = settings.get(TableColumns.SETTING, "");
        assertThat(saved).startsWith("TITLE:1:0,STATUS:1:").contains("SOURCE:0:");
        // the title took the width the source left
        assertThat(title.getWidth()).isGreaterThan(table().getWidth() - others + 40);
    }
}
