package app.galley.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * Asks before a dialog with typed, unsaved input is left by Cancel, Escape or its window's close
 * button: "Discard" leaves, "Keep Editing" goes back to the fields. A dialog whose values are as they
 * were when it opened closes without asking.
 */
public final class UnsavedInput {

    private UnsavedInput() {
    }

    /**
     * Guards {@code dialog}: {@code values} reads what its fields hold now (compared with what they
     * held when it was shown).
     */
    public static void guard(Dialog<ButtonType> dialog, I18n i18n, Supplier<List<Object>> values) {
        List<Object> atStart = new ArrayList<>();
        dialog.setOnShown(e -> {
            atStart.clear();
            atStart.addAll(values.get());
        });
        ButtonType discard = new ButtonType(i18n.get("unsaved.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(i18n.get("unsaved.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Supplier<Boolean> mayLeave = () -> {
            if (Objects.equals(atStart, values.get())) {
                return true;
            }
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("unsaved.question"), discard, keep);
            ask.initOwner(dialog.getDialogPane().getScene().getWindow());
            ask.setHeaderText(i18n.get("unsaved.header"));
            ask.getDialogPane().setId("unsavedInput");
            return ask.showAndWait().orElse(keep) == discard;
        };
        Node cancel = dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        if (cancel != null) {
            cancel.addEventFilter(ActionEvent.ACTION, e -> {
                if (!mayLeave.get()) {
                    e.consume();
                }
            });
        }
        dialog.setOnCloseRequest(e -> {
            // the close button and Escape end here with no result chosen; OK and Cancel have one
            if (dialog.getResult() == null && !mayLeave.get()) {
                e.consume();
            }
        });
    }
}
