package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.service.Services;
import app.galley.store.Library;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The window's layout (ADR 17): the article's text with one tool area beside it, the tools as its
 * tabs and the preview under them; the tool area hidden and shown, focused work hiding the library;
 * all of it remembered.
 */
class WorkspaceTest extends GalleyFxTest {

    @Override
    protected void prepare(Library library) {
        Services.of(library).imports().importFile(TestFiles.samplePath());
    }

    private boolean showing(String id) {
        return lookup(id).tryQuery().map(n -> n.getScene() != null && n.isVisible()
                && n.localToScene(n.getBoundsInLocal()).getWidth() > 0).orElse(false);
    }

    private String tool() {
        return lookup("#toolTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void theTextKeepsItsRoomBesideOneToolArea() {
        settle();
        // the text and the tool area side by side, the fact-check tool first
        assertThat(showing("#articleText")).isTrue();
        assertThat(showing("#toolTabs")).isTrue();
        assertThat(tool()).isEqualTo("factCheckTab");
        SplitPane work = lookup("#workSplit").queryAs(SplitPane.class);
        assertThat(work.getItems()).hasSize(2);
        Node text = lookup("#articleText").query();
        assertThat(text.getBoundsInLocal().getWidth()).isGreaterThan(250);

        // Article › Clean shows its tab in the tool area, beside the text, which stays
        push(KeyCode.SHORTCUT, KeyCode.K);
        settle();
        assertThat(tool()).isEqualTo("cleanTab");
        assertThat(showing("#articleText")).isTrue();

        // the tool area hidden gives the text the room; asking for a tool brings it back
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.T);
        settle();
        assertThat(showing("#toolTabs")).isFalse();
        assertThat(work.getItems()).hasSize(1);
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.H);
        settle();
        assertThat(showing("#toolTabs")).isTrue();
        assertThat(tool()).isEqualTo("historyTab");

        // the preview goes under the tools: two at once, each with its room
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        settle();
        SplitPane column = lookup("#toolColumn").queryAs(SplitPane.class);
        assertThat(column.getItems()).hasSize(2);
        assertThat(showing("#previewPane")).isTrue();
        assertThat(lookup("#previewPane").query().getBoundsInLocal().getHeight()).isGreaterThan(150);
        // the tool area hidden takes the preview with it, which stops rendering until it is back
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.T);
        settle();
        assertThat(showing("#previewPane")).isFalse();
        assertThat(window.previewModel().active()).isFalse();
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.T);
        settle();
        assertThat(showing("#previewPane")).isTrue();
        assertThat(window.previewModel().active()).isTrue();

        // focused work: the library's side goes, the article and its tools take the window
        double[] library = lookup("#split").queryAs(SplitPane.class).getDividerPositions();
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.ENTER);
        settle();
        assertThat(showing("#table")).isFalse();
        assertThat(showing("#articleText")).isTrue();
        assertThat(work.getWidth()).isGreaterThan(stage.getWidth() - 20);
        assertThat(settings.get(Workspace.FOCUS, "")).isEqualTo("true");
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.ENTER);
        settle();
        assertThat(showing("#table")).isTrue();
        assertThat(lookup("#split").queryAs(SplitPane.class).getDividerPositions()).containsExactly(library,
                org.assertj.core.data.Offset.offset(0.01));

        // what the editor chose is remembered for the next start
        assertThat(settings.get(Workspace.TOOL, "")).isEqualTo("history");
        assertThat(settings.get(Workspace.TOOLS, "")).isEqualTo("shown");
        assertThat(settings.get(app.galley.ui.preview.PreviewPane.PANEL, "")).isEqualTo("shown");
    }
}
