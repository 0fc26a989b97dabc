package app.galley.ui.editor;

import app.galley.model.Article;
import app.galley.ui.app.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks the editor what to do when an edit meets a change saved elsewhere (ADR 13). */
public final class ConflictDialog {

    private ConflictDialog() {
    }

    public static EditingViewModel.Conflict ask(Window owner, I18n i18n, Article theirs) {
        ButtonType keep = new ButtonType(i18n.get("conflict.keepMine"), ButtonBar.ButtonData.YES);
        ButtonType compare = new ButtonType(i18n.get("conflict.compare"), ButtonBar.ButtonData.OTHER);
        ButtonType take = new ButtonType(i18n.get("conflict.takeTheirs"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", keep, compare, take);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("conflict.title"));
        alert.setHeaderText(i18n.format("conflict.header", theirs.title()));
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault()).format(theirs.updated());
        alert.setContentText(i18n.format("conflict.text", when));
        alert.getDialogPane().setId("conflictDialog");
        alert.getDialogPane().setMinWidth(520);
        ButtonType chosen = alert.showAndWait().orElse(keep); // closed without a choice: nothing typed is lost
        return chosen == take ? EditingViewModel.Conflict.TAKE_THEIRS
                : chosen == compare ? EditingViewModel.Conflict.COMPARE : EditingViewModel.Conflict.KEEP_MINE;
    }
}
