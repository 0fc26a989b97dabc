package app.galley.ui.app;

import app.galley.store.Library;
import app.galley.ui.clean.CleanViewModel;
import app.galley.ui.editor.ConflictDialog;
import app.galley.ui.editor.DetailController;
import app.galley.ui.editor.EditingViewModel;
import app.galley.ui.factcheck.FactCheckViewModel;
import app.galley.ui.library.LibraryFollower;
import app.galley.ui.library.LibraryViewModel;
import app.galley.ui.preview.PreviewViewModel;
import app.galley.ui.publish.OutboxViewModel;
import app.galley.ui.search.SearchViewModel;
import app.galley.ui.search.SearchWorker;
import app.galley.ui.tags.TagViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The library window: builds the scene from FXML in the chosen language and theme, and remembers its
 * size, position and divider positions between runs.
 */
public final class MainWindow {

    private static final String CSS = "/app/galley/ui/galley.css";

    private final Stage stage;
    private final AppContext context;
    private FactCheckViewModel factCheckModel;
    private final BackgroundTasks tasks = new BackgroundTasks();
    private Theme theme;
    private I18n i18n;
    private LibraryViewModel model;
    private EditingViewModel editing;
    private MainWindowController controller;
    private SearchWorker search;
    private SearchViewModel searchModel;
    private TagViewModel tagModel;
    private PreviewViewModel previewModel;
    private OutboxViewModel outboxModel;
    /** Follows what other processes write to the library (ADR 13). */
    private LibraryFollower follower;
    private TeamViewModel teamModel;
    private app.galley.ui.factcheck.InboxViewModel inboxModel;
    /** Tries queued web addresses again when their back-off has passed: offline work catches up by itself. */
    private final Timeline retryTimer = new Timeline(new KeyFrame(Duration.minutes(2), e -> everyFewMinutes()));

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.theme = Theme.fromSetting(context.settings().get(UiSettings.THEME, "LIGHT"));
    }

    /** Builds and shows the window, selecting the newest article. */
    public void show() {
        // no library work on the FX thread while the window is open (issue 17): logged, refused in the tests
        Library.forbidWorkOn(Thread.currentThread(), Boolean.getBoolean("galley.refuseWorkOnWindowThread"));
        Fonts.load();
        theme.apply();
        search = new SearchWorker(context.services(), tasks);
        build();
        restoreGeometry();
        stage.setOnCloseRequest(e -> {
            Library.forbidWorkOn(null, false); // closing: what was typed is saved at once, on this thread
            controller.flushBeforeClosing();
            saveGeometry();
        });
        stage.setOnHidden(e -> {
            Library.forbidWorkOn(null, false);
            controller.flushBeforeClosing(); // closed by the program, not the window manager: typing is saved too
            retryTimer.stop();
            follower.stop();
            previewModel.close();
            outboxModel.close();
            teamModel.close();
            inboxModel.stop();
            search.close();
            tasks.close(); // last: what the others left running finishes first
        });
        retryTimer.setCycleCount(Animation.INDEFINITE);
        retryTimer.play();
        StartupReport.watch(stage.getScene(), model, stage::close); // only for the start-up benchmark
        stage.show();
        // the search index opens once the first article is shown (or a search asks): the reads that
        // fill the window at start-up do not wait behind it on the task threads
        model.currentProperty().addListener((o, was, now) -> {
            if (now != null) {
                search.start(); // once: it opens the index the first time only
            }
        });
        if (model.currentProperty().get() != null) {
            search.start();
        }
        restoreDividers();
        // once more after the first layout at the window's own size: the split pane works out its
        // dividers' places in pixels at its first width, and would carry those over to the next
        Platform.runLater(this::restoreDividers);
        tellRecovery();
    }

    /** If opening the library had to recover it, the editor is told what happened, once, after the window shows. */
    private void tellRecovery() {
        List<app.galley.model.RecoveryNotice> notices = context.services().library().notices();
        if (notices.isEmpty()) {
            return;
        }
        String text = String.join("\n\n", notices.stream().map(n -> RecoveryText.of(n, i18n)).toList());
        Platform.runLater(() -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.WARNING, text);
            alert.initOwner(stage);
            alert.setHeaderText(i18n.get("library.recovered"));
            alert.getDialogPane().setId("recoveryNotice");
            alert.getDialogPane().setMinWidth(560);
            alert.setResizable(true);
            alert.show();
        });
    }

    /** The library's view model (for tests that hold its lane of writes). */
    public LibraryViewModel libraryModel() {
        return model;
    }

    /** The fact-check panel's view model (for tests that drive it as the panel does). */
    FactCheckViewModel factCheckModel() {
        return factCheckModel;
    }

    /** Waiting addresses retried; a backup made (on its own thread) if the library changed since the last. */
    private void everyFewMinutes() {
        model.imports().retryDueQuietly();
        tasks.submit(() -> context.services().library().backupIfDue());
    }

    private void build() {
        i18n = new I18n(context.settings().get(UiSettings.LANGUAGE, defaultLanguage()));
        // the toolkit's own words (OK, Cancel, Close in dialogs, a text field's menu) in the same language
        java.util.Locale.setDefault(i18n.locale());
        model = new LibraryViewModel(context, tasks, i18n);
        editing = new EditingViewModel(context, model, tasks, i18n);
        CleanViewModel cleanModel = new CleanViewModel(editing, tasks, i18n);
        FactCheckViewModel factCheck = new FactCheckViewModel(context.services().annotations(
                context.settings().get(UiSettings.CHECKER, context.services().user())), context.services().exports(), tasks, i18n);
        model.refresh(this::rowsReady);
        searchModel = new SearchViewModel(search, tasks, model, i18n);
        if (previewModel != null) {
            previewModel.close(); // the window is being rebuilt in another language
        }
        previewModel = new PreviewViewModel(context.services().preview(), tasks, context.settings());
        if (inboxModel != null) {
            inboxModel.stop(); // rebuilt: the user's name may have changed with it
        }
        inboxModel = new app.galley.ui.factcheck.InboxViewModel(context.services(), context.services().annotations(
                context.settings().get(UiSettings.CHECKER, context.services().user())), tasks, context.settings());
        inboxModel.start();
        if (teamModel == null) { // one sync for the window's life, across rebuilds
            teamModel = new TeamViewModel(context.services(), tasks);
            teamModel.start();
        }
        if (outboxModel == null) { // one sender for the window's life, across rebuilds
            outboxModel = new OutboxViewModel(context.services(), tasks, java.time.Duration.ofSeconds(5));
        }
        String ui = context.settings().get(UiSettings.LANGUAGE, defaultLanguage());
        tagModel = new TagViewModel(context.services().tags(), search,
                ui.startsWith("zh-Hans") ? "zh-Hans" : ui.startsWith("zh") ? "zh-Hant" : "en", editing);
        Drafts drafts = new Drafts(context.settings()); // typed and not yet sent: kept across restarts
        tagModel.useDrafts(drafts);
        factCheck.comments().useDrafts(drafts);
        factCheckModel = factCheck;
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/app/galley/ui/MainWindow.fxml"), i18n.bundle());
        loader.setControllerFactory(type -> {
            if (type == MainWindowController.class) {
                return new MainWindowController(model, editing, i18n, this);
            }
            if (type == DetailController.class) {
                return new DetailController(model, editing, cleanModel, factCheck, tagModel, i18n);
            }
            throw new IllegalArgumentException("No controller " + type);
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the main window layout", e);
        }
        controller = loader.getController();
        if (follower != null) {
            follower.stop(); // the window is being rebuilt in another language
        }
        follower = new LibraryFollower(context.services(), model, tasks, () -> controller.detail().typing(),
                () -> editing.tagsChangedProperty().set(editing.tagsChangedProperty().get() + 1));
        follower.start();
        // an edit that meets another writer's change asks the editor (after the event that saved it)
        editing.onConflict((theirs, then) -> Platform.runLater(
                () -> then.accept(ConflictDialog.ask(stage, i18n, theirs))), id -> controller.detail().showTab("history"));
        if (stage.getScene() == null) {
            Scene scene = new Scene(root, 1200, 760);
            scene.getStylesheets().add(MainWindow.class.getResource(CSS).toExternalForm());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle(i18n.format("window.title", context.services().library().location()));
    }

    /** True once the search index is open (a new library's is built first, in the background). */
    boolean searchReady() {
        return search.ready();
    }

    /** The window's task executor. */
    TaskExecutor tasks() {
        return tasks;
    }

    public TagViewModel tagModel() {
        return tagModel;
    }

    /** The comment inbox (issue 23). */
    public app.galley.ui.factcheck.InboxViewModel inboxModel() {
        return inboxModel;
    }

    public TeamViewModel teamModel() {
        return teamModel;
    }

    public OutboxViewModel outboxModel() {
        return outboxModel;
    }

    public PreviewViewModel previewModel() {
        return previewModel;
    }

    SearchViewModel searchModel() {
        return searchModel;
    }

    /** What follows other writers (tests ask it at once instead of waiting for its next second). */
    public LibraryFollower follower() {
        return follower;
    }

    /** The window's controller (tests select articles and reach the preview pane through it). */
    public MainWindowController controller() {
        return controller;
    }

    /** The article pane (tests reach the fact-check panel through it). */
    public DetailController detailController() {
        return controller.detail();
    }

    /** Rebuilds the window in a newly chosen interface language, keeping the selection and layout. */
    void rebuild() {
        controller.flushEdits();
        long selected = model.currentProperty().get() == null ? -1 : model.currentProperty().get().id();
        double[] dividers = controller.workspace().libraryDividers();
        reselectAfterBuild = selected;
        build();
        Workspace.setDividers(controller.split(), dividers);
    }

    /** The article to select once a rebuilt window's rows are in (-1: the first, or the one open last time). */
    private long reselectAfterBuild = -1;

    /** The table's first rows are in: the article open before (or last time, or the first) is selected. */
    private void rowsReady() {
        long id = reselectAfterBuild;
        reselectAfterBuild = -1;
        if (id >= 0) {
            controller.selectArticle(id);
        } else {
            controller.selectFirst();
        }
    }

    Theme theme() {
        return theme;
    }

    void setTheme(Theme theme) {
        this.theme = theme;
        theme.apply();
        context.settings().put(UiSettings.THEME, theme.name());
    }

    I18n i18n() {
        return i18n;
    }

    public AppContext context() {
        return context;
    }

    void showPreferences() {
        new PreferencesDialog(this, stage).showAndApply();
    }

    /** Saves the layout and closes the window. */
    void close() {
        controller.flushEdits();
        saveGeometry();
        stage.close();
    }

    public LibraryViewModel viewModel() {
        return model;
    }

    public static String defaultLanguage() {
        Locale l = Locale.getDefault();
        if (!"zh".equals(l.getLanguage())) {
            return "en";
        }
        boolean simplified = "Hans".equals(l.getScript()) || "CN".equals(l.getCountry()) || "SG".equals(l.getCountry());
        return simplified ? "zh-Hans" : "zh-Hant";
    }

    private void restoreGeometry() {
        UiSettings s = context.settings();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = s.getDouble("window.width", Math.min(1440, screen.getWidth() * 0.9));
        double h = s.getDouble("window.height", Math.min(900, screen.getHeight() * 0.9));
        double x = s.getDouble("window.x", Double.NaN);
        double y = s.getDouble("window.y", Double.NaN);
        stage.setWidth(Math.max(640, w));
        stage.setHeight(Math.max(420, h));
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(w, 1), Math.max(h, 1))).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(s.get("window.maximized", "false")));
    }

    private void restoreDividers() {
        String saved = context.settings().get("window.dividers", null);
        if (saved == null) {
            return;
        }
        try {
            double[] positions = Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
            Workspace.setDividers(controller.split(), positions);
        } catch (NumberFormatException e) {
            // a damaged setting: keep the default layout
        }
    }

    private void saveGeometry() {
        UiSettings s = context.settings();
        s.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            s.putDouble("window.x", stage.getX());
            s.putDouble("window.y", stage.getY());
            s.putDouble("window.width", stage.getWidth());
            s.putDouble("window.height", stage.getHeight());
        }
        s.put("window.dividers", Workspace.format(controller.workspace().libraryDividers()));
    }
}
