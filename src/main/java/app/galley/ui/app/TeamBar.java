package app.galley.ui.app;

import app.galley.model.TeamState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

/**
 * Shows the team state in the status bar ("Team: connected", "Team: syncing 3 articles", "Team:
 * offline since 10:42 (2 waiting)") and who else is editing the shown article above its title
 * ("周敏 is editing since 10:42"). Both hidden when the library is not in a team.
 */
final class TeamBar {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TeamBar() {
    }

    static void install(TeamViewModel team, Label status, Label presence, Runnable showHistory, I18n i18n) {
        conflicts(team, presence, showHistory, i18n);
        status.setId("teamStatus");
        status.textProperty().bind(Bindings.createStringBinding(() -> text(team.stateProperty().get(), i18n),
                team.stateProperty()));
        status.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> team.stateProperty().get().kind() != TeamState.Kind.ALONE, team.stateProperty()));
        status.managedProperty().bind(status.visibleProperty());
        status.tooltipProperty().bind(Bindings.createObjectBinding(() -> {
            TeamState s = team.stateProperty().get();
            String tip = s.problem() != null ? s.problem() : s.server();
            return tip == null ? null : new javafx.scene.control.Tooltip(tip);
        }, team.stateProperty()));
        presence.textProperty().bind(Bindings.createStringBinding(() -> editing(team.editingProperty().get(), i18n),
                team.editingProperty()));
        presence.visibleProperty().bind(presence.textProperty().isNotEmpty());
        presence.managedProperty().bind(presence.visibleProperty());
    }

    /**
     * Under the presence note: each conflict a merge left on the shown article, the text's with a link
     * to compare the two versions in History, and one link to settle them.
     */
    private static void conflicts(TeamViewModel team, Label presence, Runnable showHistory, I18n i18n) {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2);
        box.setId("teamConflicts");
        box.getStyleClass().add("repost-note");
        box.setVisible(false);
        box.setManaged(false);
        presence.parentProperty().addListener((o, was, parent) -> {
            if (parent instanceof javafx.scene.layout.Pane pane && !pane.getChildren().contains(box)) {
                pane.getChildren().add(pane.getChildren().indexOf(presence) + 1, box);
            }
        });
        if (presence.getParent() instanceof javafx.scene.layout.Pane pane) {
            pane.getChildren().add(pane.getChildren().indexOf(presence) + 1, box);
        }
        team.conflictsProperty().addListener((o, was, now) -> {
            box.getChildren().clear();
            for (app.galley.model.TeamConflict k : now) {
                Label line = new Label(k.field().equals("body")
                        ? i18n.format("team.conflict.text", k.member())
                        : i18n.format("team.conflict.field", k.member(), field(k.field(), i18n), k.mine() == null ? "" : k.mine()));
                line.setWrapText(true);
                box.getChildren().add(line);
            }
            javafx.scene.control.Hyperlink compare = new javafx.scene.control.Hyperlink(i18n.get("team.conflict.compare"));
            compare.setId("compareConflict");
            compare.setOnAction(e -> showHistory.run());
            javafx.scene.control.Hyperlink settled = new javafx.scene.control.Hyperlink(i18n.get("team.conflict.settled"));
            settled.setId("settleConflicts");
            settled.setOnAction(e -> team.settleConflicts());
            box.getChildren().add(new javafx.scene.layout.HBox(8, compare, settled));
            box.setVisible(!now.isEmpty());
            box.setManaged(!now.isEmpty());
        });
    }

    private static String field(String field, I18n i18n) {
        return switch (field) {
            case "title" -> i18n.get("team.field.title");
            case "status" -> i18n.get("team.field.status");
            default -> field.startsWith("annotations:") ? i18n.get("team.field.annotation") : field;
        };
    }

    static String text(TeamState s, I18n i18n) {
        return switch (s.kind()) {
            case ALONE -> "";
            case CONNECTING -> i18n.get("team.connecting");
            case CONNECTED -> s.pending() > 0 ? i18n.format("team.syncing", s.pending()) : i18n.get("team.connected");
            case SYNCING -> i18n.format("team.syncing", s.pending());
            case OFFLINE -> i18n.format("team.offline", time(s.offlineSince()), s.pending());
        };
    }

    static String editing(Map<String, Instant> others, I18n i18n) {
        if (others == null || others.isEmpty()) {
            return "";
        }
        Instant since = others.values().stream().min(Instant::compareTo).orElseThrow();
        return i18n.format("team.editing", others.keySet().stream().collect(Collectors.joining(", ")), time(since));
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(ZoneId.systemDefault()));
    }
}
