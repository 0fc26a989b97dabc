package app.galley.ui.library;

import app.galley.model.ArticleOrder;
import app.galley.ui.app.UiSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * The article table's columns as the editor arranges them (issue 18): the title takes the width the
 * others leave; no column is narrower than its heading (in any interface language), so no heading is
 * cut to "So…"; the editor chooses columns (the table's menu button) and reorders and resizes them by
 * dragging; which are shown, their order and widths are remembered.
 */
final class TableColumns {

    /** The setting: each column's key, shown or not, and width, in the order shown. */
    static final String SETTING = "table.columns";
    /** Room in a heading beside its words: the padding and the sort arrow. */
    private static final double HEADING_ROOM = 30;
    /** Room for the vertical scroll bar and the column menu button. */
    private static final double SCROLL_ROOM = 18;

    private final TableView<?> table;
    private final TableColumn<?, ?> title;
    private final UiSettings settings;

    TableColumns(TableView<?> table, TableColumn<?, ?> title, UiSettings settings) {
        this.table = table;
        this.title = title;
        this.settings = settings;
    }

    /** Restores the remembered arrangement, then keeps it up to date and the title filling the rest. */
    void install() {
        restore();
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.widthProperty().addListener((o, was, now) -> fitTitle());
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c != title) { // the title's width follows the others' and the table's: not the editor's to keep
                c.widthProperty().addListener((o, was, now) -> changed());
            }
            c.visibleProperty().addListener((o, was, now) -> changed());
        }
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) ch -> changed());
        table.skinProperty().addListener((o, was, now) -> Platform.runLater(this::fitHeadings));
        if (table.getSkin() != null) {
            Platform.runLater(this::fitHeadings);
        }
    }

    private void changed() {
        fitTitle();
        save();
    }

    /** The title's width: what the other shown columns leave of the table's. */
    private void fitTitle() {
        double others = 0;
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c != title && c.isVisible()) {
                others += c.getWidth();
            }
        }
        title.setPrefWidth(Math.max(100, Math.max(title.getMinWidth(), table.getWidth() - others - SCROLL_ROOM)));
    }

    /** Every column at least as wide as its heading's words, measured as the heading draws them. */
    private void fitHeadings() {
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.getTableColumn() != null
                    && h.lookup(".label") instanceof Label label) {
                TableColumn<?, ?> c = (TableColumn<?, ?>) h.getTableColumn();
                double need = Math.ceil(label.prefWidth(-1) + HEADING_ROOM);
                if (c.getMinWidth() < need) {
                    c.setMinWidth(need);
                }
                if (c != title && c.getPrefWidth() < need) {
                    c.setPrefWidth(need);
                }
            }
        }
        fitTitle();
    }

    private static String key(TableColumn<?, ?> c) {
        return c.getUserData() instanceof ArticleOrder.Column col ? col.name()
                : c.getUserData() instanceof String k ? k : String.valueOf(c.getText());
    }

    private void save() {
        List<String> parts = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            parts.add(key(c) + ":" + (c.isVisible() ? 1 : 0) + ":" + Math.round(c == title ? 0 : c.getWidth()));
        }
        settings.put(SETTING, String.join(",", parts));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void restore() {
        String saved = settings.get(SETTING, "");
        if (saved.isBlank()) {
            return;
        }
        Map<String, TableColumn<?, ?>> byKey = new LinkedHashMap<>();
        table.getColumns().forEach(c -> byKey.put(key(c), c));
        List<TableColumn<?, ?>> order = new ArrayList<>();
        for (String part : saved.split(",")) {
            String[] f = part.split(":");
            TableColumn<?, ?> c = byKey.remove(f[0]);
            if (c == null || f.length != 3) {
                continue; // a column that no longer exists, or a damaged setting
            }
            c.setVisible(!f[1].equals("0") || c == title);
            try {
                long w = Long.parseLong(f[2]);
                if (w > 0 && c != title) {
                    c.setPrefWidth(w);
                }
            } catch (NumberFormatException e) {
                // keep the default width
            }
            order.add(c);
        }
        order.addAll(byKey.values()); // columns added since: at the end
        ((List) table.getColumns()).clear();
        ((List) table.getColumns()).addAll(order);
    }
}
