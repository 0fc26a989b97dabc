package app.galley.ui.app;

import app.galley.ui.editor.DetailController;
import app.galley.ui.preview.PreviewPane;
import java.util.Arrays;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The window's layout (issue 18): the library (sections, saved searches, tags) and the table on one
 * side, the article on the other, and beside the article's text one tool area: the Clean, Fact-check
 * and History tabs, with the preview under them when it is shown. So the text always has its room,
 * and at most two tools share the tool area. Focused work hides the library, giving the article and
 * its tools the whole window. What is shown, which tool, and every divider are remembered.
 */
final class Workspace {

    static final String TOOLS = "tools.shown";
    static final String TOOL = "tools.tab";
    static final String DIVIDER = "tools.divider";
    static final String PREVIEW_DIVIDER = "tools.previewDivider";
    static final String FOCUS = "window.focus";

    private final BorderPane root;
    /** The library's side and the article's: sections, table, work. */
    private final SplitPane split;
    /** The article beside its tool column. */
    private final SplitPane work = new SplitPane();
    /** The tool tabs above, the preview below when shown. */
    private final SplitPane column = new SplitPane();
    private final Node article;
    private final DetailController detail;
    private final PreviewPane preview;
    private final UiSettings settings;
    /** The library's dividers while it is hidden (focused work), put back when it returns. */
    private double[] libraryDividers;
    private CheckMenuItem previewItem;
    private CheckMenuItem focusItem;

    Workspace(BorderPane root, SplitPane split, DetailController detail, PreviewPane preview, UiSettings settings) {
        this.root = root;
        this.split = split;
        this.detail = detail;
        this.preview = preview;
        this.settings = settings;
        this.article = split.getItems().get(split.getItems().size() - 1);
        work.setId("workSplit");
        column.setId("toolColumn");
        column.setOrientation(Orientation.VERTICAL);
        column.getItems().add(detail.tools());
        split.getItems().set(split.getItems().size() - 1, work);
        work.getItems().add(article);
    }

    /** Connects the View menu's items and puts back what was shown last time. */
    void install(CheckMenuItem toolsItem, MenuItem factCheckItem, CheckMenuItem previewItem, CheckMenuItem focusItem) {
        this.previewItem = previewItem;
        this.focusItem = focusItem;
        detail.showTab(settings.get(TOOL, "factcheck"));
        detail.tools().getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                settings.put(TOOL, detail.shownTool()));
        detail.onToolAsked(() -> toolsItem.setSelected(true));
        toolsItem.setSelected(!"hidden".equals(settings.get(TOOLS, "shown")));
        toolsItem.selectedProperty().addListener((o, was, now) -> showTools(now));
        showTools(toolsItem.isSelected());
        factCheckItem.setOnAction(e -> detail.showTab("factcheck"));
        previewItem.setSelected("shown".equals(settings.get(PreviewPane.PANEL, "hidden")));
        previewItem.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                toolsItem.setSelected(true);
            }
            showPreview(now);
        });
        showPreview(previewItem.isSelected());
        focusItem.setSelected(Boolean.parseBoolean(settings.get(FOCUS, "false")));
        focusItem.selectedProperty().addListener((o, was, now) -> focus(now));
        focus(focusItem.isSelected());
    }

    private void showTools(boolean show) {
        if (show && !work.getItems().contains(column)) {
            work.getItems().add(column);
            remember(work, DIVIDER, 0.58);
            if (previewItem.isSelected()) {
                preview.show(); // under the tools again: it renders again
            }
        } else if (!show) {
            work.getItems().remove(column);
            preview.hide(); // out of sight with the tools: it renders nothing meanwhile
        }
        settings.put(TOOLS, show ? "shown" : "hidden");
    }

    private void showPreview(boolean show) {
        if (show) {
            Node pane = preview.show();
            if (!column.getItems().contains(pane)) {
                column.getItems().add(pane);
                remember(column, PREVIEW_DIVIDER, 0.5);
            }
        } else {
            column.getItems().removeIf(n -> n != detail.tools());
            preview.hide();
        }
        settings.put(PreviewPane.PANEL, show ? "shown" : "hidden");
    }

    /** Puts a split's divider where it was left, and remembers where the editor moves it. */
    private void remember(SplitPane pane, String key, double fallback) {
        pane.setDividerPositions(settings.getDouble(key, fallback));
        pane.getDividers().get(0).positionProperty().addListener((o, was, now) ->
                settings.putDouble(key, now.doubleValue()));
    }

    /** Focused work: the library's side goes, the article and its tools take the window. */
    private void focus(boolean on) {
        boolean focused = root.getCenter() == work;
        if (on && !focused) {
            libraryDividers = split.getDividerPositions();
            split.getItems().remove(work);
            root.setCenter(work);
        } else if (!on && focused) {
            root.setCenter(split);
            split.getItems().add(work);
            if (libraryDividers != null) {
                setDividers(split, libraryDividers);
            }
        }
        settings.put(FOCUS, Boolean.toString(on));
    }

    /** The library side's dividers as the editor left them (also while hidden by focused work). */
    double[] libraryDividers() {
        return root.getCenter() == work ? libraryDividers.clone() : split.getDividerPositions();
    }

    /** View › Preview Pane. */
    CheckMenuItem previewToggle() {
        return previewItem;
    }

    /** View › Focus on the Article. */
    CheckMenuItem focusToggle() {
        return focusItem;
    }

    /**
     * Puts a split's dividers where they were: set one by one, a divider may be held back by its
     * neighbour's old place (a pane's minimum width between them), so they are set first to last and
     * then last to first.
     */
    static void setDividers(SplitPane pane, double[] positions) {
        if (positions.length != pane.getDividers().size()) {
            return;
        }
        pane.setDividerPositions(positions);
        for (int i = positions.length - 1; i >= 0; i--) {
            pane.getDividers().get(i).setPosition(positions[i]);
        }
    }

    /** The dividers written as the settings keep them. */
    static String format(double[] dividers) {
        return String.join(",", Arrays.stream(dividers).mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).toList());
    }
}
