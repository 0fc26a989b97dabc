package app.galley.ui.app;

import app.galley.service.SettingsService;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Preferences › the newsroom that publishes the library's fact-checks (kept in the library, so the
 * whole desk shares it): its name and site, and where a fact-check is published. ClaimReview exports
 * name them. An address that is not http(s) keeps the dialog open with a message beside the fields.
 */
final class NewsroomFields {

    private final I18n i18n;
    private final SettingsService.Newsroom before;
    private final TextField name;
    private final TextField url;
    private final TextField address;
    private final Label error = new Label();

    /** @param before the newsroom as the library keeps it (read off the window's thread) */
    NewsroomFields(I18n i18n, SettingsService.Newsroom before) {
        this.i18n = i18n;
        this.before = before;
        name = field("newsroomName", before.name());
        url = field("newsroomUrl", before.url());
        address = field("factCheckAddress", before.factCheckAddress());
        address.setPromptText("https://news.example.com/fact-check/{id}");
        error.setId("newsroomError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }

    /** Adds the rows from {@code row} on. */
    void addTo(GridPane grid, int row) {
        grid.addRow(row, new Label(i18n.get("prefs.newsroom")), name);
        grid.addRow(row + 1, new Label(i18n.get("prefs.newsroom.url")), url);
        grid.addRow(row + 2, new Label(i18n.get("prefs.factcheck.address")), address);
        Label note = new Label(i18n.get("prefs.factcheck.note"));
        note.setWrapText(true);
        note.getStyleClass().add("placeholder-text");
        grid.add(note, 1, row + 3);
        grid.add(error, 1, row + 4);
    }

    /** OK does not close the dialog while an address is not a web address. */
    void guard(Dialog<ButtonType> dialog) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        if (ok != null) {
            ok.addEventFilter(ActionEvent.ACTION, e -> {
                String wrong = invalid();
                error.setText(wrong == null ? "" : i18n.format("prefs.address.invalid", wrong));
                error.setVisible(wrong != null);
                error.setManaged(wrong != null);
                if (wrong != null) {
                    e.consume();
                }
            });
        }
    }

    private String invalid() {
        return typed().invalidAddress();
    }

    private SettingsService.Newsroom typed() {
        return new SettingsService.Newsroom(name.getText(), url.getText(), address.getText());
    }

    /** What the fields hold, to tell whether the editor changed anything. */
    List<String> changed() {
        return List.of(name.getText(), url.getText(), address.getText());
    }

    /** The newsroom as the editor left it, if it differs from what the library keeps. */
    java.util.Optional<SettingsService.Newsroom> edited() {
        SettingsService.Newsroom now = typed();
        return now.equals(before) ? java.util.Optional.empty() : java.util.Optional.of(now);
    }
}
