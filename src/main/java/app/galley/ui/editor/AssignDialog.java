package app.galley.ui.editor;

import app.galley.model.Assignment;
import app.galley.ui.app.I18n;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Assigns the selected articles to a member of the desk (issue 23): a role, who, when it is due (a
 * day and a time, in the user's zone) and a note; or takes the role's assignment away. One step Edit ›
 * Undo takes back.
 */
final class AssignDialog {

    /** What the editor asked for: an assignment, or (assignee null) taking the role's away. */
    record Request(Assignment.Role role, String assignee, Instant due, String note) {
    }

    private final I18n i18n;

    AssignDialog(I18n i18n) {
        this.i18n = i18n;
    }

    /** Asks; empty if the editor cancelled. */
    java.util.Optional<Request> ask(Window owner, int articles, String me, ZoneId zone) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.format("assign.title", articles));
        ButtonType assign = new ButtonType(i18n.get("assign.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType unassign = new ButtonType(i18n.get("assign.remove"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(assign, unassign, ButtonType.CANCEL);

        ChoiceBox<Assignment.Role> role = new ChoiceBox<>();
        role.setId("assignRole");
        role.getItems().setAll(Assignment.Role.values());
        role.setValue(Assignment.Role.EDITOR);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Assignment.Role r) {
                return r == null ? "" : i18n.get("assign.role." + r.id());
            }

            @Override
            public Assignment.Role fromString(String s) {
                return null;
            }
        });
        ComboBox<String> who = new ComboBox<>();
        who.setId("assignee");
        who.setEditable(true);
        who.getItems().setAll(List.of(me));
        who.setPromptText(i18n.get("assign.who.prompt"));
        app.galley.ui.app.WhenFields due = new app.galley.ui.app.WhenFields("assignDue", LocalTime.of(18, 0));
        TextArea note = new TextArea();
        note.setId("assignNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Label problem = new Label();
        problem.setId("assignProblem");
        problem.getStyleClass().add("problem");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(i18n.get("assign.role")), role);
        grid.addRow(1, new Label(i18n.get("assign.who")), who);
        grid.addRow(2, new Label(i18n.get("assign.due")), due.node());
        grid.addRow(3, new Label(i18n.get("assign.note")), note);
        grid.add(problem, 1, 4);
        dialog.getDialogPane().setContent(grid);

        // an assignment needs someone, and a time that is one
        dialog.getDialogPane().lookupButton(assign).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String name = who.getEditor().getText();
            if (name == null || name.isBlank()) {
                problem.setText(i18n.get("assign.who.missing"));
                e.consume();
            } else if (!due.valid(zone)) {
                problem.setText(i18n.get("assign.due.bad"));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> {
            if (b == assign) {
                return new Request(role.getValue(), who.getEditor().getText().strip(), due.value(zone).orElse(null),
                        note.getText() == null || note.getText().isBlank() ? null : note.getText().strip());
            }
            return b == unassign ? new Request(role.getValue(), null, null, null) : null;
        });
        return dialog.showAndWait();
    }
}
