package app.galley.ui.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.clean.CleaningService;
import app.galley.ingest.ImportService;
import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.Verdict;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import app.galley.ui.app.UiSettings;
import app.galley.text.BodyOffsets;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The fact-check panel driven as a checker would: annotate, jump, judge, filter, comment, clean. */
class FactCheckViewTest extends GalleyFxTest {

    private long cleanId;
    private long rawId;

    @Override
    protected void prepare(Library library) {
        ImportService importer = Services.of(library).imports();
        rawId = ((ImportOutcome.Imported) importer.importFile(TestFiles.samplePath())).articleId();
        // the same story reposted in Simplified script (imported as a repost of the first)
        cleanId = ((ImportOutcome.Repost) importer.importText(TestFiles.simplifiedRepost(), "repost.txt")).articleId();
        CleaningService cleaning = Services.of(library).cleaning();
        Article a = library.articles().find(cleanId).orElseThrow();
        cleaning.save(a, cleaning.preview(a), c -> true);
    }

    @Override
    protected void prepareSettings(UiSettings settings) {
        settings.put(UiSettings.CHECKER, "mei");
    }

    private void select(long id) {
        selectArticle(id);
    }

    private List<Annotation> stored(long id) {
        return library.annotations().forArticle(id);
    }

    private Article article(long id) {
        return library.articles().find(id).orElseThrow();
    }

    private StyleClassedTextArea editor() {
        return lookup("#articleText").queryAs(StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private TreeView<Object> tree() {
        return lookup("#fcTree").queryAs(TreeView.class);
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private Node cellOf(Object value) {
        return lookup(".tree-cell").match((Node n) -> ((TreeCell<?>) n).getItem() == value).query();
    }

    private TreeItem<Object> group(String startsWith) {
        return tree().getRoot().getChildren().stream()
                .flatMap(g -> java.util.stream.Stream.concat(java.util.stream.Stream.of(g), g.getChildren().stream()))
                .filter(i -> i.getValue() instanceof AnnotationPanel.Group g && g.label().startsWith(startsWith))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + startsWith));
    }

    /**
     * Scrolls the annotation details so a field is in view, as a checker on a small screen would with
     * the scroll bar.
     */
    private void inView(String id) {
        Node node = lookup(id).query();
        interact(() -> {
            javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) lookup("#fcDetailsScroll").query();
            Node content = pane.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 10) / room)));
        });
        settle();
    }

    /** Where a body offset is shown in the editor. */
    private int inEditor(Article a, int bodyOffset) {
        List<String> paragraphs = editor().getParagraphs().stream().map(p -> p.getText()).toList();
        return BodyOffsets.of(a.body(), paragraphs).toEditor(bodyOffset);
    }

    @Test
    void quotesAreAnnotatedGroupedBySpeakerJudgedAndFiltered() {
        select(cleanId);
        assertThat(label("#fcReady")).startsWith("✘").contains("15 quotations not annotated");
        clickOn("#fcAcceptAll");
        settle();
        assertThat(stored(cleanId)).hasSize(15).allMatch(x -> x.kind() == AnnotationKind.QUOTE)
                .allMatch(x -> "张旭".equals(x.speaker()));
        TreeItem<Object> zhang = group("张旭 (15)");
        assertThat(zhang.getChildren()).hasSize(15);
        assertThat(label("#fcSummary")).startsWith("15 quotes");
        // the suggestions and the people named are listed too
        assertThat(group("Claims found (").getChildren()).isNotEmpty()
                .anyMatch(i -> i.getValue() instanceof app.galley.analyze.Claim c && c.text().equals("7.56亿元"));
        assertThat(group("People (").getChildren()).anyMatch(i -> i.getValue() instanceof app.galley.analyze.Person p
                && p.name().equals("张旭") && p.roles().contains("中科院上海分院副院长"));

        // clicking an annotation puts the editor on its words, highlighted and outlined
        Annotation third = (Annotation) zhang.getChildren().get(2).getValue();
        clickOn(cellOf(third));
        settle();
        int at = inEditor(article(cleanId), third.target().start());
        assertThat(editor().getCaretPosition()).isEqualTo(at);
        Collection<String> style = editor().getStyleAtPosition(at + 1);
        assertThat(style).contains("anno-quote", "verdict-unchecked", "anno-selected");
        assertThat(editor().getText(at, at + third.target().exact().length())).isEqualTo(third.target().exact());

        // a verdict chip sets the verdict; the highlight and the summary follow
        clickOn("#verdict-verified");
        settle();
        assertThat(library.annotations().find(third.id()).orElseThrow().verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(editor().getStyleAtPosition(at + 1)).contains("verdict-verified");
        assertThat(label("#fcSummary")).contains("1 verified");
        inView("#fcNote");
        clickOn("#fcNote").write("Matches the recording");
        inView("#fcEvidence");
        clickOn("#fcEvidence").write("https://example.com/recording");
        inView("#fcSave");
        clickOn("#fcSave");
        settle();
        Annotation saved = library.annotations().find(third.id()).orElseThrow();
        assertThat(saved.note()).isEqualTo("Matches the recording");
        assertThat(saved.evidence()).containsExactly("https://example.com/recording");

        // the filter shows the verified ones only
        @SuppressWarnings("unchecked")
        ComboBox<Verdict> filter = lookup("#fcFilter").queryAs(ComboBox.class);
        interact(() -> filter.setValue(Verdict.VERIFIED));
        assertThat(group("张旭 (1)").getChildren()).hasSize(1);
        interact(() -> filter.setValue(null));
        assertThat(group("张旭 (15)").getChildren()).hasSize(15);
    }

    @Test
    void typedNotesAreKeptWhenTheVerdictTheQuotationTheArticleOrTheWindowChanges() {
        select(cleanId);
        clickOn("#fcAcceptAll");
        settle();
        TreeItem<Object> zhang = group("张旭 (15)");
        Annotation first = (Annotation) zhang.getChildren().get(0).getValue();
        Annotation second = (Annotation) zhang.getChildren().get(1).getValue();
        Annotation third = (Annotation) zhang.getChildren().get(2).getValue();

        // a note typed, then a verdict clicked without Save Note: both are kept
        clickOn(cellOf(first));
        inView("#fcNote");
        clickOn("#fcNote").write("Checked against the transcript");
        clickOn("#verdict-verified");
        settle();
        Annotation one = library.annotations().find(first.id()).orElseThrow();
        assertThat(one.note()).isEqualTo("Checked against the transcript");
        assertThat(one.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(lookup("#fcNote").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("Checked against the transcript");

        // evidence typed, then another quotation chosen: kept on the first
        inView("#fcEvidence");
        clickOn("#fcEvidence").write("https://example.com/transcript");
        clickOn(cellOf(group("张旭 (15)").getChildren().get(1).getValue()));
        settle();
        assertThat(library.annotations().find(first.id()).orElseThrow().evidence())
                .containsExactly("https://example.com/transcript");
        assertThat(lookup("#fcNote").queryAs(javafx.scene.control.TextArea.class).getText()).isEmpty();

        // a note on the second, then another article: kept
        inView("#fcNote");
        clickOn("#fcNote").write("Ask the press office");
        select(rawId);
        assertThat(library.annotations().find(second.id()).orElseThrow().note()).isEqualTo("Ask the press office");

        // a note on the third, left by a pause in typing alone (autosave)
        select(cleanId);
        clickOn(cellOf(group("张旭 (15)").getChildren().get(2).getValue()));
        inView("#fcNote");
        clickOn("#fcNote").write("Figure differs from the report");
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> "Figure differs from the report"
                    .equals(library.annotations().find(third.id()).orElseThrow().note()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the note was not saved by the pause in typing alone", e);
        }

        // and a note typed just before the window closes
        clickOn("#fcNote").type(KeyCode.END).write(", page 3");
        interact(() -> stage.close());
        assertThat(library.annotations().find(third.id()).orElseThrow().note())
                .isEqualTo("Figure differs from the report, page 3");
    }

    @Test
    void selectedWordsBecomeAClaimWithAKeyAndGetAThread() {
        select(cleanId);
        Article a = article(cleanId);
        String words = "总投资为7.56亿元";
        int start = inEditor(a, a.body().indexOf(words));
        clickOn(editor());
        interact(() -> editor().selectRange(start, start + words.length()));
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.L);
        settle();
        List<Annotation> claims = stored(cleanId);
        assertThat(claims).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(AnnotationKind.CLAIM);
            assertThat(x.target().exact()).isEqualTo(words);
            assertThat(x.author()).isEqualTo("mei");
        });
        assertThat(group("Claims (1)").getChildren()).hasSize(1);
        assertThat(editor().getStyleAtPosition(start + 2)).contains("anno-claim");

        // the new annotation is selected: mark it false and start its thread
        clickOn("#verdict-false");
        clickOn("#fcCommentsTab");
        clickOn("#fcComment").write("The annual report says 7.65");
        clickOn("#fcPost");
        settle();
        clickOn(lookup("#fcThread .fc-reply").queryAs(Node.class));
        settle();
        assertThat(label("#fcReplying")).isEqualTo("Replying to mei");
        clickOn("#fcComment").write("Checked twice");
        clickOn("#fcPost");
        settle();
        List<AnnotationComment> thread = library.annotations().comments(claims.get(0).id());
        assertThat(thread).hasSize(2);
        assertThat(thread.get(1).parentId()).isEqualTo(thread.get(0).id());
        clickOn(lookup("#fcThread .fc-edit").queryAs(Node.class));
        clickOn("#fcComment").push(KeyCode.SHORTCUT, KeyCode.A).write("The 2018 annual report says 7.65");
        clickOn("#fcPost");
        settle();
        assertThat(library.annotations().comments(claims.get(0).id()).get(0).body()).isEqualTo("The 2018 annual report says 7.65");
        assertThat(library.annotations().find(claims.get(0).id()).orElseThrow().verdict()).isEqualTo(Verdict.FALSE);
        assertThat(label("#fcReady")).contains("1 false, disputed or misattributed");
    }

    @Test
    void annotationsFollowTheirWordsWhenTheArticleIsCleanedInTheWindow() {
        select(rawId);
        clickOn("#fcAcceptAll");
        settle();
        assertThat(stored(rawId)).hasSize(15);
        // a comment on the site's breadcrumb, which the cleaning removes
        Article raw = article(rawId);
        int crumb = inEditor(raw, raw.body().indexOf("當前位置"));
        clickOn(editor());
        interact(() -> editor().selectRange(crumb, crumb + 4));
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.M);
        settle();
        assertThat(stored(rawId)).hasSize(16);
        int before = stored(rawId).stream().filter(x -> x.kind() == AnnotationKind.QUOTE).findFirst().orElseThrow()
                .target().start();
        push(KeyCode.SHORTCUT, KeyCode.K);
        clickOn("#applyCleaningButton");
        settle();
        clickOn("#factCheckTab"); // back from the Clean tab to the panel
        settle();
        Article cleaned = article(rawId);
        List<Annotation> all = stored(rawId);
        assertThat(all).hasSize(16);
        // the comment is not dropped: it is shown as orphaned, with its words
        Annotation orphan = all.stream().filter(x -> x.kind() == AnnotationKind.COMMENT).findFirst().orElseThrow();
        assertThat(orphan.anchor()).isEqualTo(Annotation.Anchor.ORPHANED);
        assertThat(orphan.target().exact()).isEqualTo("當前位置");
        clickOn(cellOf(group("Comments (1)").getChildren().get(0).getValue()));
        assertThat(label("#fcAnchor")).contains("no longer found in the text");
        List<Annotation> after = all.stream().filter(x -> x.kind() == AnnotationKind.QUOTE).toList();
        assertThat(after).hasSize(15).allMatch(x -> x.anchor() == Annotation.Anchor.ANCHORED)
                .allMatch(x -> cleaned.body().substring(x.target().start(), x.target().end()).equals(x.target().exact()));
        assertThat(after.get(0).target().start()).isLessThan(before);
        int at = inEditor(cleaned, after.get(0).target().start());
        assertThat(editor().getStyleAtPosition(at + 1)).contains("anno-quote");
        assertThat(after).anyMatch(x -> x.target().exact().contains("，") && x.firstQuote() != null);
    }

    @Test
    void annotationsAreExportedFromThePanel() throws Exception {
        select(cleanId);
        clickOn("#fcAcceptAll");
        settle();
        java.nio.file.Path out = java.nio.file.Files.createTempDirectory("fc-export");
        // the save dialog is the desktop's; the test answers it with a file in a temporary folder
        AnnotationPanel panel = findPanel();
        panel.saveAs = (owner, name) -> out.resolve(name);
        clickOn("#fcExport").clickOn("#fcExport-W3C");
        settle();
        java.nio.file.Path file = out.resolve(cleanId + "-annotations.jsonld");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        assertThat(json.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(json.get("first").get("items")).hasSize(15);
        assertThat(label("#fcMessage")).isEqualTo("Saved " + file.getFileName());
    }

    private AnnotationPanel findPanel() {
        return window.detailController().factCheck().panel();
    }

    @Test
    void theArticleIsReadyOnceEveryQuoteIsVerified() {
        select(cleanId);
        clickOn("#fcAcceptAll");
        settle();
        for (Annotation x : stored(cleanId)) {
            library.annotations().update(x.withVerdict(Verdict.VERIFIED, java.time.Instant.now()));
        }
        select(rawId);
        select(cleanId);
        assertThat(label("#fcReady")).isEqualTo("✔ Ready for publication");
    }
}
