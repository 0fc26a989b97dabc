package app.galley.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.analyze.TagService;
import app.galley.ingest.ImportService;
import app.galley.model.ArticleSummary;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.DragEvent;
import org.junit.jupiter.api.Test;

/** The sidebar's tags: the taxonomy with counts, narrowing, showing a tag's articles, dropping articles on a tag. */
class TagBrowserTest extends GalleyFxTest {

    private long sample;
    private long council;

    @Override
    protected void prepare(Library library) {
        ImportService importer = Services.of(library).imports();
        sample = ((ImportOutcome.Imported) importer.importFile(TestFiles.samplePath())).articleId();
        council = ((ImportOutcome.Imported) importer.importText("Council approves budget\n\nThe council voted.", "c.txt"))
                .articleId();
        TagService tags = new TagService(library.tags());
        tags.add(List.of(sample), tags.subject("medtop:20000756"));
    }


    /** Monocle does not turn a right click into a context-menu request: the test makes the request. */
    private void requestContextMenu(Node cell) {
        app.galley.ui.app.Gestures.requestContextMenu(this, cell);
        settle();
    }

    private Node cell(String text) {
        return lookup("#tagTree .tree-cell").match((Node n) -> text.equals(((TreeCell<?>) n).getText())).query();
    }

    @Test
    void aSelectionIsTaggedInOneStepThatUndoTakesBack() {
        interact(() -> table().getSelectionModel().selectAll());
        clickOn(table());
        interact(() -> table().getSelectionModel().selectAll());
        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.T);
        settle();
        clickOn("#bulkTagField").write("體育");
        settle();
        clickOn("Add Tag");
        settle();
        var sport = library.tags().byQcode("medtop:15000000").orElseThrow();
        assertThat(library.tags().articleIds(sport.id())).containsExactlyInAnyOrder(sample, council);

        clickOn("Edit").clickOn("#undoItem");
        settle();
        assertThat(library.tags().articleIds(sport.id())).isEmpty();
        // the earlier tag is untouched by the undo
        var tech = library.tags().byQcode("medtop:20000756").orElseThrow();
        assertThat(library.tags().articleIds(tech.id())).containsExactly(sample);
        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.Z);
        settle();
        assertThat(library.tags().articleIds(sport.id())).containsExactlyInAnyOrder(sample, council);
    }

    @Test
    void ownTagsAreRenamedAndMergedFromTheSidebar() {
        TagService tags = new TagService(library.tags());
        var a = tags.tag(app.galley.model.TagKind.PLACE, "上海市", null);
        var b = tags.tag(app.galley.model.TagKind.PLACE, "Shanghai", null);
        tags.add(List.of(sample), a);
        tags.add(List.of(council), b);
        // the sidebar reads the library when the tags change
        interact(() -> window.tagModel().changesProperty().set(window.tagModel().changesProperty().get() + 1));
        clickOn("#tagFilter").write("上海");
        settle();
        rightClickOn(cell("上海市  (1)"));
        requestContextMenu(cell("上海市  (1)"));
        clickOn("Rename Tag\u2026");
        settle();
        clickOn("#renameTagField").push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A).write("上海");
        clickOn("OK");
        settle();
        assertThat(library.tags().find(a.id()).orElseThrow().name()).isEqualTo("上海");

        clickOn("#tagFilter").push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A).write("shanghai");
        settle();
        rightClickOn(cell("Shanghai  (1)"));
        requestContextMenu(cell("Shanghai  (1)"));
        clickOn("Merge Into\u2026");
        settle();
        clickOn("OK");
        settle();
        assertThat(library.tags().find(b.id())).isEmpty();
        assertThat(library.tags().articleIds(a.id())).containsExactlyInAnyOrder(sample, council);
        clickOn("#tagFilter").push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A).write("上海");
        settle();
        assertThat(lookup("#tagTree .tree-cell").queryAll()).anyMatch(n -> "上海  (2)".equals(((TreeCell<?>) n).getText()));
    }

    @Test
    void findAShowAndDropOntoATag() throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> !lookup("#searchStatus").queryAs(Label.class).getText().startsWith("Opening"));
        assertThat(lookup("#tagTree .tree-cell").queryAll()).anyMatch(n -> "Subjects (IPTC Media Topics)".equals(((TreeCell<?>) n).getText()));

        // Chinese words find the topic; its count shows; a click shows its articles
        clickOn("#tagFilter").write("科技與工程");
        settle();
        clickOn(cell("technology and engineering  (1)"));
        waitFor(10, TimeUnit.SECONDS, () -> "1 article".equals(lookup("#searchStatus").queryAs(Label.class).getText()));
        assertThat(table().getItems()).extracting(ArticleSummary::id).containsExactly(sample);
        // the search box names the topic as the editor reads it, not by its code
        assertThat(lookup("#searchField").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("tag:\"technology and engineering\"");

        // the council story dropped on the topic is tagged with it
        dropOn(cell("technology and engineering  (1)"), Map.of(TagBrowser.ARTICLE_IDS, Long.toString(council)), DragEvent.DRAG_OVER);
        dropOn(cell("technology and engineering  (1)"), Map.of(TagBrowser.ARTICLE_IDS, Long.toString(council)), DragEvent.DRAG_DROPPED);
        settle();
        var tag = library.tags().byQcode("medtop:20000756").orElseThrow();
        assertThat(library.tags().articleIds(tag.id())).containsExactlyInAnyOrder(sample, council);
        assertThat(lookup("#tagTree .tree-cell").queryAll())
                .anyMatch(n -> "technology and engineering  (2)".equals(((TreeCell<?>) n).getText()));
    }
}
