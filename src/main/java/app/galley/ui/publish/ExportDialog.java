package app.galley.ui.publish;

import app.galley.publish.BatchExport;
import app.galley.publish.ExportFormat;
import app.galley.publish.TemplateException;
import app.galley.service.ExportService;
import app.galley.service.ExportService.Profile;
import app.galley.ui.app.BackgroundTask;
import app.galley.ui.app.DialogService;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import app.galley.ui.app.UiSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Article › Export Selected…: a format, a folder or a zip file, and (for HTML) a template; or a
 * saved export profile (the same, named, kept in the window's settings). The export runs in the
 * background with progress and Cancel; its log is written beside the files.
 */
public final class ExportDialog {

    static final String PROFILES = "export.profiles";
    private final ExportService exports;
    private final TaskExecutor tasks;
    private final UiSettings settings;
    private final I18n i18n;
    private final Consumer<String> message;

    private final DialogService dialogs;

    public ExportDialog(ExportService exports, TaskExecutor tasks, DialogService dialogs, UiSettings settings, I18n i18n,
                 Consumer<String> message) {
        this.dialogs = dialogs;
        this.exports = exports;
        this.tasks = tasks;
        this.settings = settings;
        this.i18n = i18n;
        this.message = message;
    }

    List<Profile> profiles() {
        return ExportService.profiles(settings.get(PROFILES, "[]"));
    }

    private void saveProfile(Profile p) {
        settings.put(PROFILES, ExportService.withProfile(settings.get(PROFILES, "[]"), p));
    }

    void show(Window owner, List<Long> ids) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.format("export.title", ids.size()));
        dialog.getDialogPane().setId("exportDialog");
        ButtonType go = new ButtonType(i18n.get("export.run"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(go).setId("exportRun");
        ComboBox<Profile> profile = new ComboBox<>();
        profile.setId("exportProfile");
        profile.setPromptText(i18n.get("export.profile.none"));
        profile.getItems().setAll(profiles());
        profile.setConverter(new javafx.util.StringConverter<>() {
            public String toString(Profile p) {
                return p == null ? "" : p.name();
            }

            public Profile fromString(String s) {
                return null;
            }
        });
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new javafx.util.StringConverter<>() {
            public String toString(ExportFormat f) {
                return f == null ? "" : f.label();
            }

            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.setValue(ExportFormat.NINJS);
        TextField destination = new TextField(System.getProperty("user.home"));
        destination.setId("exportDestination");
        CheckBox zip = new CheckBox(i18n.get("export.zip"));
        zip.setId("exportZip");
        Button browse = new Button(i18n.get("prefs.browse"));
        browse.setOnAction(e -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            java.util.Optional<Path> f = zip.isSelected()
                    ? dialogs.chooseSaveFile(w, i18n.get("export.destination"), "galley-export.zip",
                            List.of(new DialogService.FileFilter("ZIP", List.of("*.zip"))))
                    : dialogs.chooseFolder(w, i18n.get("export.destination"), null);
            f.ifPresent(p -> destination.setText(p.toAbsolutePath().toString()));
        });
        ComboBox<String> template = new ComboBox<>();
        template.setId("exportTemplate");
        template.getItems().addAll(exports.templateIds());
        template.setValue(ExportService.DEFAULT_TEMPLATE);
        template.setConverter(new javafx.util.StringConverter<>() { // built-in templates by their names
            @Override
            public String toString(String id) {
                return id == null ? "" : i18n.templateName(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        template.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.HTML));
        profile.valueProperty().addListener((o, was, p) -> {
            if (p != null) {
                format.setValue(ExportFormat.of(p.format()));
                destination.setText(p.destination());
                zip.setSelected(p.zip());
                template.setValue(p.template());
            }
        });
        Button saveProfile = new Button(i18n.get("export.profile.save"));
        saveProfile.setId("exportSaveProfile");
        saveProfile.setOnAction(e -> {
            TextInputDialog ask = new TextInputDialog(profile.getValue() == null ? format.getValue().id() : profile.getValue().name());
            ask.initOwner(dialog.getDialogPane().getScene().getWindow());
            ask.setHeaderText(i18n.get("export.profile.name"));
            ask.getEditor().setId("exportProfileName");
            ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(n -> {
                Profile p = new Profile(n, format.getValue().id(), destination.getText().strip(), zip.isSelected(), template.getValue());
                saveProfile(p);
                profile.getItems().setAll(profiles());
                profile.setValue(p);
            });
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(i18n.get("export.profile")), new HBox(6, profile, saveProfile));
        grid.addRow(1, new Label(i18n.get("export.format")), format);
        HBox where = new HBox(6, destination, browse);
        HBox.setHgrow(destination, Priority.ALWAYS);
        grid.addRow(2, new Label(i18n.get("export.destination")), where);
        grid.add(zip, 1, 3);
        grid.addRow(4, new Label(i18n.get("export.template")), template);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(600);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) == go) {
            run(owner, ids, new Profile("", format.getValue().id(), destination.getText().strip(), zip.isSelected(),
                    template.getValue()));
        }
    }

    /** Runs an export in the background with a progress window; tests await the returned task. */
    BackgroundTask<BatchExport.Report> run(Window owner, List<Long> ids, Profile p) {
        Path target = Path.of(p.destination());
        BackgroundTask<BatchExport.Report> task = new BackgroundTask<>() {
            @Override
            protected BatchExport.Report call() throws Exception {
                return exports.export(ids, p, (n, total, title) -> {
                    updateProgress(n, total);
                    updateMessage(title);
                }, this::isCancelled);
            }
        };
        Dialog<ButtonType> progress = new Dialog<>();
        progress.initOwner(owner);
        progress.setTitle(i18n.format("export.title", ids.size()));
        progress.getDialogPane().setId("exportProgress");
        progress.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label what = new Label();
        what.textProperty().bind(task.messageProperty());
        progress.getDialogPane().setContent(new javafx.scene.layout.VBox(8, what, bar));
        progress.setOnCloseRequest(e -> task.cancel());
        task.onSucceeded(r -> {
            progress.close();
            message.accept(i18n.format("export.done", r.exported(), r.failures().size(), target));
        });
        task.onFailed(t -> {
            progress.close();
            message.accept(target + ": " + (t instanceof TemplateException ? t.getMessage() : String.valueOf(t.getMessage())));
        });
        task.onCancelled(() -> message.accept(i18n.get("export.cancelled")));
        Platform.runLater(progress::show);
        return tasks.run(task);
    }
}
