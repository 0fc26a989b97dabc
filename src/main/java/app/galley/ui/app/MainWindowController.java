package app.galley.ui.app;

import app.galley.ingest.ImportReport;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.ui.editor.DetailController;
import app.galley.ui.editor.EditActions;
import app.galley.ui.editor.EditingViewModel;
import app.galley.ui.importing.FeedsDialog;
import app.galley.ui.importing.IncomingContent;
import app.galley.ui.library.ArticleTable;
import app.galley.ui.library.LibraryViewModel;
import app.galley.ui.library.Section;
import app.galley.ui.preview.PreviewPane;
import app.galley.ui.publish.ExportDialog;
import app.galley.ui.publish.PublishActions;
import app.galley.ui.search.SavedSearches;
import app.galley.ui.search.SearchBox;
import app.galley.ui.tags.TagBrowser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;

/** The main window: menus, toolbar, sidebar, article table, status bar; imports by menu, drop and paste. */
public final class MainWindowController {

    private final LibraryViewModel model;
    private final EditingViewModel editing;
    @FXML private Menu editMenu;
    @FXML private Menu articleMenu;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private DetailController detailController;
    private final I18n i18n;
    private final MainWindow window;

    @FXML private BorderPane root;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Menu statusMenu;
    @FXML private SplitPane split;
    @FXML private CheckMenuItem toolsItem;
    @FXML private MenuItem factCheckItem;
    @FXML private CheckMenuItem previewItem;
    @FXML private CheckMenuItem focusItem;
    private Workspace workspace;
    @FXML private javafx.scene.control.Menu fileMenu;
    private PreviewPane previewPane;
    @FXML private javafx.scene.layout.HBox searchHolder;
    @FXML private javafx.scene.layout.VBox tagsPane;
    @FXML private javafx.scene.layout.VBox savedPane;
    @FXML private ListView<Section> sections;
    @FXML private TableView<ArticleSummary> table;
    @FXML private TableColumn<ArticleSummary, String> titleColumn;
    @FXML private TableColumn<ArticleSummary, String> sourceColumn;
    @FXML private TableColumn<ArticleSummary, String> languageColumn;
    @FXML private TableColumn<ArticleSummary, ArticleStatus> statusColumn;
    @FXML private TableColumn<ArticleSummary, ArticleSummary> lengthColumn;
    @FXML private TableColumn<ArticleSummary, Instant> importedColumn;
    @FXML private TableColumn<ArticleSummary, String> assigneeColumn;
    @FXML private Label countLabel;
    @FXML private Label locationLabel;
    @FXML private Label teamLabel;
    @FXML private Label messageLabel;
    @FXML private Hyperlink inboxLink;
    @FXML private javafx.scene.control.Menu viewMenu;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelImportButton;
    @FXML private Hyperlink queueLink;
    @FXML private Hyperlink duplicateLink;
    @FXML private Hyperlink undoTrashLink;

    /** The setting that remembers the open article between runs. */
    static final String LAST_ARTICLE = "editor.article";

    private final IncomingContent incoming;

    MainWindowController(LibraryViewModel model, EditingViewModel editing, I18n i18n, MainWindow window) {
        this.incoming = new IncomingContent(model, i18n);
        this.model = model;
        this.editing = editing;
        this.i18n = i18n;
        this.window = window;
    }

    @FXML
    private void initialize() {
        ArticleTable articleTable = new ArticleTable(table, model, i18n);
        articleTable.install(titleColumn, sourceColumn, languageColumn, statusColumn, lengthColumn, importedColumn,
                assigneeColumn);
        articleTable.remember(window.context().settings());
        setUpSections();
        setUpStatusMenu();
        new EditActions(model, editing, detailController.cleanModel(), detailController, window.tagModel(), i18n)
                .install(editMenu, articleMenu, () -> root.getScene().getWindow());
        detailController.rememberCaret(window.context().settings());
        ExportDialog export = new ExportDialog(window.context().services().exports(), window.tasks(), window.context().dialogs(), window.context().settings(), i18n,
                m -> model.messageProperty().set(m));
        new PublishActions(window.outboxModel(), model, export, i18n).install(fileMenu, articleMenu,
                () -> root.getScene().getWindow());
        previewPane = new PreviewPane(window.previewModel(), i18n, window.context().dialogs());
        workspace = new Workspace(root, split, detailController, previewPane, window.context().settings());
        workspace.install(toolsItem, factCheckItem, previewItem, focusItem);
        detailController.watchText(window.previewModel()::edited);
        model.currentProperty().addListener((o, was, now) -> window.previewModel().show(now));
        SearchBox searchBox = new SearchBox(window.searchModel(), i18n);
        searchHolder.getChildren().add(searchBox.node());
        SavedSearches saved = new SavedSearches(window.context().services().settings(), window.searchModel(), window.tasks(), i18n);
        searchHolder.getChildren().add(saved.saveButton());
        savedPane.getChildren().add(saved.node());
        searchBox.install(titleColumn);
        javafx.scene.Node tags = new TagBrowser(window.tagModel(), window.searchModel(), window.tasks(), i18n).node();
        javafx.scene.layout.VBox.setVgrow(tags, javafx.scene.layout.Priority.ALWAYS); // the tree takes the sidebar's spare height
        tagsPane.getChildren().add(tags);
        model.currentProperty().addListener((o, was, now) -> {
            if (now != null) {
                window.context().settings().put(LAST_ARTICLE, Long.toString(now.id()));
            }
        });
        darkThemeItem.setSelected(window.theme() == Theme.DARK);

        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("status.count", model.totalProperty().get()), model.totalProperty()));
        locationLabel.setText(i18n.format("status.location", model.libraryLocation()));
        TeamBar.install(window.teamModel(), teamLabel, detailController.presenceLabel(),
                () -> detailController.showTab("history"), i18n);
        model.currentProperty().addListener((o, was, now) -> window.teamModel().show(now == null ? -1 : now.id()));
        messageLabel.textProperty().bind(model.messageProperty());
        InboxBar.install(window, inboxLink, viewMenu, i18n, this::selectArticle);
        progressBar.progressProperty().bind(model.imports().progressProperty());
        for (var node : List.of(progressBar, cancelImportButton)) {
            node.visibleProperty().bind(model.imports().importingProperty());
            node.managedProperty().bind(model.imports().importingProperty());
        }
        model.imports().lastReportProperty().addListener((o, was, report) -> reportProblems(report));
        // what an import brought in is selected; what it found already there is a link to that article
        model.imports().arrivedProperty().addListener((o, was, id) -> {
            if (id != null) {
                selectArticle(id);
            }
        });
        var duplicate = model.imports().duplicateProperty();
        duplicateLink.visibleProperty().bind(Bindings.isNotNull(duplicate));
        duplicateLink.managedProperty().bind(duplicateLink.visibleProperty());
        duplicateLink.textProperty().bind(Bindings.createStringBinding(() -> duplicate.getValue() == null ? ""
                : i18n.format("import.duplicateOf", String.valueOf(duplicate.getValue().existingId()),
                        duplicate.getValue().existingTitle()), duplicate));
        duplicateLink.setOnAction(e -> selectArticle(duplicate.getValue().existingId()));
        app.galley.ui.library.TrashControls.install(model, table, articleMenu, undoTrashLink, i18n, model.dialogs());
        model.gate().askOver(() -> root.getScene().getWindow());

        queueLink.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("status.queued", Math.max(1, model.imports().queuedProperty().get())), model.imports().queuedProperty()));
        queueLink.visibleProperty().bind(model.imports().queuedProperty().greaterThan(0));
        queueLink.managedProperty().bind(queueLink.visibleProperty());

        root.setOnDragOver(IncomingContent::onDragOver);
        root.setOnDragDropped(incoming::onDragDropped);
    }

    public PreviewPane preview() {
        return previewPane;
    }

    /** The window's layout: the library's side, the article, the tool area (and the View menu's items for them). */
    Workspace workspace() {
        return workspace;
    }

    DetailController detail() {
        return detailController;
    }

    SplitPane split() {
        return split;
    }

    private static final double SECTION_ROW = 28;

    private void setUpSections() {
        sections.getItems().setAll(Section.all());
        // every section shown without a scroll bar (ten of them); the tags tree below scrolls instead
        sections.setFixedCellSize(SECTION_ROW);
        sections.prefHeightProperty().bind(Bindings.size(sections.getItems()).multiply(SECTION_ROW).add(4));
        sections.minHeightProperty().bind(sections.prefHeightProperty());
        sections.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Section item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String name = item.trash() ? i18n.get("section.trash") : item.assigned() != null
                        ? i18n.get("section." + item.assigned().name().toLowerCase(java.util.Locale.ROOT))
                        : item.status() == null ? i18n.get("section.all") : i18n.status(item.status());
                var count = item.trash() ? model.trashCountProperty() : item.assigned() != null
                        ? model.assignedCountProperty(item.assigned())
                        : item.status() == null ? model.totalProperty() : model.countProperty(item.status());
                textProperty().bind(Bindings.createStringBinding(() -> name + "  (" + count.get() + ")", count));
            }
        });
        sections.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.sectionProperty().set(now == null ? Section.ALL : now));
        sections.getSelectionModel().select(model.sectionProperty().get());
    }

    private void setUpStatusMenu() {
        for (ArticleStatus s : ArticleStatus.values()) {
            MenuItem item = new MenuItem(i18n.status(s));
            item.setOnAction(e -> {
                ArticleSummary selected = table.getSelectionModel().getSelectedItem();
                if (selected != null) {
                    model.changeStatus(selected.id(), s);
                }
            });
            item.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            statusMenu.getItems().add(item);
        }
    }

    /** Selects the article with this id in the table, if it is shown. */
    public void selectArticle(long id) {
        Integer at = model.rowsOf(List.of(id)).get(id);
        if (at != null) { // the one article selected, not added to what was selected before
            table.getSelectionModel().clearAndSelect(at);
            table.scrollTo(at);
            return;
        }
        model.select(id); // not among the rows read so far (or not in this section): shown all the same
    }

    /** Selects the article the editor had open last time, else the first one. */
    void selectFirst() {
        String last = window.context().settings().get(LAST_ARTICLE, "");
        if (last.matches("\\d+")) {
            long id = Long.parseLong(last);
            if (model.rowsOf(List.of(id)).containsKey(id)) {
                selectArticle(id);
                return;
            }
        }
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Saves typing that waits for its autosave (closing, quitting). */
    public void flushEdits() {
        detailController.flush();
    }

    /** Saves everything typed before the window closes (on this thread: the executor closes with it). */
    void flushBeforeClosing() {
        detailController.flushBeforeClosing();
    }

    @FXML
    void onImportFiles() {
        List<java.nio.file.Path> files = window.context().dialogs().chooseFiles(root.getScene().getWindow(),
                i18n.get("action.importFiles"), List.of(
                        new DialogService.FileFilter(i18n.get("filter.articles"),
                                java.util.Arrays.stream(app.galley.ingest.FileFormat.values())
                                        .flatMap(f -> f.endings().stream()).map(e -> "*" + e).toList()),
                        new DialogService.FileFilter(i18n.get("filter.all"), List.of("*.*"))));
        if (!files.isEmpty()) {
            model.imports().importPaths(files);
        }
    }

    @FXML
    void onImportFolder() {
        window.context().dialogs().chooseFolder(root.getScene().getWindow(), i18n.get("action.importFolder"), null)
                .ifPresent(dir -> model.imports().importPaths(List.of(dir)));
    }

    @FXML
    void onImportUrl() {
        ask("url.title", "url.header").ifPresent(url -> model.imports().importUrls(List.of(url)));
    }

    @FXML
    void onAddFeed() {
        ask("feed.title", "feed.header").ifPresent(model.imports()::addFeed);
    }

    @FXML
    void onFeeds() {
        new FeedsDialog(root.getScene().getWindow(), model, i18n, () -> ask("feed.title", "feed.header")).showAndWait();
    }

    @FXML
    void onRetryQueued() {
        model.imports().retryQueued();
    }

    private java.util.Optional<String> ask(String titleKey, String headerKey) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(i18n.get(titleKey));
        dialog.setHeaderText(i18n.get(headerKey));
        dialog.getEditor().setPromptText(i18n.get("url.prompt"));
        dialog.getEditor().setId("addressField");
        dialog.getDialogPane().setPrefWidth(520);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Ctrl+V: see {@link IncomingContent#paste()}. */
    @FXML
    void onPaste() {
        incoming.paste();
    }

    @FXML
    void onCancelImport() {
        model.imports().cancelImport();
    }

    @FXML
    void onToggleTheme() {
        window.setTheme(window.theme() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
        darkThemeItem.setSelected(window.theme() == Theme.DARK);
    }

    @FXML
    void onPreferences() {
        window.showPreferences();
    }

    @FXML
    void onQuit() {
        window.close();
    }

    @FXML
    void onAbout() {
        HelpWindows.showAbout(root.getScene().getWindow(), i18n, model.libraryLocation());
    }

    @FXML
    void onGuide() {
        HelpWindows.showGuide(root.getScene().getWindow(), i18n, i18n.locale().toLanguageTag());
    }

    @FXML
    void onShortcuts() {
        HelpWindows.showShortcuts(root.getScene().getWindow(), menuBar, i18n);
    }

    private void reportProblems(ImportReport report) {
        if (report == null || report.failures().isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(i18n.get("import.problems.title"));
        alert.setHeaderText(i18n.format("import.problems.header", report.failures().size(),
                report.imported().size(), report.duplicates().size()));
        TextArea details = new TextArea(report.failures().stream().map(new app.galley.ui.importing.ImportProblemText(i18n)::line)
                .collect(Collectors.joining("\n")));
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(12, report.failures().size() + 1));
        details.setId("importProblems");
        alert.getDialogPane().setContent(details);
        ButtonType save = new ButtonType(i18n.get("import.saveReport"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().add(save);
        ((Button) alert.getDialogPane().lookupButton(save)).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // keep the dialog open
            window.context().dialogs().chooseSaveFile(alert.getDialogPane().getScene().getWindow(),
                    i18n.get("import.saveReport"), "import-report.json", List.of()).ifPresent(file -> window.tasks().submit(
                    () -> {
                        app.galley.ingest.ImportService.writeReport(report.outcomes(), file);
                        return null;
                    }, x -> { }, ex -> model.messageProperty().set(ex.getMessage())));
        });
        alert.show();
    }
}
