package app.galley.ui.library;

import app.galley.model.ArticleSummary;
import app.galley.ui.app.DialogService;
import app.galley.ui.app.I18n;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Trash in the window (issue 18): Article › Move to Trash (the Delete key in the table), Put Back
 * and Empty Trash… in the Trash section, and an Undo link in the status bar after a deletion.
 */
public final class TrashControls {

    private TrashControls() {
    }

    public static void install(LibraryViewModel model, TableView<ArticleSummary> table, Menu articleMenu,
                               Hyperlink undoLink, I18n i18n, DialogService dialogs) {
        TrashViewModel trash = model.trash();
        BooleanBinding inTrash = Bindings.createBooleanBinding(() -> model.sectionProperty().get() != null
                && model.sectionProperty().get().trash(), model.sectionProperty());
        BooleanBinding nothingSelected = Bindings.isEmpty(model.selection());

        MenuItem move = new MenuItem(i18n.get("action.moveToTrash"));
        move.setId("moveToTrashItem");
        move.setAccelerator(new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN));
        move.disableProperty().bind(nothingSelected.or(inTrash));
        move.setOnAction(e -> trash.moveToTrash(List.copyOf(model.selection())));
        MenuItem restore = new MenuItem(i18n.get("action.restore"));
        restore.setId("restoreItem");
        restore.disableProperty().bind(nothingSelected.or(inTrash.not()));
        restore.setOnAction(e -> trash.restore(List.copyOf(model.selection())));
        MenuItem empty = new MenuItem(i18n.get("action.emptyTrash"));
        empty.setId("emptyTrashItem");
        empty.disableProperty().bind(model.trashCountProperty().isEqualTo(0));
        empty.setOnAction(e -> {
            int n = model.trashCountProperty().get();
            if (dialogs.confirm(table.getScene().getWindow(), i18n.format("trash.emptyConfirm", n))) {
                trash.empty();
            }
        });
        articleMenu.getItems().addAll(new SeparatorMenuItem(), move, restore, empty);

        // the Delete key where the articles are: in the table (typing elsewhere keeps its own Delete)
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown() && !inTrash.get() && !model.selection().isEmpty()) {
                trash.moveToTrash(List.copyOf(model.selection()));
                e.consume();
            }
        });

        undoLink.setText(i18n.get("trash.undo"));
        undoLink.visibleProperty().bind(Bindings.isNotNull(trash.undoableProperty()));
        undoLink.managedProperty().bind(undoLink.visibleProperty());
        undoLink.setOnAction(e -> trash.undo());
    }
}
