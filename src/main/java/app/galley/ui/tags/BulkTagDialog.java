package app.galley.ui.tags;

import app.galley.analyze.TagService;
import app.galley.ui.app.I18n;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Puts a tag on the selected articles or takes it off them, in one step Edit › Undo takes back:
 * the tag is found as it is typed, in any language, tags and Media Topics alike.
 */
public final class BulkTagDialog {

    private final TagViewModel model;
    private final I18n i18n;

    public BulkTagDialog(TagViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    public void show(Window owner, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.format("tags.bulk.title", ids.size()));
        ButtonType add = new ButtonType(i18n.get("tags.bulk.add"), ButtonBar.ButtonData.OK_DONE);
        ButtonType remove = new ButtonType(i18n.get("tags.bulk.remove"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(add, remove, ButtonType.CANCEL);
        TextField field = new TextField();
        field.setId("bulkTagField");
        field.setPromptText(i18n.get("tags.filter"));
        ListView<TagService.Candidate> found = new ListView<>();
        found.setId("bulkTagList");
        found.setPrefHeight(200);
        found.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TagService.Candidate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label() + "  ·  " + i18n.get("tags.kind."
                        + (item.tag() != null ? item.tag().kind().id() : "subject")));
            }
        });
        field.textProperty().addListener((o, was, now) -> {
            model.complete(now, offered -> {
                found.getItems().setAll(offered);
                found.getSelectionModel().selectFirst();
            });
        });
        for (ButtonType b : List.of(add, remove)) {
            dialog.getDialogPane().lookupButton(b).disableProperty()
                    .bind(found.getSelectionModel().selectedItemProperty().isNull());
        }
        dialog.getDialogPane().setContent(new VBox(8, new Label(i18n.format("tags.bulk.text", ids.size())), field, found));
        dialog.setOnShown(e -> field.requestFocus());
        dialog.showAndWait().ifPresent(b -> {
            TagService.Candidate c = found.getSelectionModel().getSelectedItem();
            if (c != null && (b == add || b == remove)) {
                model.tag(ids, c, b == add);
            }
        });
    }
}
