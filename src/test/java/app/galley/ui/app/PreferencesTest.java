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

    /** Preferences opens once what the library keeps is read (off the window's thread). */
    private void openPreferences() {
        clickOn("#preferencesButton");
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> lookup("#languageChoice").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Preferences did not open", e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingToTraditionalChineseRebuildsTheWindowInChinese() {
        TableView<ArticleSummary> before = lookup("#table").queryAs(TableView.class);
        assertThat(before.getSelectionModel().getSelectedItem()).isNotNull(); // the newest article is selected

        openPreferences();
        clickOn("#languageChoice");
        clickOn("繁體中文");
        clickOn("OK");

        MenuBar menus = lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menus.getMenus().get(0).getText()).isEqualTo("檔案(_F)");
        TableView<ArticleSummary> table = lookup("#table").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("標題", "來源", "語言", "狀態", "指派給", "長度", "匯入時間");
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
        openPreferences();
        TextField folder = lookup("#libraryFolder").queryAs(TextField.class);
        clickOn(folder).write("/srv/newsroom/library");
        clickOn("OK");
        assertThat(prefs.get(app.galley.store.LibraryLocator.PREF_KEY, null)).isEqualTo("/srv/newsroom/library");
        assertThat(window.context().locator().resolve(null)).isEqualTo(Path.of("/srv/newsroom/library"));
    }

    @Test
    void theCheckersNameSignsNewAnnotations() {
        app.galley.model.Article a = library.articles().find(library.articles().list().get(0).id()).orElseThrow();
        openPreferences();
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
    void theNewsroomSetInPreferencesSignsTheClaimReviews() throws Exception {
        app.galley.model.Article a = library.articles().find(library.articles().list().get(0).id()).orElseThrow();
        var services = window.context().services();
        var notes = services.annotations("Mei Lin");
        var quote = app.galley.analyze.AnnotationService.analyse(a.body()).quotes().get(0);
        notes.setVerdict(notes.annotate(a, quote), app.galley.model.Verdict.VERIFIED);

        openPreferences();
        clickOn("#newsroomName").write("Galley Daily");
        clickOn("#newsroomUrl").write("news.example.com");
        clickOn("#factCheckAddress").write("https://news.example.com/fact-check/{id}");
        clickOn("OK");
        // not a web address: the dialog stays, saying so
        Label error = lookup("#newsroomError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("news.example.com");
        TextField url = lookup("#newsroomUrl").queryAs(TextField.class);
        clickOn(url).push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A).write("https://news.example.com");
        clickOn("OK");
        settle();

        assertThat(services.settings().newsroom()).isEqualTo(new app.galley.service.SettingsService.Newsroom(
                "Galley Daily", "https://news.example.com", "https://news.example.com/fact-check/{id}"));
        var reviews = new com.fasterxml.jackson.databind.ObjectMapper().readTree(services.exports().factCheck(a,
                app.galley.service.ExportService.FactCheckFormat.CLAIM_REVIEW, null));
        assertThat(reviews.get(0).path("url").asText()).startsWith("https://news.example.com/fact-check/" + a.id() + "#");
        assertThat(reviews.get(0).path("author").get(0).path("name").asText()).isEqualTo("Galley Daily");
        assertThat(reviews.get(0).path("author").get(1).path("name").asText()).isEqualTo("Mei Lin");
    }

    @Test
    void cancellingPreferencesChangesNothing() {
        openPreferences();
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
