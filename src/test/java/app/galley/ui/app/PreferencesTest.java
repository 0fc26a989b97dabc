package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.ArticleSummary;
import app.galley.store.Library;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

class PreferencesTest extends GalleyFxTest {

    @Override
    protected void prepare(Library library) {
        new ImportService(library.articles()).importFile(TestFiles.samplePath());
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingToTraditionalChineseRebuildsTheWindowInChinese() {
        TableView<ArticleSummary> before = lookup("#table").queryAs(TableView.class);
        assertThat(before.getSelectionModel().getSelectedItem()).isNotNull(); // the newest article is selected

        clickOn("#preferencesButton");
        clickOn("#languageChoice");
        clickOn("繁體中文");
        clickOn("OK");

        MenuBar menus = lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menus.getMenus().get(0).getText()).isEqualTo("檔案(_F)");
        TableView<ArticleSummary> table = lookup("#table").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("標題", "來源", "語言", "狀態", "長度", "匯入時間");
        assertThat(lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("共 1 篇文章");
        assertThat(lookup("收件匣  (1)").tryQuery()).isPresent();
        // the selection survives the rebuild and the detail pane speaks Chinese too
        assertThat(lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(lookup("#lengthLabel").queryAs(Label.class).getText()).endsWith(" 字");
        assertThat(lookup("#languageLabel").queryAs(Label.class).getText()).isEqualTo("中文 (繁體)");
        assertThat(settings.get(UiSettings.LANGUAGE, null)).isEqualTo("zh-Hant");
    }

    @Test
    void theLibraryFolderChosenInPreferencesIsRemembered() {
        clickOn("#preferencesButton");
        TextField folder = lookup("#libraryFolder").queryAs(TextField.class);
        clickOn(folder).write("/srv/newsroom/library");
        clickOn("OK");
        assertThat(prefs.get(app.galley.store.LibraryLocator.PREF_KEY, null)).isEqualTo("/srv/newsroom/library");
        assertThat(window.context().locator().resolve(null)).isEqualTo(Path.of("/srv/newsroom/library"));
    }

    @Test
    void theCheckersNameSignsNewAnnotations() {
        app.galley.model.Article a = library.articles().find(library.articles().list().get(0).id()).orElseThrow();
        clickOn("#preferencesButton");
        TextField name = lookup("#checkerName").queryAs(TextField.class);
        clickOn(name).push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A).write("Mei Lin");
        clickOn("OK");
        assertThat(settings.get(UiSettings.CHECKER, null)).isEqualTo("Mei Lin");
        // the rebuilt window (the sample still selected) signs with the new name
        settle();
        clickOn("#fcAcceptAll");
        settle();
        assertThat(library.annotations().forArticle(a.id())).isNotEmpty().allMatch(x -> x.author().equals("Mei Lin"));
    }

    @Test
    void cancellingPreferencesChangesNothing() {
        clickOn("#preferencesButton");
        clickOn("#languageChoice");
        clickOn("简体中文");
        clickOn("Cancel");
        // a changed choice is not thrown away without asking
        assertThat(lookup("#unsavedInput").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("Discard what you typed?");
        clickOn("Keep Editing");
        assertThat(lookup("#preferencesDialog").tryQuery()).isPresent();
        clickOn("Cancel");
        clickOn("Discard");
        assertThat(lookup("#preferencesDialog").tryQuery()).isEmpty();
        assertThat(lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getText()).isEqualTo("_File");
        assertThat(settings.get(UiSettings.LANGUAGE, null)).isEqualTo("en");
    }
}
