package app.galley.ui.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.Article;
import app.galley.model.ArticleSummary;
import app.galley.model.Revision;
import app.galley.service.Services;
import app.galley.ui.app.GalleyFxTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/** The Clean and History tabs and undo, driven as an editor would: keys, clicks and menus. */
class CleanViewTest extends GalleyFxTest {

    private long sampleId;

    @Override
    protected void prepare(app.galley.store.Library library) {
        ImportService importer = Services.of(library).imports();
        importer.importText("Council approves budget\n\nShare this article\n\nThe city council approved the budget on"
                + " Tuesday，with seven votes in favour and five against, after a long night.\n\nAdvertisement\n\n"
                + "\"It was hard,\" the mayor said.", "council.txt");
        sampleId = ((app.galley.model.ImportOutcome.Imported) importer.importFile(TestFiles.samplePath())).articleId();
    }


    private void selectSample() {
        ArticleSummary s = table().getItems().stream().filter(a -> a.id() == sampleId).findFirst().orElseThrow();
        javafx.scene.Node row = lookup(".table-row-cell").match((javafx.scene.Node n) ->
                ((javafx.scene.control.TableRow<?>) n).getItem() == s).query();
        clickOn(row);
        settle();
    }

    private Article stored() {
        return library.articles().find(sampleId).orElseThrow();
    }

    private String summary() {
        return lookup("#cleanSummary").queryAs(Label.class).getText();
    }

    /** The changes the Clean tab proposes, as its list shows them (grouped by rule). */
    private java.util.List<CleanViewModel.Item> changes() {
        return window.detailController().cleanModel().items();
    }

    @Test
    void theSamplesCleaningIsShownReviewedAppliedAndUndone() throws Exception {
        selectSample();
        push(KeyCode.SHORTCUT, KeyCode.K);
        settle();
        assertThat(lookup("#toolTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("cleanTab");
        int total = changes().size();
        assertThat(total).isGreaterThan(100);
        assertThat(summary()).startsWith(total + " of " + total + " changes accepted").contains("Boilerplate 6");
        String diff = lookup("#cleanDiff").queryAs(StyleClassedTextArea.class).getText();
        assertThat(diff).contains("當前位置:").contains("整合併並且");

        // reject the first change (the "當前位置:" line) by keys: N goes to it, R rejects it; undo and
        // redo that decision
        javafx.scene.control.TreeView<?> tree = lookup("#changeList").queryAs(javafx.scene.control.TreeView.class);
        interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().clearSelection();
        });
        type(KeyCode.N);
        type(KeyCode.R);
        assertThat(summary()).startsWith((total - 1) + " of " + total);
        clickOn("#cleanUndoButton");
        assertThat(summary()).startsWith(total + " of " + total);
        clickOn("#cleanRedoButton");
        assertThat(summary()).startsWith((total - 1) + " of " + total);

        clickOn("#applyCleaningButton");
        settle();
        Article cleaned = stored();
        assertThat(cleaned.body()).startsWith("當前位置:").contains("整合並且").doesNotContain("TAG:第一財經")
                .contains("記者日前獲悉，坐落於");
        assertThat(library.articles().revisions(sampleId)).hasSize(2);
        // the Clean tab now proposes for the saved text: the rejected line stays rejected, not proposed
        // again, until the editor asks for it
        assertThat(changes()).isEmpty();
        assertThat(summary()).contains("1 change rejected before is not proposed again");
        clickOn("#resetRejections");
        settle();
        assertThat(changes()).singleElement().satisfies(i -> assertThat(i.from()).startsWith("當前位置"));

        // the whole cleaning is one undo in the Edit menu
        clickOn("Edit").clickOn("#undoItem");
        settle();
        assertThat(stored().body()).contains("整合併且").contains("TAG:第一財經");
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        settle();
        assertThat(stored().body()).contains("整合並且");
        assertThat(library.articles().revisions(sampleId)).hasSize(4);
    }

    @Test
    void historyComparesRevisionsAndRestoresOne() {
        selectSample();
        push(KeyCode.SHORTCUT, KeyCode.K);
        clickOn("#applyCleaningButton");
        settle();
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.H);
        settle();
        @SuppressWarnings("unchecked")
        ListView<Revision> revisions = lookup("#revisionList").queryAs(ListView.class);
        assertThat(revisions.getItems()).hasSize(2);
        assertThat(revisions.getItems().get(0).note()).startsWith("Cleaned:");
        String diff = lookup("#historyDiff").queryAs(StyleClassedTextArea.class).getText();
        assertThat(diff).contains("TAG:第一財經");
        // the import, restored
        clickOn(lookup("#revisionList .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        clickOn("#restoreButton");
        settle();
        assertThat(stored().body()).contains("整合併且");
        assertThat(revisions.getItems()).hasSize(3);
        assertThat(revisions.getItems().get(0).note()).isEqualTo("Restored revision from " + revisions.getItems().get(2).created());
        // shown in the interface's words: the rules by their names, the date as dates are shown
        String restoredCell = lookup("#revisionList .list-cell").nth(0).queryAs(javafx.scene.control.ListCell.class).getText();
        String cleanedCell = lookup("#revisionList .list-cell").nth(1).queryAs(javafx.scene.control.ListCell.class).getText();
        assertThat(restoredCell).contains("Restored the revision of ").doesNotContain(revisions.getItems().get(2).created().toString());
        assertThat(cleanedCell).contains("Cleaned: ").contains("Punctuation width ").doesNotContain("punctuation-width");

        // beside the revisions, the audit trail: what was done, by whom, newest first (issue 23)
        clickOn("#activityTab");
        settle();
        @SuppressWarnings("unchecked")
        ListView<app.galley.model.AuditEvent> activity = lookup("#activityList").queryAs(ListView.class);
        assertThat(activity.getItems()).extracting(app.galley.model.AuditEvent::action).containsExactly(
                app.galley.model.AuditAction.RESTORE, app.galley.model.AuditAction.CLEAN, app.galley.model.AuditAction.IMPORT);
        String cleaned = lookup("#activityList .list-cell").nth(1).queryAs(javafx.scene.control.ListCell.class).getText();
        assertThat(cleaned).contains("Cleaned: " + activity.getItems().get(1).get("changes") + " changes");
    }

    @Test
    void typingIsSavedAutomaticallyAndUndoneAsOneStep() throws Exception {
        selectSample();
        StyleClassedTextArea text = lookup("#articleText").queryAs(StyleClassedTextArea.class);
        clickOn(text);
        interact(() -> text.moveTo(0));
        write("編者按");
        // saved without any other action, within the autosave delay
        waitFor(5, TimeUnit.SECONDS, () -> stored().body().startsWith("編者按"));
        assertThat(library.articles().revisions(sampleId)).last().satisfies(r -> assertThat(r.note()).isEqualTo("Typing"));
        assertThat(lookup("#textCounts").queryAs(Label.class).getText()).contains("chars").contains("paragraphs");
        push(KeyCode.SHORTCUT, KeyCode.Z);
        settle();
        assertThat(stored().body()).startsWith("當前位置:");
        assertThat(text.getText()).startsWith("當前位置:");
    }

    /**
     * While an input method composes, nothing is saved; the commit ends the wait. (Headless Monocle
     * has no input methods, so RichTextFX does not insert the events' text here: the keys typed stand
     * for what the composition produces.)
     */
    @Test
    void typingWaitsForAnInputMethodsCompositionToEnd() throws Exception {
        selectSample();
        StyleClassedTextArea text = lookup("#articleText").queryAs(StyleClassedTextArea.class);
        clickOn(text);
        interact(() -> text.moveTo(0));
        interact(() -> text.fireEvent(new javafx.scene.input.InputMethodEvent(
                javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(new javafx.scene.input.InputMethodTextRun("zhang xu", javafx.scene.input.InputMethodHighlight.UNSELECTED_RAW)),
                "", 8)));
        write("zx");
        // the autosave goes through the window's executor: were one armed during the composition,
        // the window would not be idle until it had run (and saved); idle, nothing was saved
        settle();
        assertThat(stored().body()).startsWith("當前位置:");
        interact(() -> text.fireEvent(new javafx.scene.input.InputMethodEvent(
                javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "", 0)));
        waitFor(5, TimeUnit.SECONDS, () -> stored().body().startsWith("zx當前位置:"));
    }

    @Test
    void findAndReplaceIsPreviewedAsChangesThenApplied() {
        selectSample();
        push(KeyCode.SHORTCUT, KeyCode.F);
        clickOn("#findField").write("第一財經記者");
        clickOn("#replaceField").write("本報記者");
        clickOn("OK");
        settle();
        int n = changes().size();
        assertThat(n).isGreaterThan(5);
        assertThat(changes()).allSatisfy(i -> assertThat(i.change().replacement()).isEqualTo("本報記者"));
        clickOn("#applyCleaningButton");
        settle();
        assertThat(stored().body()).doesNotContain("第一財經記者").contains("本報記者");
    }

    @Test
    void aScriptConversionIsChosenInTheCleanTabAndChangesTheLanguage() throws Exception {
        selectSample();
        push(KeyCode.SHORTCUT, KeyCode.K);
        settle();
        // the Clean tab's list of what to propose: the cleaning rules, then OpenCC's profiles
        clickOn("#cleanSource");
        type(KeyCode.DOWN, 5);
        push(KeyCode.ENTER);
        settle();
        assertThat(lookup("#cleanSource").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .isEqualTo(app.galley.clean.ScriptConversion.Profile.T2S);
        assertThat(changes()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.change().rule()).isEqualTo("script-conversion"));
        clickOn("#applyCleaningButton");
        settle();
        Article converted = stored();
        assertThat(converted.language()).isEqualTo("zh-Hans");
        assertThat(converted.title()).isEqualTo("探秘人脑超级晶元 上海脑智产业年投入逾10亿");
        assertThat(lookup("#languageLabel").queryAs(Label.class).getText()).isEqualTo("Chinese (Simplified)");
    }

    @Test
    void selectedArticlesAreCleanedTogetherAndUndoneTogether() throws Exception {
        interact(() -> table().getSelectionModel().selectAll());
        push(KeyCode.SHORTCUT, KeyCode.K);
        settle();
        Button many = lookup("#applyToSelectionButton").queryAs(Button.class);
        assertThat(many.isVisible()).isTrue();
        assertThat(many.getText()).isEqualTo("Apply to 2 Selected");
        clickOn(many);
        waitFor(10, TimeUnit.SECONDS, () -> library.articles().list().stream()
                .allMatch(s -> library.articles().revisions(s.id()).size() == 2));
        List<Article> all = library.articles().list().stream().map(s -> library.articles().find(s.id()).orElseThrow()).toList();
        assertThat(all).allSatisfy(a -> assertThat(a.body()).doesNotContain("Advertisement").doesNotContain("TAG:"));
        settle();
        clickOn("Edit").clickOn("#undoItem");
        settle();
        assertThat(library.articles().find(sampleId).orElseThrow().body()).contains("TAG:第一財經");
        assertThat(library.articles().list()).allSatisfy(s ->
                assertThat(library.articles().find(s.id()).orElseThrow().body()).containsAnyOf("TAG:", "Advertisement"));
    }

    @Test
    void detailsAreEditedInADialogAndUndoable() {
        selectSample();
        push(KeyCode.SHORTCUT, KeyCode.I);
        settle();
        clickOn("#detailByline").write("記者 王小明");
        clickOn("#detailDateline").write("上海");
        clickOn("OK");
        settle();
        assertThat(stored().byline()).isEqualTo("記者 王小明");
        assertThat(stored().dateline()).isEqualTo("上海");
        assertThat(lookup("#bylineLabel").queryAs(Label.class).getText()).isEqualTo("記者 王小明");
        clickOn("Edit").clickOn("#undoItem");
        settle();
        assertThat(stored().byline()).isNull();
    }

    @Test
    void theRulesEditorTurnsARuleOffForTheLibrary() {
        selectSample();
        clickOn("Article").clickOn("#rulesItem");
        settle();
        clickOn("#rule-punctuation-width");
        clickOn("Save");
        settle();
        push(KeyCode.SHORTCUT, KeyCode.K);
        settle();
        assertThat(changes()).isNotEmpty()
                .noneSatisfy(i -> assertThat(i.change().rule()).isEqualTo("punctuation-width"));
        assertThat(library.cleaningRules().ruleSet("user")).get().asString().contains("\"punctuation-width\"");
    }

    @Test
    void theRulesEditorShowsEachRulesOwnOptionsAndExamples() {
        selectSample();
        clickOn("Article").clickOn("#rulesItem");
        settle();
        // the options and the tip come from what each rule declares (RuleInfo), not from a list in the window
        assertThat(lookup("#rule-punctuation-width").queryAs(javafx.scene.control.CheckBox.class).getTooltip().getText())
                .contains("他說,經費何時到位?  →  他說，經費何時到位？");
        javafx.scene.control.CheckBox space = lookup("#option-spacing-cjkLatinSpace").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(space.getText()).isEqualTo("Space between Chinese and Latin letters or digits");
        interact(space::fire); // (below the fold of the dialog's list on a small screen)
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> quotes = lookup("#option-quotation-marks-traditional").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(quotes.getItems()).containsExactly("corner", "curly");
        interact(() -> quotes.setValue("curly"));
        clickOn("Save");
        settle();
        app.galley.clean.RuleSet saved = Services.of(library).cleaning().userRules();
        assertThat(saved.config("spacing", null).options()).containsEntry("cjkLatinSpace", true);
        assertThat(saved.config("quotation-marks", null).options()).containsEntry("traditional", "curly");
    }

    @Test
    void aRuleCanBeTurnedOffForOneSourceOnly() {
        selectSample();
        assertThat(stored().source()).isEqualTo("第一財經");
        clickOn("Article").clickOn("#rulesItem");
        settle();
        // the scopes: all sources, then the open article's source
        clickOn("#rulesScope");
        type(KeyCode.DOWN);
        push(KeyCode.ENTER);
        clickOn("#rule-punctuation-width");
        clickOn("Save");
        settle();
        push(KeyCode.SHORTCUT, KeyCode.K);
        settle();
        assertThat(changes()).isNotEmpty()
                .noneSatisfy(i -> assertThat(i.change().rule()).isEqualTo("punctuation-width"));
        Article council = library.articles().list().stream().filter(a -> a.id() != sampleId)
                .map(a -> library.articles().find(a.id()).orElseThrow()).findFirst().orElseThrow();
        assertThat(Services.of(library).cleaning().preview(council).changes())
                .anySatisfy(c -> assertThat(c.rule()).isEqualTo("punctuation-width"));
        assertThat(library.cleaningRules().ruleSet("user")).get().asString().contains("第一財經");
    }
}
