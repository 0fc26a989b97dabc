package app.galley.ui.factcheck;

import app.galley.analyze.Claim;
import app.galley.analyze.FactCheckSummary;
import app.galley.analyze.Person;
import app.galley.analyze.Quote;
import app.galley.model.Annotation;
import app.galley.model.AnnotationKind;
import app.galley.model.Verdict;
import app.galley.ui.app.DialogService;
import app.galley.ui.app.FxDialogService;
import app.galley.ui.app.I18n;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The fact-check panel beside the editor: the summary and publication check, a verdict filter, the
 * article's quotes grouped by speaker, its claims and comments with verdict chips, the quotations and
 * claims the analysis suggests (double-click to annotate), and the people named. Below, the selected
 * annotation's details and thread.
 */
final class AnnotationPanel {

    private final FactCheckViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(6);
    private final Label summary = new Label();
    private final Label ready = new Label();
    private final ComboBox<Verdict> filter = new ComboBox<>();
    private final Button acceptAll = new Button();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final AnnotationDetails details;
    private boolean rebuilding;
    /** Asks where to save an export (a file chooser; tests put their own). */
    SaveAs saveAs = (owner, name) -> new FxDialogService().chooseSaveFile(owner, name, name, List.of(
            new DialogService.FileFilter("JSON-LD", List.of("*.jsonld", "*.json")))).orElse(null);

    /** Where to save a file, or null if the editor cancels. */
    @FunctionalInterface
    interface SaveAs {
        java.nio.file.Path choose(javafx.stage.Window owner, String suggestedName);
    }

    AnnotationPanel(FactCheckViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.details = new AnnotationDetails(model, i18n);
        build();
    }

    Node node() {
        return root;
    }

    private void build() {
        root.setId("factCheckPanel");
        // the panel may be squeezed (or hidden from the View menu); it never pushes the article aside
        root.setMinWidth(0);
        root.getStyleClass().add("fact-check-panel");
        Label title = new Label(i18n.get("fc.title"));
        title.getStyleClass().add("fc-title");
        summary.setId("fcSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ready.setId("fcReady");
        ready.setWrapText(true);
        ready.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        filter.setId("fcFilter");
        filter.getItems().add(null);
        filter.getItems().addAll(Verdict.values());
        filter.setButtonCell(new VerdictCell());
        filter.setCellFactory(v -> new VerdictCell());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        acceptAll.setId("fcAcceptAll");
        acceptAll.setOnAction(e -> model.acceptAllQuotes());
        javafx.scene.control.MenuButton export = new javafx.scene.control.MenuButton(i18n.get("fc.export"));
        export.setId("fcExport");
        for (app.galley.service.ExportService.FactCheckFormat f : app.galley.service.ExportService.FactCheckFormat.values()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(i18n.get("fc.export." + f.name()));
            item.setId("fcExport-" + f.name());
            item.setOnAction(e -> {
                java.nio.file.Path file = saveAs.choose(root.getScene().getWindow(), model.exporter().name(f));
                if (file != null) {
                    model.exporter().save(f, file);
                }
            });
            export.getItems().add(item);
        }
        export.disableProperty().bind(model.articleProperty().isNull());
        // the controls wrap onto a second line in a narrow tool area rather than cut their words short
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(6, 6, filter, acceptAll, export);
        for (javafx.scene.control.Control c : List.of(filter, acceptAll, export)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        tree.setId("fcTree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new Cell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!rebuilding && now != null && now.getValue() instanceof Annotation x) {
                model.select(x);
            }
        });
        tree.setOnMouseClicked(e -> {
            TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && item != null) {
                if (item.getValue() instanceof Quote q) {
                    model.accept(q);
                } else if (item.getValue() instanceof Claim c) {
                    model.accept(c);
                }
            }
        });
        Label message = new Label();
        message.setId("fcMessage");
        message.getStyleClass().add("fc-message");
        message.textProperty().bind(model.messageProperty());
        // beside the preview on a laptop the list keeps a few rows: the preview gives way, not the list
        tree.setMinHeight(100);
        SplitPane split = new SplitPane(tree, details.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        VBox.setVgrow(split, Priority.ALWAYS);
        HBox heading = new HBox(8, title, message);
        root.getChildren().addAll(heading, summary, ready, tools, split);
        model.annotations().addListener((ListChangeListener<Annotation>) c -> rebuild());
        model.unannotatedQuotes().addListener((ListChangeListener<Quote>) c -> rebuild());
        model.claimSuggestions().addListener((ListChangeListener<Claim>) c -> rebuild());
        model.people().addListener((ListChangeListener<Person>) c -> rebuild());
        model.filterProperty().addListener((o, was, now) -> rebuild());
        model.summaryProperty().addListener((o, was, now) -> showSummary(now));
        model.selectedProperty().addListener((o, was, now) -> selectInTree(now));
        rebuild();
    }

    private void showSummary(FactCheckSummary s) {
        if (s == null) {
            summary.setText("");
            ready.setText("");
            return;
        }
        int flagged = s.count(Verdict.FALSE) + s.count(Verdict.DISPUTED) + s.count(Verdict.MISATTRIBUTED);
        summary.setText(i18n.format("fc.summary", s.quotes(), s.claims(), s.comments(),
                s.count(Verdict.UNCHECKED) + s.count(Verdict.CHECKING), s.count(Verdict.VERIFIED), flagged, s.unresolved()));
        ready.getStyleClass().removeAll("fc-ready", "fc-not-ready");
        if (s.ready()) {
            ready.setText("✔ " + i18n.get("fc.ready"));
            ready.getStyleClass().add("fc-ready");
            ready.setTooltip(null);
        } else {
            Map<FactCheckSummary.Problem.Kind, Long> byKind = s.problems().stream()
                    .collect(Collectors.groupingBy(FactCheckSummary.Problem::kind, LinkedHashMap::new, Collectors.counting()));
            String reasons = byKind.entrySet().stream().map(e -> i18n.format("fc.problem." + e.getKey().name(), e.getValue()))
                    .collect(Collectors.joining(" · "));
            ready.setText("✘ " + i18n.format("fc.notReady", reasons));
            ready.getStyleClass().add("fc-not-ready");
            ready.setTooltip(new Tooltip(s.problems().stream().limit(20)
                    .map(p -> i18n.format("fc.problem." + p.kind().name(), 1) + ": " + excerpt(p.quote(), 40))
                    .collect(Collectors.joining("\n"))));
        }
    }

    private void rebuild() {
        rebuilding = true;
        try {
            List<Annotation> visible = model.visible();
            TreeItem<Object> root = tree.getRoot();
            root.getChildren().clear();
            Map<String, List<Annotation>> bySpeaker = visible.stream().filter(x -> x.kind() == AnnotationKind.QUOTE)
                    .collect(Collectors.groupingBy(x -> x.speaker() == null ? "" : x.speaker(), LinkedHashMap::new,
                            Collectors.toList()));
            int quotes = bySpeaker.values().stream().mapToInt(List::size).sum();
            TreeItem<Object> quoteGroup = group("fcQuotes", i18n.format("fc.group.quotes", quotes));
            bySpeaker.forEach((speaker, xs) -> {
                TreeItem<Object> s = group(null, (speaker.isEmpty() ? i18n.get("fc.speakerUnknown") : speaker) + " (" + xs.size() + ")");
                xs.forEach(x -> s.getChildren().add(new TreeItem<>(x)));
                quoteGroup.getChildren().add(s);
            });
            root.getChildren().add(quoteGroup);
            root.getChildren().add(groupOf("fcClaims", "fc.group.claims", visible, AnnotationKind.CLAIM));
            root.getChildren().add(groupOf("fcComments", "fc.group.comments", visible, AnnotationKind.COMMENT));
            TreeItem<Object> open = group("fcSuggestedQuotes", i18n.format("fc.group.suggestedQuotes", model.unannotatedQuotes().size()));
            model.unannotatedQuotes().forEach(q -> open.getChildren().add(new TreeItem<>(q)));
            open.setExpanded(false);
            TreeItem<Object> claims = group("fcSuggestedClaims", i18n.format("fc.group.suggestedClaims", model.claimSuggestions().size()));
            model.claimSuggestions().forEach(c -> claims.getChildren().add(new TreeItem<>(c)));
            claims.setExpanded(false);
            TreeItem<Object> people = group("fcPeople", i18n.format("fc.group.people", model.people().size()));
            model.people().forEach(p -> people.getChildren().add(new TreeItem<>(p)));
            people.setExpanded(false);
            root.getChildren().addAll(List.of(open, claims, people));
            acceptAll.setText(i18n.format("fc.acceptAll", model.unannotatedQuotes().size()));
            acceptAll.setDisable(model.unannotatedQuotes().isEmpty());
        } finally {
            rebuilding = false;
        }
        selectInTree(model.selectedProperty().get());
    }

    private TreeItem<Object> groupOf(String id, String key, List<Annotation> visible, AnnotationKind kind) {
        List<Annotation> xs = visible.stream().filter(x -> x.kind() == kind).toList();
        TreeItem<Object> g = group(id, i18n.format(key, xs.size()));
        xs.forEach(x -> g.getChildren().add(new TreeItem<>(x)));
        return g;
    }

    private static TreeItem<Object> group(String id, String label) {
        TreeItem<Object> g = new TreeItem<>(new Group(id, label));
        g.setExpanded(true);
        return g;
    }

    private void selectInTree(Annotation x) {
        if (x == null || rebuilding) {
            return;
        }
        for (TreeItem<Object> g : tree.getRoot().getChildren()) {
            TreeItem<Object> found = find(g, x.id());
            if (found != null) {
                rebuilding = true;
                try {
                    tree.getSelectionModel().select(found);
                    int row = tree.getRow(found);
                    if (row >= 0) {
                        tree.scrollTo(Math.max(0, row - 2));
                    }
                } finally {
                    rebuilding = false;
                }
                return;
            }
        }
    }

    private static TreeItem<Object> find(TreeItem<Object> item, long id) {
        if (item.getValue() instanceof Annotation a && a.id() == id) {
            return item;
        }
        for (TreeItem<Object> c : item.getChildren()) {
            TreeItem<Object> f = find(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    static String excerpt(String s, int max) {
        String one = s.replace('\n', ' ').strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    /** A heading in the tree. */
    record Group(String id, String label) {
    }

    private final class Cell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(null);
            setId(null);
            getStyleClass().removeAll("fc-group", "fc-suggestion", "fc-orphaned");
            if (empty || item == null) {
                return;
            }
            if (item instanceof Group g) {
                setText(g.label());
                setId(g.id());
                getStyleClass().add("fc-group");
            } else if (item instanceof Annotation x) {
                Label chip = x.kind() == AnnotationKind.COMMENT ? chip(i18n.get("fc.kind.comment"), "verdict-comment")
                        : chip(i18n.get("fc.verdict." + x.verdict().id()), "verdict-" + x.verdict().id());
                String prefix = x.anchor() == Annotation.Anchor.ORPHANED ? "⚠ " : x.anchor() == Annotation.Anchor.CHANGED ? "✎ " : "";
                Label words = new Label(prefix + excerpt(x.target().exact(), 60));
                HBox box = new HBox(6, chip, words);
                if (x.anchor() == Annotation.Anchor.ORPHANED) {
                    getStyleClass().add("fc-orphaned");
                }
                setGraphic(box);
            } else if (item instanceof Quote q) {
                setText("+ " + (q.speaker() == null ? "" : q.speaker() + "：") + excerpt(q.text(), 50));
                getStyleClass().add("fc-suggestion");
            } else if (item instanceof Claim c) {
                setGraphic(new HBox(6, chip(i18n.get("fc.claimKind." + c.kind()), "claim-kind"), new Label(c.text())));
                getStyleClass().add("fc-suggestion");
            } else if (item instanceof Person p) {
                setText(p.name() + (p.roles().isEmpty() ? "" : " — " + String.join("、", p.roles())));
            }
        }
    }

    static Label chip(String text, String style) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("verdict-chip", style);
        return chip;
    }

    private final class VerdictCell extends ListCell<Verdict> {
        @Override
        protected void updateItem(Verdict item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? i18n.get("fc.filter.all") : i18n.get("fc.verdict." + item.id()));
        }
    }
}
