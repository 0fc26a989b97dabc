package app.galley.ui.clean;

import app.galley.clean.BoilerplateLearner;
import app.galley.clean.CleaningService;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The rules editor's Learned tab: for a source, the lines its articles repeat (proposed as
 * boilerplate, confirmed with a click) and the lines already confirmed (forgotten with a click),
 * read and written off the FX thread.
 */
final class LearnedBoilerplatePane {

    private final CleaningService service;
    private final TaskExecutor tasks;
    private final I18n i18n;

    /** A source's learned boilerplate: lines proposed, lines confirmed. */
    private record Learned(List<BoilerplateLearner.Proposal> proposed, List<String> confirmed) {
    }

    LearnedBoilerplatePane(CleaningService service, TaskExecutor tasks, I18n i18n) {
        this.service = service;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    VBox node(String source) {
        TextField sourceField = new TextField(source == null ? "" : source);
        sourceField.setId("learnSource");
        ListView<BoilerplateLearner.Proposal> proposals = new ListView<>();
        proposals.setId("boilerplateProposals");
        proposals.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(BoilerplateLearner.Proposal p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : i18n.format("rules.learned.proposal", p.line(), p.articles()));
            }
        });
        ListView<String> confirmed = new ListView<>();
        confirmed.setId("boilerplateConfirmed");
        Runnable reload = () -> {
            String s = sourceField.getText().strip();
            tasks.submit(() -> s.isEmpty() ? new Learned(List.of(), List.of())
                    : new Learned(service.proposeBoilerplate(s), service.learnedBoilerplate(s)), l -> {
                        proposals.getItems().setAll(l.proposed());
                        confirmed.getItems().setAll(l.confirmed());
                    }, BackgroundTasks::log);
        };
        sourceField.setOnAction(e -> reload.run());
        Button look = new Button(i18n.get("rules.learned.look"));
        look.setOnAction(e -> reload.run());
        Button confirm = new Button(i18n.get("rules.learned.confirm"));
        confirm.setId("confirmBoilerplateButton");
        confirm.disableProperty().bind(proposals.getSelectionModel().selectedItemProperty().isNull());
        confirm.setOnAction(e -> {
            String src = sourceField.getText().strip();
            String line = proposals.getSelectionModel().getSelectedItem().line();
            tasks.submit(() -> service.confirmBoilerplate(src, line), reload::run);
        });
        Button forget = new Button(i18n.get("rules.learned.forget"));
        forget.disableProperty().bind(confirmed.getSelectionModel().selectedItemProperty().isNull());
        forget.setOnAction(e -> {
            String src = sourceField.getText().strip();
            String line = confirmed.getSelectionModel().getSelectedItem();
            tasks.submit(() -> service.forgetBoilerplate(src, line), reload::run);
        });
        reload.run();
        HBox.setHgrow(sourceField, Priority.ALWAYS);
        VBox box = new VBox(8, new HBox(8, new Label(i18n.get("detail.source")), sourceField, look),
                new Label(i18n.get("rules.learned.proposals")), proposals, confirm,
                new Label(i18n.get("rules.learned.confirmed")), confirmed, forget);
        box.setPadding(new Insets(10));
        return box;
    }
}
