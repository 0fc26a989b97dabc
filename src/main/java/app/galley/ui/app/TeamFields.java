package app.galley.ui.app;

import app.galley.service.TeamService;
import app.galley.store.TeamServer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Preferences › Team (issue 22): the team server's address, the server user and password, and the
 * name this member's changes carry; Connect checks the server and joins at once (off the window's
 * thread), saying in one sentence what is wrong if it cannot; Leave the team stops sharing. The
 * password goes to the user's 0600 credentials file, never into the library.
 */
final class TeamFields {

    private final MainWindow window;
    private final I18n i18n;
    private final TextField url = field("teamUrl");
    private final TextField user = field("teamUser");
    private final PasswordField password = new PasswordField();
    private final TextField member = field("teamMember");
    private final Button connect;
    private final Button leave;
    private final Label result = new Label();

    /** @param kept the library's team as it is (read off the window's thread), or null */
    TeamFields(MainWindow window, I18n i18n, TeamService.Team kept, String defaultMember) {
        this.window = window;
        this.i18n = i18n;
        password.setId("teamPassword");
        url.setPromptText("postgresql://team.example.org/galley");
        if (kept != null) {
            url.setText(kept.url());
            user.setText(kept.user());
            member.setText(kept.member());
        } else {
            member.setText(defaultMember);
        }
        connect = new Button(i18n.get("prefs.team.connect"));
        connect.setId("teamConnect");
        connect.setOnAction(e -> connect());
        leave = new Button(i18n.get("prefs.team.disconnect"));
        leave.setId("teamLeave");
        leave.setOnAction(e -> leave());
        leave.setDisable(kept == null);
        result.setId("teamResult");
        result.setWrapText(true);
        result.setText(kept == null ? i18n.get("prefs.team.alone")
                : i18n.format("prefs.team.connected", TeamServer.Address.parse(kept.url()), kept.member()));
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    Node node() {
        Label note = new Label(i18n.get("prefs.team.note"));
        note.setWrapText(true);
        note.getStyleClass().add("placeholder-text");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(HelpWindows.wholeColumn(), fields);
        grid.addRow(0, new Label(i18n.get("prefs.team.url")), url);
        grid.addRow(1, new Label(i18n.get("prefs.team.user")), user);
        grid.addRow(2, new Label(i18n.get("prefs.team.password")), password);
        grid.addRow(3, new Label(i18n.get("prefs.team.member")), member);
        VBox box = new VBox(10, note, grid, new HBox(8, connect, leave), result);
        box.setPadding(new Insets(12));
        return box;
    }

    private void connect() {
        connect.setDisable(true);
        result.setText(i18n.get("prefs.team.connecting"));
        String u = url.getText();
        String who = user.getText().strip();
        String secret = password.getText();
        String name = member.getText();
        window.tasks().submit(() -> window.context().services().team().connect(u, who, secret, name), team -> {
            password.clear();
            connect.setDisable(false);
            leave.setDisable(false);
            result.getStyleClass().remove("error-text");
            result.setText(i18n.format("prefs.team.connected", TeamServer.Address.parse(team.url()), team.member()));
            window.teamModel().restart();
        }, e -> {
            connect.setDisable(false);
            if (!result.getStyleClass().contains("error-text")) {
                result.getStyleClass().add("error-text");
            }
            result.setText(e.getMessage());
        });
    }

    private void leave() {
        leave.setDisable(true);
        window.tasks().submit(() -> window.context().services().team().disconnect(), () -> {
            result.getStyleClass().remove("error-text");
            result.setText(i18n.get("prefs.team.left"));
            window.teamModel().restart();
        });
    }
}
