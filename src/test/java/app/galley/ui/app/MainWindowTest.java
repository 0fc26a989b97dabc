package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.ui.library.Section;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

class MainWindowTest extends GalleyFxTest {


    private void pasteFromClipboard(String text) throws Exception {
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        clickOn("#table");
        push(KeyCode.SHORTCUT, KeyCode.V);
        waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().imports().importingProperty().get()
                && window.viewModel().imports().lastReportProperty().get() != null);
        settle();
    }

    @Test
    void anEmptyLibraryShowsTheHint() {
        assertThat(table().getItems()).isEmpty();
        assertThat(lookup(".placeholder-text").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("No articles here"));
        assertThat(lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("No articles");
        assertThat(lookup("#locationLabel").queryAs(Label.class).getText()).contains(libraryDir.toString());
    }

    @Test
    void pastingTheSamplePathImportsItAndSelectingItShowsItsText() throws Exception {
        pasteFromClipboard(TestFiles.samplePath().toAbsolutePath().toString());

        assertThat(table().getItems()).extracting(ArticleSummary::title).containsExactly(TestFiles.SAMPLE_TITLE);
        assertThat(lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("1 article");
        assertThat(lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("1 imported, 0 duplicates, 0 failed");

        clickOn(TestFiles.SAMPLE_TITLE);
        assertThat(lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo(TestFiles.SAMPLE_TITLE);
        StyleClassedTextArea text = lookup("#articleText").queryAs(StyleClassedTextArea.class);
        assertThat(text.getText()).contains("腦科學與類腦研究將成為上海科研領域的下一個發力點。");
        // paragraphs are separate, styled paragraphs (no blank lines between them)
        assertThat(text.getText()).doesNotContain("\n\n");
        assertThat(text.getParagraph(2).getParagraphStyle()).contains("body-paragraph");
        assertThat(lookup("#languageLabel").queryAs(Label.class).getText()).isEqualTo("Chinese (Traditional)");
        assertThat(lookup("#originalLabel").queryAs(Label.class).getText()).contains("UTF-8");
    }

    @Test
    void pastingPlainTextMakesANewArticle() throws Exception {
        pasteFromClipboard("Council approves new budget\n\nThe city council approved the budget on Tuesday.");
        assertThat(table().getItems()).extracting(ArticleSummary::title).containsExactly("Council approves new budget");
        assertThat(lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo("Council approves new budget");
    }

    @Test
    void pastingTheSameArticleAgainIsReportedAsADuplicate() throws Exception {
        String path = TestFiles.samplePath().toAbsolutePath().toString();
        pasteFromClipboard(path);
        window.viewModel().imports().lastReportProperty().set(null);
        pasteFromClipboard(path);
        assertThat(table().getItems()).hasSize(1);
        assertThat(lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("0 imported, 1 duplicate, 0 failed");
        // the status bar names the article it duplicates, and a click selects it
        long sample = table().getItems().get(0).id();
        javafx.scene.control.Hyperlink link = lookup("#duplicateLink").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).isEqualTo("Already in the library: #" + sample + " " + TestFiles.SAMPLE_TITLE);

        // another article pasted is selected as it arrives; the duplicate's link goes
        pasteFromClipboard("Council approves new budget\n\nThe city council approved the budget on Tuesday.");
        assertThat(window.viewModel().currentProperty().get().title()).isEqualTo("Council approves new budget");
        assertThat(link.isVisible()).isFalse();
        window.viewModel().imports().lastReportProperty().set(null);
        pasteFromClipboard(path);
        clickOn(link);
        settle();
        assertThat(window.viewModel().currentProperty().get().id()).isEqualTo(sample);
        assertThat(table().getSelectionModel().getSelectedItems()).extracting(ArticleSummary::id).containsExactly(sample);
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheStatusInTheDetailPaneUpdatesTableAndSidebar() throws Exception {
        pasteFromClipboard(TestFiles.samplePath().toAbsolutePath().toString());
        clickOn(TestFiles.SAMPLE_TITLE);

        ComboBox<ArticleStatus> combo = lookup("#statusCombo").queryAs(ComboBox.class);
        clickOn(combo);
        // the status in the combo's list (the tool area has a Fact-check tab too)
        clickOn(lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "Fact-check".equals(c.getText())).queryAs(javafx.scene.Node.class));

        assertThat(table().getItems().get(0).status()).isEqualTo(ArticleStatus.FACT_CHECK);
        Article stored = library.articles().find(table().getItems().get(0).id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ArticleStatus.FACT_CHECK);
        ListView<Section> sections = lookup("#sections").queryAs(ListView.class);
        assertThat(sections.getItems()).hasSize(10).last().isEqualTo(Section.TRASH);
        assertThat(lookup("Fact-check  (1)").tryQuery()).isPresent();
        assertThat(lookup("Inbox  (0)").tryQuery()).isPresent();

        // the Inbox section no longer lists it, the Fact-check section does
        clickOn("Inbox  (0)");
        assertThat(table().getItems()).isEmpty();
        clickOn("Fact-check  (1)");
        assertThat(table().getItems()).extracting(ArticleSummary::title).containsExactly(TestFiles.SAMPLE_TITLE);
    }

    @Test
    void theTableContextMenuSetsTheStatus() throws Exception {
        pasteFromClipboard(TestFiles.samplePath().toAbsolutePath().toString());
        waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().messageProperty().get().startsWith("1 imported")
                && !window.viewModel().imports().importingProperty().get());
        settle(); // the import's last words said before the gate's
        rightClickOn(TestFiles.SAMPLE_TITLE);
        Gestures.requestContextMenu(this, lookup(TestFiles.SAMPLE_TITLE).query());
        clickOn("Set Status");
        clickOn("#status-ready");
        // the sample's quotations are not checked yet: the fact-check gate asks, with the reasons
        settle();
        assertThat(lookup("#overrideReasons .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("• 15 quotations not annotated");
        javafx.scene.control.Button goAhead = lookup("Go Ahead").queryButton();
        assertThat(goAhead.isDisabled()).isTrue(); // not without a reason
        // the dialog's Cancel (the status bar has a Cancel of its own, out of sight)
        clickOn(lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CANCEL));
        settle();
        assertThat(table().getItems().get(0).status()).isEqualTo(ArticleStatus.INBOX);
        assertThat(lookup("#messageLabel").queryLabeled().getText()).isEqualTo("Stopped: the fact-check is not ready.");

        rightClickOn(TestFiles.SAMPLE_TITLE);
        Gestures.requestContextMenu(this, lookup(TestFiles.SAMPLE_TITLE).query());
        clickOn("Set Status");
        clickOn("#status-ready");
        settle();
        clickOn("#overrideReason").write("Checked by phone with the institute");
        clickOn("Go Ahead");
        settle();
        assertThat(table().getItems().get(0).status()).isEqualTo(ArticleStatus.READY);
        assertThat(lookup("Ready  (1)").tryQuery()).isPresent();
        // the override is in the article's history, with who and why
        var revisions = library.articles().revisions(table().getItems().get(0).id());
        assertThat(revisions.get(revisions.size() - 1).note()).isEqualTo("Fact-check overridden by "
                + window.context().services().user() + ": moved to Ready with 15 problems open."
                + " Why: Checked by phone with the institute");

        // Ready again: it moves nowhere, so nothing is asked and nothing recorded
        rightClickOn(TestFiles.SAMPLE_TITLE);
        Gestures.requestContextMenu(this, lookup(TestFiles.SAMPLE_TITLE).query());
        clickOn("Set Status");
        clickOn("#status-ready");
        settle();
        assertThat(lookup("#overrideReasons").tryQuery()).isEmpty();
        assertThat(library.articles().revisions(table().getItems().get(0).id())).hasSameSizeAs(revisions);
    }

    @Test
    void badFilesAreListedInAWarningAndTheRestIsImported() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("galley-bad");
        java.nio.file.Path empty = java.nio.file.Files.createFile(dir.resolve("empty.txt"));
        pasteFromClipboard(empty + "\n" + TestFiles.samplePath().toAbsolutePath());
        assertThat(table().getItems()).hasSize(1);
        var problems = lookup("#importProblems").queryAs(javafx.scene.control.TextArea.class);
        assertThat(problems.getText()).isEqualTo(empty + ": empty file");
        assertThat(lookup("Save Report…").tryQuery()).isPresent();
        clickOn("OK");
    }

    @Test
    void theThemeCanBeSwitchedToDarkAndBack() {
        clickOn("View");
        clickOn("Dark Theme");
        assertThat(window.theme()).isEqualTo(Theme.DARK);
        assertThat(settings.get(UiSettings.THEME, null)).isEqualTo("DARK");
        clickOn("#themeButton");
        assertThat(window.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void tableColumnsAreTheOnesEditorsNeed() {
        assertThat(table().getColumns()).extracting(c -> c.getText())
                .containsExactly("Title", "Source", "Language", "Status", "Assigned to", "Length", "Imported");
        // every column but who it is assigned to (read beside each page, not an order of the store's) sorts
        assertThat(table().getColumns()).filteredOn(c -> !"assigneeColumn".equals(c.getId())).allMatch(c -> c.isSortable());
        assertThat(List.of(ArticleStatus.values())).hasSize(6);
    }
}
