package app.galley.ui.editor;

import app.galley.analyze.FactCheckSummary;
import app.galley.model.ArticleStatus;
import app.galley.model.SignOff;
import app.galley.ui.app.I18n;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The second pair of eyes (issue 23): the article's fact-check as it stands and its sign-offs so
 * far, then the status the signer lets it go to, with a note. The window's user signs; the sign-off
 * holds for the text as it is now.
 */
final class SignOffDialog {

    /** What the signer gave: the status and a note (may be blank). */
    record Given(ArticleStatus status, String note) {
    }

    private final I18n i18n;

    SignOffDialog(I18n i18n) {
        this.i18n = i18n;
    }

    Optional<Given> ask(Window owner, String title, List<FactCheckSummary.Problem> problems, List<SignOff> given,
                        java.util.function.Predicate<SignOff> holds, ArticleStatus suggested) {
        Dialog<Given> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("signoff.title"));
        dialog.setHeaderText(i18n.format("signoff.header", title));
        ButtonType sign = new ButtonType(i18n.get("signoff.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(sign, ButtonType.CANCEL);

        VBox state = new VBox(4);
        state.setId("signOffState");
        if (problems.isEmpty()) {
            state.getChildren().add(new Label(i18n.get("signoff.ready")));
        } else {
            Map<FactCheckSummary.Problem.Kind, Long> byKind = problems.stream().collect(Collectors.groupingBy(
                    FactCheckSummary.Problem::kind, LinkedHashMap::new, Collectors.counting()));
            state.getChildren().add(new Label(i18n.get("signoff.notReady")));
            byKind.forEach((k, n) -> state.getChildren().add(new Label("• " + i18n.format("fc.problem." + k.name(), n))));
        }
        for (SignOff s : given) {
            state.getChildren().add(new Label(i18n.format(holds.test(s) ? "signoff.given" : "signoff.voided",
                    i18n.status(s.status()), s.by())));
        }
        ChoiceBox<ArticleStatus> status = new ChoiceBox<>();
        status.setId("signOffStatus");
        status.getItems().setAll(ArticleStatus.READY, ArticleStatus.PUBLISHED);
        status.setValue(suggested);
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ArticleStatus s) {
                return s == null ? "" : i18n.status(s);
            }

            @Override
            public ArticleStatus fromString(String s) {
                return null;
            }
        });
        TextArea note = new TextArea();
        note.setId("signOffNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(i18n.get("signoff.note.prompt"));
        VBox content = new VBox(8, state, new Label(i18n.get("signoff.for")), status, new Label(i18n.get("signoff.note")), note);
        content.setPadding(new Insets(12));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(b -> b == sign ? new Given(status.getValue(), note.getText()) : null);
        return dialog.showAndWait();
    }
}
