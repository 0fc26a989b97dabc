package app.galley.ui.clean;

import app.galley.text.Change;
import app.galley.ui.app.I18n;
import app.galley.ui.editor.DiffText;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The proposed changes grouped by rule ("Punctuation width 113", "Boilerplate 6" ...): a group is
 * accepted or rejected at once by its check box and opened on demand; its changes are each accepted
 * or rejected on their own. Keys: Space accepts or rejects the change or group under the cursor, A
 * accepts and R (or Delete) rejects it, N and P go to the next and previous change (opening its
 * group); selecting a change shows it in the article above.
 */
final class ChangeTree {

    /** A rule's group of changes. */
    record Group(String rule) {
    }

    private final CleanViewModel model;
    private final I18n i18n;
    private final TreeView<Object> tree = new TreeView<>();
    private final TreeItem<Object> root = new TreeItem<>();
    /** The rules whose groups the editor opened (kept while the proposal is made again). */
    private final Set<String> open = new HashSet<>();

    ChangeTree(CleanViewModel model, I18n i18n, IntConsumer reveal) {
        this.model = model;
        this.i18n = i18n;
        tree.setId("changeList");
        tree.setShowRoot(false);
        tree.setRoot(root);
        tree.setCellFactory(v -> new Cell());
        model.items().addListener((ListChangeListener<CleanViewModel.Item>) c -> rebuild());
        model.revisionProperty().addListener((o, was, now) -> tree.refresh()); // the groups' counts
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue() instanceof CleanViewModel.Item item) {
                reveal.accept(model.items().indexOf(item));
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        rebuild();
    }

    TreeView<Object> node() {
        return tree;
    }

    private void rebuild() {
        Map<String, TreeItem<Object>> groups = new LinkedHashMap<>();
        for (CleanViewModel.Item item : model.items()) {
            groups.computeIfAbsent(item.change().rule(), rule -> {
                TreeItem<Object> g = new TreeItem<>(new Group(rule));
                g.setExpanded(open.contains(rule));
                g.expandedProperty().addListener((o, was, now) -> {
                    if (now) {
                        open.add(rule);
                    } else {
                        open.remove(rule);
                    }
                });
                return g;
            }).getChildren().add(new TreeItem<>(item));
        }
        if (groups.size() == 1) {
            groups.values().iterator().next().setExpanded(true); // one rule: nothing to choose between
        }
        root.getChildren().setAll(groups.values());
    }

    private List<CleanViewModel.Item> changesOf(String rule) {
        return model.items().stream().filter(i -> i.change().rule().equals(rule)).toList();
    }

    private void key(KeyEvent e) {
        TreeItem<Object> at = tree.getSelectionModel().getSelectedItem();
        KeyCode k = e.getCode();
        if (k == KeyCode.N || k == KeyCode.P) {
            step(k == KeyCode.N ? 1 : -1);
        } else if (at == null || e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (k == KeyCode.SPACE) {
            decide(at, !accepted(at));
        } else if (k == KeyCode.A) {
            decide(at, true);
        } else if (k == KeyCode.R || k == KeyCode.DELETE) {
            decide(at, false);
        } else {
            return;
        }
        e.consume();
    }

    /** True when the change, or every change of the group, is accepted. */
    private boolean accepted(TreeItem<Object> at) {
        if (at.getValue() instanceof CleanViewModel.Item item) {
            return item.acceptedProperty().get();
        }
        return at.getValue() instanceof Group g && changesOf(g.rule()).stream().allMatch(i -> i.acceptedProperty().get());
    }

    private void decide(TreeItem<Object> at, boolean accept) {
        if (at.getValue() instanceof CleanViewModel.Item item) {
            item.acceptedProperty().set(accept);
        } else if (at.getValue() instanceof Group g) {
            model.setRule(g.rule(), accept);
        }
    }

    /** Selects the next (or previous) change in the list's order, opening its group. */
    private void step(int direction) {
        List<CleanViewModel.Item> all = root.getChildren().stream()
                .flatMap(g -> g.getChildren().stream()).map(t -> (CleanViewModel.Item) t.getValue()).toList();
        if (all.isEmpty()) {
            return;
        }
        TreeItem<Object> at = tree.getSelectionModel().getSelectedItem();
        int now = at != null && at.getValue() instanceof CleanViewModel.Item item ? all.indexOf(item) : -1;
        if (now < 0 && at != null && at.getValue() instanceof Group g) { // from a group: its first change
            now = all.indexOf(changesOf(g.rule()).get(0)) - (direction > 0 ? 1 : 0);
        }
        int next = Math.max(0, Math.min(all.size() - 1, now + direction));
        for (TreeItem<Object> g : root.getChildren()) {
            for (TreeItem<Object> c : g.getChildren()) {
                if (c.getValue() == all.get(next)) {
                    g.setExpanded(true);
                    tree.getSelectionModel().select(c);
                    tree.scrollTo(Math.max(0, tree.getRow(c) - 2));
                    return;
                }
            }
        }
    }

    /** A group (check box, rule, how many) or a change (check box, what it does, why). */
    private final class Cell extends TreeCell<Object> {
        private final CheckBox groupBox = new CheckBox();
        private final CheckBox box = new CheckBox();
        private final Label rule = new Label();
        private final Label count = new Label();
        private final Label what = new Label();
        private final Label why = new Label();
        private final Region spacer = new Region();
        private final HBox group = new HBox(6, groupBox, rule, spacer, count);
        private final VBox change = new VBox(2, what, why);
        private final HBox changeRow = new HBox(6, box, change);
        private CleanViewModel.Item bound;

        Cell() {
            rule.getStyleClass().add("change-rule");
            count.getStyleClass().add("change-count");
            what.getStyleClass().add("change-what");
            why.getStyleClass().add("change-why");
            what.setWrapText(true);
            why.setWrapText(true);
            HBox.setHgrow(spacer, Priority.ALWAYS);
            change.setPrefWidth(0);
            change.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(change, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.acceptedProperty());
                bound = null;
            }
            groupBox.setOnAction(null);
            setText(null);
            setTooltip(null);
            setContextMenu(null);
            if (empty || value == null) {
                setGraphic(null);
            } else if (value instanceof Group g) {
                showGroup(g);
            } else if (value instanceof CleanViewModel.Item item) {
                showChange(item);
            }
        }

        private void showGroup(Group g) {
            List<CleanViewModel.Item> items = changesOf(g.rule());
            long accepted = items.stream().filter(i -> i.acceptedProperty().get()).count();
            groupBox.setIndeterminate(accepted > 0 && accepted < items.size());
            groupBox.setSelected(accepted == items.size());
            groupBox.setOnAction(e -> model.setRule(g.rule(), accepted < items.size()));
            rule.setText(i18n.rule(g.rule()));
            count.setText(accepted == items.size() ? String.valueOf(items.size())
                    : i18n.format("clean.groupCount", accepted, items.size()));
            setGraphic(group);
            getStyleClass().remove("change-cell");
            if (!getStyleClass().contains("change-group")) {
                getStyleClass().add("change-group");
            }
        }

        private void showChange(CleanViewModel.Item item) {
            bound = item;
            box.selectedProperty().bindBidirectional(item.acceptedProperty());
            Change c = item.change();
            String from = shorten(DiffText.visible(item.from()));
            String to = shorten(DiffText.visible(c.replacement()));
            what.setText(c.replacement().isEmpty() ? i18n.format("clean.removes", from)
                    : from.isEmpty() ? i18n.format("clean.inserts", to) : from + "  →  " + to);
            why.setText(c.reason());
            setTooltip(new Tooltip(c.reason()));
            MenuItem acceptRule = new MenuItem(i18n.format("clean.acceptRule", i18n.rule(c.rule())));
            acceptRule.setOnAction(e -> model.setRule(c.rule(), true));
            MenuItem rejectRule = new MenuItem(i18n.format("clean.rejectRule", i18n.rule(c.rule())));
            rejectRule.setOnAction(e -> model.setRule(c.rule(), false));
            setContextMenu(new ContextMenu(acceptRule, rejectRule));
            setGraphic(changeRow);
            getStyleClass().remove("change-group");
            if (!getStyleClass().contains("change-cell")) {
                getStyleClass().add("change-cell");
            }
        }

        private String shorten(String s) {
            String one = s.replace('\n', ' ').strip();
            return one.length() > 90 ? one.substring(0, 87) + "…" : one;
        }
    }
}
