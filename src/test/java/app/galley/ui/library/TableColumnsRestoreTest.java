package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.ui.app.GalleyFxTest;
import app.galley.ui.app.UiSettings;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;

/** The table's columns come back as the editor left them: which, in what order, how wide. */
class TableColumnsRestoreTest extends GalleyFxTest {

    @Override
    protected void prepareSettings(UiSettings s) {
        s.put(TableColumns.SETTING, "TITLE:1:0,STATUS:1:96,LANGUAGE:1:150,SOURCE:0:90,IMPORTED:1:120,LENGTH:0:85,GONE:1:50");
    }

    @Test
    void theColumnsComeBackAsTheyWereLeft() {
        settle();
        assertThat(table().getVisibleLeafColumns()).extracting(TableColumn::getId)
                .containsExactly("titleColumn", "statusColumn", "languageColumn", "importedColumn", "assigneeColumn");
        assertThat(table().getColumns()).extracting(TableColumn::getId).containsExactly("titleColumn", "statusColumn",
                "languageColumn", "sourceColumn", "importedColumn", "lengthColumn", "assigneeColumn"); // a column added since: at the end
        assertThat(table().getColumns().get(2).getWidth()).isEqualTo(150);
    }
}
