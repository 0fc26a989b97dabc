package app.galley.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import app.galley.ui.app.UiSettings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;

/** The preview's template and device names in the interface's language (issue 18), here 繁體中文. */
class PreviewNamesTest extends GalleyFxTest {

    @Override
    protected String language() {
        return "zh-Hant";
    }

    @Override
    protected void prepare(Library library) {
        Services.of(library).imports().importFile(TestFiles.samplePath());
    }

    @Override
    protected void prepareSettings(UiSettings settings) {
        settings.put(PreviewPane.PANEL, "shown");
    }

    @Test
    void templatesAndDevicesAreNamedInTheInterfacesLanguage() {
        settle();
        ComboBox<?> templates = lookup("#previewTemplate").queryAs(ComboBox.class);
        clickOn(templates);
        settle();
        assertThat(lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class)).extracting(ListCell::getText)
                .contains("報紙（網頁）", "行動版", "列印校樣");
        clickOn("行動版");
        settle();
        assertThat(lookup("#previewTemplate .list-cell").queryAs(ListCell.class).getText()).isEqualTo("行動版");
        clickOn("#preview-phone");
        settle();
        assertThat(lookup(".preview-status").queryAs(Label.class).getText()).startsWith("手機，");
    }
}
