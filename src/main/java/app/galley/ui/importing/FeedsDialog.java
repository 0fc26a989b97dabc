package app.galley.ui.importing;

import app.galley.store.FeedRepository;
import app.galley.ui.app.Formats;
import app.galley.ui.app.I18n;
import app.galley.ui.library.LibraryViewModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The saved feeds: title, address, items taken, last refresh. Add one, refresh the selected or all
 * (the import runs in the background and the dialog closes), or forget one (its articles stay).
 */
public final class FeedsDialog extends Dialog<Void> {

    private final LibraryViewModel model;
    private final I18n i18n;
    private final TableView<FeedRepository.Overview> table = new TableView<>();

    public FeedsDialog(Window owner, LibraryViewModel model, I18n i18n, Supplier<Optional<String>> askAddress) {
        this.model = model;
        this.i18n = i18n;
        initOwner(owner);
        setTitle(i18n.get("feeds.title"));
        setHeaderText(i18n.get("feeds.header"));
        setResizable(true);
        Formats formats = new Formats(i18n);

        table.setId("feedTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(i18n.get("feeds.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("feeds.column.title", 220,
                f -> f.feed().title() == null ? f.feed().url() : f.feed().title()));
        TableColumn<FeedRepository.Overview, String> items = column("feeds.column.items", 70,
                f -> String.valueOf(f.items()));
        items.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(items);
        table.getColumns().add(column("feeds.column.refreshed", 140, f -> formats.instant(f.lastRefreshed())));
        table.getColumns().add(column("feeds.column.url", 260, f -> f.feed().url()));
        table.setPrefSize(720, 300);

        Button add = button("feeds.add", "mdi2p-plus", "addFeedButton");
        add.setOnAction(e -> askAddress.get().ifPresent(url -> {
            model.imports().refreshFeeds(List.of(url));
            close();
        }));
        Button refresh = button("feeds.refresh", "mdi2r-refresh", "refreshFeedButton");
        refresh.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        refresh.setOnAction(e -> refresh(table.getSelectionModel().getSelectedItems()));
        Button refreshAll = button("feeds.refreshAll", "mdi2r-refresh-circle", "refreshAllFeedsButton");
        refreshAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getItems()));
        refreshAll.setOnAction(e -> refresh(table.getItems()));
        Button remove = button("feeds.remove", "mdi2d-delete-outline", "removeFeedButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> remove(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, add, refresh, refreshAll, gap, remove);

        VBox content = new VBox(10, table, buttons);
        content.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setPrefWidth(780);
        getDialogPane().setMinWidth(780);
        reload();
    }

    private void reload() {
        model.imports().feeds(table.getItems()::setAll);
    }

    private void refresh(List<FeedRepository.Overview> feeds) {
        model.imports().refreshFeeds(feeds.stream().map(f -> f.feed().url()).toList());
        close();
    }

    private void remove(List<FeedRepository.Overview> feeds) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.format("feeds.remove.confirm", feeds.size()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getDialogPane().getScene().getWindow());
        confirm.setHeaderText(null);
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            int[] left = {feeds.size()};
            feeds.forEach(f -> model.imports().removeFeed(f.feed().id(), () -> {
                if (--left[0] == 0) {
                    reload();
                }
            }));
        }
    }

    private Button button(String key, String icon, String id) {
        Button b = new Button(i18n.get(key), new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private TableColumn<FeedRepository.Overview, String> column(String key, double width,
            java.util.function.Function<FeedRepository.Overview, String> value) {
        TableColumn<FeedRepository.Overview, String> c = new TableColumn<>(i18n.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
