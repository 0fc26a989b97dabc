package app.galley.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's own file choosers and JavaFX alerts. */
public final class FxDialogService implements DialogService {

    private static void filters(FileChooser chooser, List<FileFilter> filters) {
        filters.forEach(f -> chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(f.description(), f.patterns())));
    }

    @Override
    public List<Path> chooseFiles(Window owner, String title, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        filters(chooser, filters);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, String initialName, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        filters(chooser, filters);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirm(Window owner, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<String> askReason(Window owner, ReasonQuestion q) {
        javafx.scene.control.Dialog<String> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle(q.title());
        d.setHeaderText(q.question());
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(6);
        box.setId("overrideReasons");
        for (String r : q.reasons()) {
            javafx.scene.control.Label l = new javafx.scene.control.Label("• " + r);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        javafx.scene.control.TextField why = new javafx.scene.control.TextField();
        why.setId("overrideReason");
        why.setPromptText(q.why());
        javafx.scene.control.Label whyLabel = new javafx.scene.control.Label(q.why());
        whyLabel.setLabelFor(why);
        box.getChildren().addAll(new javafx.scene.control.Separator(), whyLabel, why);
        box.setPrefWidth(460);
        d.getDialogPane().setContent(box);
        ButtonType go = new ButtonType(q.goAhead(), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(go).disableProperty().bind(why.textProperty().isEmpty());
        d.setResultConverter(b -> b == go && !why.getText().isBlank() ? why.getText().strip() : null);
        javafx.application.Platform.runLater(why::requestFocus);
        return d.showAndWait();
    }

    @Override
    public void showError(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.showAndWait();
    }
}
