package app.galley.ui.clean;

import app.galley.clean.CleaningService;
import app.galley.clean.RuleSet;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.DialogService;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import app.galley.ui.app.UnsavedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The cleaning rules editor: built-in rules on or off with their options, the editor's own pattern
 * rules, a source's learned boilerplate (proposals to confirm, confirmed lines to forget), and import
 * and export of the rule set as JSON. Saved in the library, so a team on a shared library shares it.
 */
public final class RulesDialog {

    /** A pattern rule being edited. */
    static final class PatternRow {
        final SimpleStringProperty id = new SimpleStringProperty("");
        final SimpleStringProperty pattern = new SimpleStringProperty("");
        final SimpleStringProperty replacement = new SimpleStringProperty("");
        final SimpleStringProperty reason = new SimpleStringProperty("");
        final SimpleBooleanProperty wholeLine = new SimpleBooleanProperty();
        final SimpleBooleanProperty ignoreCase = new SimpleBooleanProperty();
        final SimpleBooleanProperty enabled = new SimpleBooleanProperty(true);

        static PatternRow of(RuleSet.PatternSpec p) {
            PatternRow r = new PatternRow();
            r.id.set(p.id());
            r.pattern.set(p.pattern());
            r.replacement.set(p.replacement());
            r.reason.set(p.reason());
            r.wholeLine.set(p.wholeLine());
            r.ignoreCase.set(p.ignoreCase());
            r.enabled.set(p.enabled());
            return r;
        }

        RuleSet.PatternSpec spec() {
            return new RuleSet.PatternSpec(id.get().strip(), pattern.get(), replacement.get(), reason.get(),
                    wholeLine.get(), ignoreCase.get(), enabled.get());
        }
    }

    private final Window owner;
    private final TaskExecutor tasks;
    private final CleaningService service;
    private final app.galley.service.ExportService exports;
    private final I18n i18n;
    private final Map<String, CheckBox> enabled = new LinkedHashMap<>();
    /** Each built-in rule's options and examples, as the rule declares them. */
    private final RuleOptions options;
    private final ObservableList<PatternRow> patterns = FXCollections.observableArrayList();
    private final Label problem = new Label();
    private final String source;
    /** Which settings the dialog shows: "" for all sources, else one source's overrides. */
    private final ComboBox<String> scopeBox = new ComboBox<>();
    private RuleSet working = new RuleSet("", null, null, null);
    private String scope = "";
    private boolean choosingScope;

    private final DialogService dialogs;

    public RulesDialog(Window owner, app.galley.service.Services services, TaskExecutor tasks, DialogService dialogs,
                       I18n i18n, String source) {
        this.owner = owner;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = services.cleaning();
        this.exports = services.exports();
        this.i18n = i18n;
        this.source = source;
        this.options = new RuleOptions(i18n);
    }

    /**
     * Reads the rules (off the FX thread), then shows the editor; on Save, stores the rule set (off the
     * FX thread too) and then runs {@code saved}.
     */
    public void showAndSave(Runnable saved) {
        tasks.submit(service::rules, rules -> show(rules, saved), BackgroundTasks::log);
    }

    private void show(RuleSet rules, Runnable saved) {
        load(rules);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.get("rules.title"));
        d.setResizable(true);
        ButtonType save = new ButtonType(i18n.get("rules.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        TabPane tabs = new TabPane(new Tab(i18n.get("rules.builtIn"), scrolling(builtIn())), new Tab(i18n.get("rules.patterns"), patternsPane()),
                new Tab(i18n.get("rules.learned"), new LearnedBoilerplatePane(service, tasks, i18n).node(source)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        problem.setId("rulesProblem");
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        Button importButton = new Button(i18n.get("rules.import"));
        importButton.setOnAction(e -> importRules());
        Button exportButton = new Button(i18n.get("rules.export"));
        exportButton.setOnAction(e -> exportRules());
        scopeBox.setId("rulesScope");
        scopeBox.setCellFactory(v -> new ScopeCell());
        scopeBox.setButtonCell(new ScopeCell());
        scopeBox.valueProperty().addListener((o, was, now) -> {
            if (choosingScope || now == null || now.equals(scope)) {
                return;
            }
            try {
                captureScope();
                problem.setText("");
                showScope(now);
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                choosingScope = true;
                scopeBox.setValue(scope);
                choosingScope = false;
            }
        });
        HBox scopeRow = new HBox(8, new Label(i18n.get("rules.scope")), scopeBox);
        scopeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(8, scopeRow, tabs, new HBox(8, importButton, exportButton), problem);
        box.setPrefSize(760, 480);
        d.getDialogPane().setContent(box);
        d.getDialogPane().setId("rulesDialog");
        // Save checks the rule set first: a wrong expression keeps the dialog open and says which rule
        RuleSet[] checked = new RuleSet[1];
        d.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                checked[0] = build();
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        UnsavedInput.guard(d, i18n, () -> {
            try {
                return java.util.List.of(build().toJson());
            } catch (IllegalArgumentException ex) {
                return java.util.List.of(ex.getMessage()); // a half-typed rule is a change too
            }
        });
        if (d.showAndWait().filter(b -> b == save).isPresent() && checked[0] != null) {
            RuleSet toSave = checked[0];
            tasks.submit(() -> service.saveUserRules(toSave), saved::run);
        }
    }

    private void load(RuleSet r) {
        working = r;
        scope = "";
        List<String> scopes = new ArrayList<>(List.of(""));
        scopes.addAll(r.sources().keySet());
        if (source != null && !source.isBlank() && !scopes.contains(source)) {
            scopes.add(source);
        }
        choosingScope = true;
        scopeBox.getItems().setAll(scopes);
        scopeBox.setValue("");
        choosingScope = false;
        showScope("");
    }

    /** Shows the settings in force for a scope: all sources ("") or one source's overrides. */
    private void showScope(String s) {
        scope = s;
        String src = s.isEmpty() ? null : s;
        for (String id : RuleSet.BUILT_IN) {
            enabled.computeIfAbsent(id, k -> {
                CheckBox box = new CheckBox(i18n.rule(k));
                box.setId("rule-" + k);
                return box;
            }).setSelected(working.config(id, src).enabled());
        }
        for (app.galley.clean.RuleInfo info : app.galley.clean.RuleInfo.builtIn()) {
            options.show(info, working.config(info.id(), src).options());
        }
        List<RuleSet.PatternSpec> specs = src == null ? working.patterns()
                : working.sources().containsKey(src) ? working.sources().get(src).patterns() : List.of();
        patterns.setAll(specs.stream().map(PatternRow::of).toList());
    }

    /** Takes what the dialog shows into the rule set being edited, for the scope shown. */
    private void captureScope() {
        Map<String, RuleSet.RuleConfig> rules = new LinkedHashMap<>();
        for (Map.Entry<String, CheckBox> e : enabled.entrySet()) {
            Map<String, Object> chosen = options.chosen(e.getKey());
            rules.put(e.getKey(), new RuleSet.RuleConfig(e.getValue().isSelected(), chosen));
        }
        List<RuleSet.PatternSpec> specs = new ArrayList<>();
        for (PatternRow row : patterns) {
            specs.add(row.spec());
        }
        if (scope.isEmpty()) {
            working = new RuleSet(working.name(), rules, specs, working.sources());
        } else {
            Map<String, RuleSet.SourceRules> sources = new LinkedHashMap<>(working.sources());
            sources.put(scope, new RuleSet.SourceRules(rules, specs));
            working = new RuleSet(working.name(), working.rules(), working.patterns(), sources);
        }
    }

    /** The rule set as edited (throws IllegalArgumentException, with the rule named, if it is wrong). */
    RuleSet build() {
        captureScope();
        return working;
    }

    private final class ScopeCell extends javafx.scene.control.ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.isEmpty() ? i18n.get("rules.scope.all") : i18n.format("rules.scope.source", item));
        }
    }

    private VBox builtIn() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(10));
        for (CheckBox c : enabled.values()) {
            app.galley.clean.RuleInfo info = app.galley.clean.RuleInfo.of(c.getId().substring(5)).orElseThrow();
            Label hint = new Label(i18n.get("rule." + info.id() + ".hint"));
            hint.getStyleClass().add("change-why");
            hint.setWrapText(true);
            VBox rule = new VBox(2, c, hint);
            options.addTo(rule, c, hint, info);
            box.getChildren().add(rule);
        }
        return box;
    }

    /** The built-in rules scroll when the dialog is shorter than their list (a laptop screen). */
    private static javafx.scene.control.ScrollPane scrolling(VBox rules) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(rules);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        scroll.setId("builtInRules");
        return scroll;
    }

    private VBox patternsPane() {
        TableView<PatternRow> table = new TableView<>(patterns);
        table.setId("patternTable");
        table.setEditable(true);
        table.getColumns().add(text("rules.col.id", r -> r.id, 110));
        table.getColumns().add(text("rules.col.pattern", r -> r.pattern, 200));
        table.getColumns().add(text("rules.col.replacement", r -> r.replacement, 110));
        table.getColumns().add(text("rules.col.reason", r -> r.reason, 150));
        table.getColumns().add(check("rules.col.wholeLine", r -> r.wholeLine));
        table.getColumns().add(check("rules.col.ignoreCase", r -> r.ignoreCase));
        table.getColumns().add(check("rules.col.enabled", r -> r.enabled));
        Button add = new Button(i18n.get("rules.add"));
        add.setId("addPatternButton");
        add.setOnAction(e -> {
            PatternRow r = new PatternRow();
            r.id.set("my-rule-" + (patterns.size() + 1));
            patterns.add(r);
            table.getSelectionModel().select(r);
            table.edit(patterns.size() - 1, table.getColumns().get(1));
        });
        Button remove = new Button(i18n.get("rules.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> patterns.remove(table.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, table, new HBox(8, add, remove), new Label(i18n.get("rules.patterns.hint")));
        box.setPadding(new Insets(10));
        return box;
    }

    private TableColumn<PatternRow, String> text(String key, java.util.function.Function<PatternRow, SimpleStringProperty> f, double width) {
        TableColumn<PatternRow, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cd -> f.apply(cd.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<PatternRow, Boolean> check(String key, java.util.function.Function<PatternRow, SimpleBooleanProperty> f) {
        TableColumn<PatternRow, Boolean> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cd -> f.apply(cd.getValue()));
        c.setCellFactory(CheckBoxTableCell.forTableColumn(c));
        c.setPrefWidth(70);
        return c;
    }

    private void importRules() {
        List<Path> chosen = dialogs.chooseFiles(owner, i18n.get("rules.title"), JSON_FILES);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get(0);
        try (InputStream in = Files.newInputStream(file)) {
            load(RuleSet.read(in).over(RuleSet.defaults()));
            problem.setText("");
        } catch (IOException | IllegalArgumentException e) {
            problem.setText(i18n.format("rules.importFailed", file, e.getMessage()));
        }
    }

    private void exportRules() {
        Path file = dialogs.chooseSaveFile(owner, i18n.get("rules.title"), "galley-rules.json", JSON_FILES).orElse(null);
        if (file == null) {
            return;
        }
        try {
            exports.writeFile(file,
                    build().toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            problem.setText("");
        } catch (IOException | IllegalArgumentException e) {
            problem.setText(i18n.format("rules.exportFailed", file, e.getMessage()));
        }
    }

    private static final List<DialogService.FileFilter> JSON_FILES = List.of(
            new DialogService.FileFilter("JSON", List.of("*.json")));
}
