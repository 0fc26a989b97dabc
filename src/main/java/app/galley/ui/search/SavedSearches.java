package app.galley.ui.search;

import app.galley.service.SettingsService;
import app.galley.service.SettingsService.SavedSearch;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * Saved searches, kept in the library (so a team on a shared library shares them) and listed in the
 * sidebar as smart collections: a click runs the search again, so they always show what matches now.
 */
public final class SavedSearches {

    private final SettingsService settings;
    private final SearchViewModel search;
    private final I18n i18n;
    private final TaskExecutor tasks;
    private final ObservableList<SavedSearch> saved = FXCollections.observableArrayList();

    public SavedSearches(SettingsService settings, SearchViewModel search, TaskExecutor tasks, I18n i18n) {
        this.settings = settings;
        this.search = search;
        this.tasks = tasks;
        this.i18n = i18n;
        change(settings::savedSearches);
    }

    /** Reads or changes the saved searches off the FX thread (they are kept in the library); the list follows. */
    private void change(java.util.concurrent.Callable<List<SavedSearch>> work) {
        tasks.submit(work, saved::setAll, BackgroundTasks::log);
    }

    ObservableList<SavedSearch> list() {
        return saved;
    }

    /** The sidebar list of saved searches. */
    public Node node() {
        ListView<SavedSearch> view = new ListView<>(saved);
        view.setId("savedSearches");
        view.setFixedCellSize(ROW);
        // as tall as what it holds (up to five rows, then it scrolls): the tags tree below gets the rest
        view.prefHeightProperty().bind(javafx.beans.binding.Bindings.min(javafx.beans.binding.Bindings.size(saved), 5)
                .multiply(ROW).add(4));
        view.minHeightProperty().bind(view.prefHeightProperty());
        javafx.scene.control.Label none = new javafx.scene.control.Label(i18n.get("saved.none"));
        none.setId("savedSearchesHint");
        none.getStyleClass().add("hint");
        none.setWrapText(true); // the sidebar is narrow: the hint goes on two lines rather than end in "…"
        none.setPadding(new javafx.geometry.Insets(0, 6, 0, 6));
        none.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its lines, not one cut short
        // nothing saved: only the hint, no empty box
        view.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(saved));
        view.managedProperty().bind(view.visibleProperty());
        none.visibleProperty().bind(view.visibleProperty().not());
        none.managedProperty().bind(none.visibleProperty());
        view.setCellFactory(v -> new ListCell<SavedSearch>() {
            @Override
            protected void updateItem(SavedSearch item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setTooltip(empty || item == null ? null : new Tooltip(item.query()));
            }
        });
        view.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                search.queryProperty().set(now.query());
                search.run();
            }
        });
        view.setOnContextMenuRequested(e -> {
            SavedSearch s = view.getSelectionModel().getSelectedItem();
            if (s != null) {
                MenuItem remove = new MenuItem(i18n.get("saved.remove"));
                remove.setOnAction(x -> change(() -> settings.removeSearch(s.name())));
                new ContextMenu(remove).show(view, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        return new VBox(none, view);
    }

    /** A saved search's row in the sidebar, in pixels (the sections list's compact rows). */
    private static final double ROW = 28;

    /** The toolbar's Save button: names the current query and keeps it. */
    public Node saveButton() {
        Button save = new Button(i18n.get("saved.save"));
        save.setId("saveSearchButton");
        save.getStyleClass().add("small");
        save.disableProperty().bind(search.queryProperty().isEmpty());
        save.setOnAction(e -> {
            String query = search.queryProperty().get().strip();
            TextInputDialog d = new TextInputDialog(query);
            d.initOwner(save.getScene().getWindow());
            d.setTitle(i18n.get("saved.title"));
            d.setHeaderText(null);
            d.setContentText(i18n.get("saved.name"));
            d.getEditor().setId("savedSearchName");
            d.showAndWait().map(String::strip).filter(n -> !n.isEmpty())
                    .ifPresent(name -> change(() -> settings.saveSearch(name, query)));
        });
        return save;
    }
}
