package app.galley.ui.clean;

import app.galley.clean.Cleaning;
import app.galley.clean.ScriptConversion;
import app.galley.service.EditService;
import app.galley.ui.app.I18n;
import app.galley.ui.editor.DiffText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Clean tab: the proposed changes in a list (each with its rule, what it replaces and why,
 * accepted or not) beside the article with the changes marked: removals struck through, replacements
 * highlighted, rejected changes dimmed. Accept all, reject all, undo, redo, and Apply, which saves
 * the accepted changes as a new revision.
 */
public final class CleanPane {

    private final CleanViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox();
    private final ChangeTree list;
    private final StyleClassedTextArea diff = new StyleClassedTextArea();
    private final ComboBox<Object> source = new ComboBox<>();
    private final Button applyMany = new Button();
    private final List<Integer> itemOffsets = new ArrayList<>();
    private Supplier<List<Long>> selection = List::of;
    private java.util.function.Consumer<List<Long>> applyToSelection = ids -> { };
    private boolean choosing;

    public CleanPane(CleanViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.list = new ChangeTree(model, i18n, this::reveal);
        root.setId("cleanPane");
        root.getStyleClass().add("clean-pane");

        source.setId("cleanSource");
        source.getItems().add(i18n.get("clean.source.rules"));
        source.getItems().addAll(List.of(ScriptConversion.Profile.values()));
        source.setCellFactory(v -> new SourceCell());
        source.setButtonCell(new SourceCell());
        source.getSelectionModel().select(0);
        source.valueProperty().addListener((o, was, now) -> {
            if (!choosing && now != null) {
                model.propose(model.articleProperty().get(), now instanceof ScriptConversion.Profile p
                        ? new EditService.Proposal.Conversion(p) : new EditService.Proposal.Rules());
            }
        });
        model.proposalProperty().addListener((o, was, now) -> showProposal(now));

        Button acceptAll = button("acceptAllButton", "clean.acceptAll", "mdi2c-check-all", model::acceptAll);
        Button rejectAll = button("rejectAllButton", "clean.rejectAll", "mdi2c-close-box-multiple-outline", model::rejectAll);
        Button undo = button("cleanUndoButton", "clean.undo", "mdi2u-undo", model::undo);
        Button redo = button("cleanRedoButton", "clean.redo", "mdi2r-redo", model::redo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button apply = button("applyCleaningButton", "clean.apply", "mdi2c-content-save-outline", model::apply);
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(Bindings.isEmpty(model.items()));
        applyMany.setId("applyToSelectionButton");
        applyMany.setOnAction(e -> applyToSelection.accept(selection.get()));
        applyMany.managedProperty().bind(applyMany.visibleProperty());
        for (Button b : List.of(acceptAll, rejectAll, undo, redo)) {
            // the detail pane is narrow: icons, with the words in tooltips and for screen readers
            b.setTooltip(new Tooltip(b.getText()));
            b.setAccessibleText(b.getText());
            b.setText(null);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        source.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(source, Priority.ALWAYS);
        HBox top = new HBox(6, source);
        HBox actions = new HBox(6, acceptAll, rejectAll, undo, redo, spacer, applyMany, apply);
        VBox bar = new VBox(6, top, actions);
        bar.setPadding(new Insets(6, 6, 2, 6));
        bar.getStyleClass().add("clean-bar");

        Label summary = new Label();
        summary.setId("cleanSummary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get().isEmpty()
                ? model.summaryProperty().get() : model.problemProperty().get(), model.summaryProperty(), model.problemProperty()));
        summary.getStyleClass().add("clean-summary");
        summary.setWrapText(true);
        summary.setPadding(new Insets(4, 8, 4, 8));


        diff.setId("cleanDiff");
        diff.setEditable(false);
        diff.setWrapText(true);
        diff.getStyleClass().add("clean-diff");
        // the article with its changes on top, the list of changes under it (the detail pane is tall and narrow)
        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(diff), list.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        VBox.setVgrow(split, Priority.ALWAYS);
        javafx.scene.control.Hyperlink reset = new javafx.scene.control.Hyperlink(i18n.get("clean.resetRejections"));
        reset.setId("resetRejections");
        reset.setOnAction(e -> model.resetRejections());
        reset.visibleProperty().bind(model.leftOutProperty().greaterThan(0));
        reset.managedProperty().bind(reset.visibleProperty());
        root.getChildren().addAll(bar, summary, reset, split);
        model.revisionProperty().addListener((o, was, now) -> redraw());
        // made when first shown (issue 18): what was proposed before then is shown at once
        if (model.proposalProperty().get() != null) {
            showProposal(model.proposalProperty().get());
        }
        redraw();
    }

    public Node node() {
        return root;
    }

    /** How the pane learns the table's selection, and what applying to it does. */
    public void connectSelection(Supplier<List<Long>> selected, javafx.beans.value.ObservableValue<Number> count,
                          java.util.function.Consumer<List<Long>> apply) {
        this.selection = selected;
        this.applyToSelection = apply;
        applyMany.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("clean.applyToSelection", count.getValue()), count));
        applyMany.visibleProperty().bind(Bindings.createBooleanBinding(() -> count.getValue().intValue() > 1, count));
    }

    private void showProposal(EditService.Proposal p) {
        choosing = true;
        try {
            if (p instanceof EditService.Proposal.Conversion c) {
                source.getSelectionModel().select(c.profile());
            } else if (p instanceof EditService.Proposal.Replace r) {
                String label = i18n.format("clean.source.replace", r.find(), r.replace());
                if (source.getItems().size() > ScriptConversion.Profile.values().length + 1) {
                    source.getItems().set(source.getItems().size() - 1, label);
                } else {
                    source.getItems().add(label);
                }
                source.getSelectionModel().selectLast();
            } else {
                source.getSelectionModel().select(0);
            }
        } finally {
            choosing = false;
        }
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(i18n.get(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The article with every change marked as it stands. */
    private void redraw() {
        Cleaning c = model.cleaningProperty().get();
        itemOffsets.clear();
        if (c == null) {
            diff.clear();
            return;
        }
        itemOffsets.addAll(DiffText.show(diff, c.original(), c.changes(), model::isAccepted));
    }

    private void reveal(int index) {
        if (index < 0 || index >= itemOffsets.size()) {
            return;
        }
        int at = Math.min(itemOffsets.get(index), diff.getLength());
        diff.moveTo(at);
        diff.requestFollowCaret();
        diff.selectRange(at, Math.min(diff.getLength(), at + Math.max(1, model.items().get(index).from().length())));
    }

    private final class SourceCell extends ListCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof ScriptConversion.Profile p) {
                setText(i18n.format("clean.source.convert", p.id(), p.label()));
            } else {
                setText(item.toString());
            }
        }
    }
}
