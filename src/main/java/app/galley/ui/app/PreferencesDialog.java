package app.galley.ui.app;

import app.galley.ui.preview.PreviewViewModel;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

/** Preferences: interface language, theme, and which library folder opens at start. */
final class PreferencesDialog {

    private final MainWindow window;
    private final Window owner;

    PreferencesDialog(MainWindow window, Window owner) {
        this.window = window;
        this.owner = owner;
    }

    /** Reads what the library keeps (off the window's thread), then shows the dialog and applies it. */
    void showAndApply() {
        window.tasks().submit(() -> new Kept(window.context().services().settings().newsroom(),
                        window.context().services().team().team().orElse(null),
                        window.context().services().settings().signOffRequired()), this::showAndApply,
                e -> LoggerFactory.getLogger(PreferencesDialog.class).warn("Preferences not read", e));
    }

    /** What the library keeps that the dialog shows. */
    private record Kept(app.galley.service.SettingsService.Newsroom newsroom, app.galley.service.TeamService.Team team,
                        java.util.Set<app.galley.model.ArticleStatus> signOff) {
    }

    private void showAndApply(Kept kept) {
        I18n i18n = window.i18n();
        UiSettings settings = window.context().settings();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("prefs.title"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("preferencesDialog");

        ComboBox<String> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(I18n.LANGUAGES);
        language.setCellFactory(v -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        String currentLanguage = settings.get(UiSettings.LANGUAGE, MainWindow.defaultLanguage());
        language.setValue(currentLanguage);

        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("themeChoice");
        theme.getItems().setAll(Theme.values());
        theme.setValue(window.theme());
        theme.setCellFactory(v -> new ThemeCell(i18n));
        theme.setButtonCell(new ThemeCell(i18n));

        TextField folder = new TextField(window.context().locator().preferred().map(Path::toString).orElse(""));
        folder.setId("libraryFolder");
        folder.setPromptText(window.context().locator().platformDefault().toString());
        Button browse = new Button(i18n.get("prefs.browse"));
        browse.setOnAction(e -> window.context().dialogs().chooseFolder(dialog.getDialogPane().getScene().getWindow(),
                i18n.get("prefs.library"), null).ifPresent(dir -> folder.setText(dir.toAbsolutePath().toString())));
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS); // the labels keep their width; the fields and notes take the rest
        grid.getColumnConstraints().addAll(HelpWindows.wholeColumn(), fields);
        grid.addRow(0, new Label(i18n.get("prefs.language")), language);
        grid.addRow(1, new Label(i18n.get("prefs.theme")), theme);
        grid.addRow(2, new Label(i18n.get("prefs.library")), folderRow);
        Label note = new Label(i18n.format("prefs.library.note", window.context().services().library().location()));
        note.setWrapText(true);
        note.getStyleClass().add("placeholder-text");
        grid.add(note, 1, 3);
        String currentName = settings.get(UiSettings.CHECKER, System.getProperty("user.name", "editor"));
        TextField name = new TextField(currentName);
        name.setId("checkerName");
        grid.addRow(4, new Label(i18n.get("prefs.checker")), name);
        String currentTemplates = settings.get(PreviewViewModel.TEMPLATE_FOLDER, "");
        TextField templates = new TextField(currentTemplates);
        templates.setId("templateFolder");
        Button browseTemplates = new Button(i18n.get("prefs.browse"));
        browseTemplates.setOnAction(e -> window.context().dialogs().chooseFolder(
                dialog.getDialogPane().getScene().getWindow(), i18n.get("prefs.templates"), null)
                .ifPresent(dir -> templates.setText(dir.toAbsolutePath().toString())));
        HBox templatesRow = new HBox(6, templates, browseTemplates);
        HBox.setHgrow(templates, Priority.ALWAYS);
        grid.addRow(5, new Label(i18n.get("prefs.templates")), templatesRow);
        Label templatesNote = new Label(i18n.get("prefs.templates.note"));
        templatesNote.setWrapText(true);
        templatesNote.getStyleClass().add("placeholder-text");
        grid.add(templatesNote, 1, 6);
        NewsroomFields newsroom = new NewsroomFields(i18n, kept.newsroom());
        newsroom.addTo(grid, 7);
        TeamFields team = new TeamFields(window, i18n, kept.team(), currentName);
        javafx.scene.control.Tab general = new javafx.scene.control.Tab(i18n.get("prefs.tab.general"), new Wrapping(grid));
        javafx.scene.control.Tab teamTab = new javafx.scene.control.Tab(i18n.get("prefs.tab.team"), new Wrapping(team.node()));
        teamTab.setId("teamTab");
        // the workflow (issue 23): which statuses need a second person's sign-off, for the whole library
        javafx.scene.control.CheckBox ready = new javafx.scene.control.CheckBox(i18n.get("prefs.workflow.ready"));
        ready.setId("signOffReady");
        ready.setSelected(kept.signOff().contains(app.galley.model.ArticleStatus.READY));
        javafx.scene.control.CheckBox published = new javafx.scene.control.CheckBox(i18n.get("prefs.workflow.published"));
        published.setId("signOffPublished");
        published.setSelected(kept.signOff().contains(app.galley.model.ArticleStatus.PUBLISHED));
        Label signOffLabel = new Label(i18n.get("prefs.workflow.signOff"));
        signOffLabel.setWrapText(true);
        javafx.scene.layout.VBox workflow = new javafx.scene.layout.VBox(8, signOffLabel, ready, published);
        workflow.setPadding(new javafx.geometry.Insets(12));
        javafx.scene.control.Tab workflowTab = new javafx.scene.control.Tab(i18n.get("prefs.tab.workflow"), new Wrapping(workflow));
        workflowTab.setId("workflowTab");
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(general, teamTab, workflowTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        dialog.getDialogPane().setContent(tabs);
        newsroom.guard(dialog);
        dialog.getDialogPane().setPrefWidth(560);

        UnsavedInput.guard(dialog, i18n, () -> java.util.Arrays.asList(language.getValue(), theme.getValue(),
                folder.getText(), name.getText(), templates.getText(), newsroom.changed(), ready.isSelected(),
                published.isSelected()));
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        String chosenFolder = folder.getText().strip();
        window.context().locator().setPreferred(chosenFolder.isEmpty() ? null : Path.of(chosenFolder));
        if (theme.getValue() != window.theme()) {
            window.setTheme(theme.getValue());
        }
        boolean rebuild = false;
        String chosenTemplates = templates.getText().strip();
        if (!chosenTemplates.equals(currentTemplates)) {
            settings.put(PreviewViewModel.TEMPLATE_FOLDER, chosenTemplates);
            window.previewModel().reloadTemplates();
        }
        // kept in the library: written off the window's thread
        newsroom.edited().ifPresent(n -> window.tasks().submit(() -> {
            window.context().services().settings().setNewsroom(n);
            return n;
        }, saved -> { }, e -> LoggerFactory.getLogger(PreferencesDialog.class).warn("Newsroom not saved", e)));
        java.util.Set<app.galley.model.ArticleStatus> signOff = java.util.EnumSet.noneOf(app.galley.model.ArticleStatus.class);
        if (ready.isSelected()) {
            signOff.add(app.galley.model.ArticleStatus.READY);
        }
        if (published.isSelected()) {
            signOff.add(app.galley.model.ArticleStatus.PUBLISHED);
        }
        if (!signOff.equals(kept.signOff())) {
            window.tasks().submit(() -> {
                window.context().services().settings().setSignOffRequired(signOff);
                return signOff;
            }, saved -> { }, e -> LoggerFactory.getLogger(PreferencesDialog.class).warn("Sign-off not saved", e));
        }
        String chosenName = name.getText().strip();
        if (!chosenName.isEmpty() && !chosenName.equals(currentName)) {
            settings.put(UiSettings.CHECKER, chosenName); // annotations and comments from now on carry it
            rebuild = true;
        }
        if (!language.getValue().equals(currentLanguage)) {
            settings.put(UiSettings.LANGUAGE, language.getValue());
            rebuild = true;
        }
        if (rebuild) {
            window.rebuild();
        }
    }

    /**
     * A tab's content sized for the width it will have: a tab pane asks its content's height without
     * a width, which would leave wrapping notes one line high and cut off.
     */
    private static final class Wrapping extends javafx.scene.layout.StackPane {
        /** The content's width in a dialog 560 wide, before the first layout says what it is. */
        private static final double FIRST_WIDTH = 530;

        Wrapping(javafx.scene.Node content) {
            super(content);
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width >= 0 ? width : getWidth() > 0 ? getWidth() : FIRST_WIDTH);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }

    private static final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : I18n.nativeName(item));
        }
    }

    private static final class ThemeCell extends ListCell<Theme> {
        private final I18n i18n;

        ThemeCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Theme item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.get("theme." + item.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
