package app.galley.ui.library;

import app.galley.model.ArticleOrder;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.ui.app.Formats;
import app.galley.ui.app.I18n;
import app.galley.ui.tags.TagBrowser;
import java.time.Instant;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Sets up the article table: columns, sorting, status context menu, selection. */
public final class ArticleTable {

    private final TableView<ArticleSummary> table;
    private final LibraryViewModel model;
    private final I18n i18n;
    private final Formats formats;
    private TableColumn<ArticleSummary, String> title;

    public ArticleTable(TableView<ArticleSummary> table, LibraryViewModel model, I18n i18n) {
        this.table = table;
        this.model = model;
        this.i18n = i18n;
        this.formats = new Formats(i18n);
    }

    @SuppressWarnings("unchecked")
    public void install(TableColumn<ArticleSummary, String> title, TableColumn<ArticleSummary, String> source,
                 TableColumn<ArticleSummary, String> language, TableColumn<ArticleSummary, ArticleStatus> status,
                 TableColumn<ArticleSummary, ArticleSummary> length, TableColumn<ArticleSummary, Instant> imported,
                 TableColumn<ArticleSummary, String> assignee) {
        this.title = title;
        value(assignee, s -> s.assignees() == null ? "" : s.assignees());
        assignee.setUserData("ASSIGNEE"); // its key among the remembered columns, in every language
        value(title, ArticleSummary::title);
        value(source, s -> s.source() == null ? "" : s.source());
        value(language, s -> s.language());
        language.setCellFactory(c -> textCell(formats::language));
        value(status, ArticleSummary::status);
        status.setCellFactory(c -> statusCell());
        value(length, s -> s);
        length.setCellFactory(c -> textCell(s -> LibraryViewModel.loading(s) ? "" : formats.length(s.length())));
        value(imported, ArticleSummary::created);
        imported.setCellFactory(c -> textCell(formats::instant));

        // the rows come a page at a time in the order asked of the store: sorting is a new question
        orderBy(title, ArticleOrder.Column.TITLE);
        orderBy(source, ArticleOrder.Column.SOURCE);
        orderBy(language, ArticleOrder.Column.LANGUAGE);
        orderBy(status, ArticleOrder.Column.STATUS);
        orderBy(length, ArticleOrder.Column.LENGTH);
        orderBy(imported, ArticleOrder.Column.IMPORTED);
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                model.orderProperty().set(ArticleOrder.NEWEST); // a search then shows its best hits first
            } else {
                TableColumn<ArticleSummary, ?> by = t.getSortOrder().get(0);
                model.orderProperty().set(new ArticleOrder((ArticleOrder.Column) by.getUserData(),
                        by.getSortType() == TableColumn.SortType.DESCENDING));
            }
            return true;
        });
        table.setItems(model.visibleArticles());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        model.keepSelectionWith(new KeptSelection(table, model));
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<ArticleSummary>) c -> model.selection().setAll(
                        table.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                                .filter(a -> !LibraryViewModel.loading(a)).map(ArticleSummary::id).toList()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !LibraryViewModel.loading(now)) {
                model.select(now.id());
            } else if (table.getItems().isEmpty()) {
                model.select(-1);
            }
        });
        table.setRowFactory(t -> {
            TableRow<ArticleSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(ArticleSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    if (!empty && item != null && LibraryViewModel.loading(item)) {
                        model.need(getIndex()); // shown while its page is still unread: read it
                    }
                }
            };
            // drag the selected articles (onto a tag in the sidebar)
            row.setOnDragDetected(e -> {
                if (row.isEmpty()) {
                    return;
                }
                javafx.scene.input.Dragboard board = row.startDragAndDrop(javafx.scene.input.TransferMode.LINK,
                        javafx.scene.input.TransferMode.COPY);
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.put(TagBrowser.ARTICLE_IDS, String.join(",", model.selection().stream().map(String::valueOf).toList()));
                content.putString(row.getItem().title());
                board.setContent(content);
                e.consume();
            });
            // the menu is made the first time it is asked for, not with every row the table draws
            ContextMenu[] menu = new ContextMenu[1];
            row.setOnContextMenuRequested(e -> {
                if (!row.isEmpty() && !LibraryViewModel.loading(row.getItem())) {
                    if (menu[0] == null) {
                        menu[0] = contextMenu(row);
                    }
                    if (!menu[0].isShowing()) {
                        menu[0].show(row, e.getScreenX(), e.getScreenY());
                    }
                    e.consume();
                }
            });
            return row;
        });
    }

    private ContextMenu contextMenu(TableRow<ArticleSummary> row) {
        Menu setStatus = new Menu(i18n.get("action.setStatus"));
        for (ArticleStatus s : ArticleStatus.values()) {
            MenuItem item = new MenuItem(i18n.status(s));
            item.setId("status-" + s.key());
            item.setOnAction(e -> {
                if (row.getItem() != null) {
                    model.changeStatus(row.getItem().id(), s);
                }
            });
            setStatus.getItems().add(item);
        }
        return new ContextMenu(setStatus);
    }

    private static void orderBy(TableColumn<ArticleSummary, ?> column, ArticleOrder.Column by) {
        column.setUserData(by);
    }

    private static <T> void value(TableColumn<ArticleSummary, T> column, Function<ArticleSummary, T> getter) {
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(getter.apply(cd.getValue())));
    }

    /**
     * Arranges the columns as the editor left them (which, in what order, how wide), the title taking
     * the rest of the width; remembered in {@code settings}. After {@link #install}.
     */
    public void remember(app.galley.ui.app.UiSettings settings) {
        new TableColumns(table, title, settings).install();
    }

    /** The status as a coloured chip, readable at a glance. */
    private TableCell<ArticleSummary, ArticleStatus> statusCell() {
        return new TableCell<>() {
            private final javafx.scene.control.Label chip = new javafx.scene.control.Label();

            @Override
            protected void updateItem(ArticleStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) { // a row still loading has no status either
                    setGraphic(null);
                    return;
                }
                chip.setText(i18n.status(item));
                chip.getStyleClass().setAll("label", "status-chip", "status-" + item.key());
                setGraphic(chip);
            }
        };
    }

    private static <T> TableCell<ArticleSummary, T> textCell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }
}
