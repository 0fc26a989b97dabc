package app.galley.ui.editor;

import app.galley.clean.ScriptConversion;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.service.EditService;
import app.galley.ui.app.I18n;
import app.galley.ui.app.UnsavedInput;
import app.galley.ui.clean.CleanViewModel;
import app.galley.ui.clean.RulesDialog;
import app.galley.ui.factcheck.FactCheckPane;
import app.galley.ui.library.LibraryViewModel;
import app.galley.ui.tags.BulkTagDialog;
import app.galley.ui.tags.TagViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The Edit and Article menu items of editing and cleaning: undo and redo through the journal, find
 * and replace, the Clean and History tabs, script conversion, cleaning a selection, the article's
 * details, and the cleaning rules.
 */
public final class EditActions {

    private final LibraryViewModel model;
    private final EditingViewModel editing;
    private final I18n i18n;
    private final DetailController detail;
    private final CleanViewModel clean;

    private final TagViewModel tagModel;

    public EditActions(LibraryViewModel model, EditingViewModel editing, CleanViewModel clean, DetailController detail,
                TagViewModel tagModel, I18n i18n) {
        this.tagModel = tagModel;
        this.model = model;
        this.editing = editing;
        this.clean = clean;
        this.detail = detail;
        this.i18n = i18n;
    }

    public void install(Menu edit, Menu article, java.util.function.Supplier<Window> owner) {
        MenuItem undo = item("undoItem", "Shortcut+Z", () -> {
            detail.flush();
            editing.undo();
        });
        undo.textProperty().bind(Bindings.createStringBinding(() -> editing.undoLabelProperty().get().isEmpty()
                ? i18n.get("action.undo") : i18n.format("action.undoWhat", editing.undoLabelProperty().get()),
                editing.undoLabelProperty()));
        undo.disableProperty().bind(editing.undoLabelProperty().isEmpty());
        MenuItem redo = item("redoItem", "Shortcut+Shift+Z", () -> {
            detail.flush();
            editing.redo();
        });
        redo.textProperty().bind(Bindings.createStringBinding(() -> editing.redoLabelProperty().get().isEmpty()
                ? i18n.get("action.redo") : i18n.format("action.redoWhat", editing.redoLabelProperty().get()),
                editing.redoLabelProperty()));
        redo.disableProperty().bind(editing.redoLabelProperty().isEmpty());
        MenuItem find = item("findReplaceItem", "Shortcut+F", () -> findReplace(owner.get()));
        find.setText(i18n.get("action.findReplace"));
        edit.getItems().addAll(0, java.util.List.of(undo, redo, new SeparatorMenuItem(), find, new SeparatorMenuItem()));

        MenuItem cleanItem = item("cleanItem", "Shortcut+K", () -> detail.showTab("clean"));
        cleanItem.setText(i18n.get("action.clean"));
        Menu convert = new Menu(i18n.get("action.convert"));
        convert.setId("convertMenu");
        for (ScriptConversion.Profile p : ScriptConversion.Profile.values()) {
            MenuItem m = new MenuItem(i18n.format("clean.source.convert", p.id(), p.label()));
            m.setId("convert-" + p.id());
            m.setOnAction(e -> {
                detail.flush();
                detail.showTab("clean");
                clean.propose(model.currentProperty().get(), new EditService.Proposal.Conversion(p));
            });
            convert.getItems().add(m);
        }
        MenuItem history = item("historyItem", "Shortcut+Shift+H", () -> detail.showTab("history"));
        history.setText(i18n.get("action.history"));
        MenuItem details = item("detailsItem", "Shortcut+I", () -> editDetails(owner.get()));
        details.setText(i18n.get("action.details"));
        MenuItem rules = item("rulesItem", null, () -> new RulesDialog(owner.get(), editing.services(), editing.tasks(), model.dialogs(), i18n,
                model.currentProperty().get() == null ? null : model.currentProperty().get().source())
                .showAndSave(clean::refresh));
        rules.setText(i18n.get("action.rules"));
        MenuItem quote = item("annotateQuoteItem", FactCheckPane.QUOTE_KEY,
                () -> detail.factCheck().annotateSelection(app.galley.model.AnnotationKind.QUOTE));
        quote.setText(i18n.get("action.annotateQuote"));
        MenuItem claim = item("annotateClaimItem", FactCheckPane.CLAIM_KEY,
                () -> detail.factCheck().annotateSelection(app.galley.model.AnnotationKind.CLAIM));
        claim.setText(i18n.get("action.annotateClaim"));
        MenuItem comment = item("annotateCommentItem", FactCheckPane.COMMENT_KEY,
                () -> detail.factCheck().annotateSelection(app.galley.model.AnnotationKind.COMMENT));
        comment.setText(i18n.get("action.annotateComment"));
        MenuItem bulkTag = item("tagSelectedItem", "Shortcut+T", () -> new BulkTagDialog(tagModel, i18n)
                .show(owner.get(), java.util.List.copyOf(model.selection())));
        bulkTag.setText(i18n.get("action.tagSelected"));
        MenuItem assign = item("assignItem", "Shortcut+Shift+A", () -> {
            java.util.List<Long> ids = java.util.List.copyOf(model.selection());
            new AssignDialog(i18n).ask(owner.get(), ids.size(), editing.services().user(), java.time.ZoneId.systemDefault())
                    .ifPresent(r -> editing.assign(ids, r.role(), r.assignee(), r.due(), r.note()));
        });
        assign.setText(i18n.get("action.assign"));
        MenuItem signOff = item("signOffItem", null, () -> signOff(owner.get()));
        signOff.setText(i18n.get("action.signOff"));
        for (MenuItem m : java.util.List.of(cleanItem, history, details, quote, claim, comment, bulkTag, assign, signOff)) {
            m.disableProperty().bind(model.currentProperty().isNull());
        }
        convert.disableProperty().bind(model.currentProperty().isNull());
        article.getItems().addAll(0, java.util.List.of(cleanItem, convert, history, details, new SeparatorMenuItem(),
                quote, claim, comment, new SeparatorMenuItem(), bulkTag, assign, signOff, new SeparatorMenuItem(), rules,
                new SeparatorMenuItem()));
    }

    /**
     * Signs the current article off (issue 23): its fact-check and sign-offs are read in the
     * background, the signer answers, the sign-off is kept in the lane of writes.
     */
    private void signOff(Window owner) {
        Article a = model.currentProperty().get();
        if (a == null) {
            return;
        }
        var gate = editing.services().gate();
        record State(java.util.List<app.galley.analyze.FactCheckSummary.Problem> problems,
                     java.util.List<app.galley.model.SignOff> given) {
        }
        editing.tasks().submit(() -> new State(gate.problems(a), gate.signOffs().of(a.id())), st -> {
            app.galley.model.ArticleStatus suggested = a.status() == app.galley.model.ArticleStatus.READY
                    ? app.galley.model.ArticleStatus.PUBLISHED : app.galley.model.ArticleStatus.READY;
            new SignOffDialog(i18n).ask(owner, a.title(), st.problems(), st.given(),
                            s -> app.galley.service.SignOffs.holds(s, a), suggested)
                    .ifPresent(g -> model.writes().submit(() -> gate.signOffs().signOff(a, g.status(), g.note()),
                            s -> model.messageProperty().set(i18n.format("signoff.done", i18n.status(s.status()))),
                            app.galley.ui.app.BackgroundTasks::log));
        }, app.galley.ui.app.BackgroundTasks::log);
    }

    private MenuItem item(String id, String accelerator, Runnable action) {
        MenuItem m = new MenuItem();
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Find and replace: proposed as changes in the Clean tab, applied to the article or the selection there. */
    void findReplace(Window owner) {
        Article a = model.currentProperty().get();
        if (a == null) {
            return;
        }
        detail.flush();
        Dialog<ButtonType> d = dialog(owner, "findReplace.title");
        TextField find = new TextField();
        find.setId("findField");
        TextField replace = new TextField();
        replace.setId("replaceField");
        CheckBox regex = new CheckBox(i18n.get("findReplace.regex"));
        regex.setId("regexBox");
        CheckBox ignoreCase = new CheckBox(i18n.get("findReplace.ignoreCase"));
        GridPane grid = grid();
        grid.addRow(0, new Label(i18n.get("findReplace.find")), find);
        grid.addRow(1, new Label(i18n.get("findReplace.replace")), replace);
        grid.add(regex, 1, 2);
        grid.add(ignoreCase, 1, 3);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(find.textProperty().isEmpty());
        javafx.application.Platform.runLater(find::requestFocus);
        if (d.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            detail.showTab("clean");
            clean.propose(model.currentProperty().get(), new EditService.Proposal.Replace(find.getText(),
                    replace.getText(), regex.isSelected(), ignoreCase.isSelected()));
        }
    }

    /** The article's details (headline, subtitle, byline, dateline, source, language), saved as one undoable edit. */
    void editDetails(Window owner) {
        Article a = model.currentProperty().get();
        if (a == null) {
            return;
        }
        detail.flush();
        Article base = model.currentProperty().get();
        Dialog<ButtonType> d = dialog(owner, "details.title");
        TextField title = field("detailTitle", base.title());
        TextField subtitle = field("detailSubtitle", base.subtitle());
        TextField byline = field("detailByline", base.byline());
        TextField dateline = field("detailDateline", base.dateline());
        TextField source = field("detailSource", base.source());
        TextField originalTitle = field("detailOriginalTitle", base.originalTitle());
        TextField others = field("detailOtherSources", String.join("; ", base.otherSources()));
        others.setPromptText(i18n.get("detail.otherSources.prompt"));
        ComboBox<String> language = new ComboBox<>();
        language.setId("detailLanguage");
        language.setEditable(true);
        language.getItems().addAll("zh-Hant", "zh-Hans", "en", "ja", "ko");
        language.setValue(base.language());
        GridPane grid = grid();
        int row = 0;
        for (var pair : java.util.List.of(java.util.Map.entry("detail.title", title), java.util.Map.entry("detail.subtitle", subtitle),
                java.util.Map.entry("detail.byline", byline), java.util.Map.entry("detail.dateline", dateline),
                java.util.Map.entry("detail.source", source), java.util.Map.entry("detail.originalTitle", originalTitle),
                java.util.Map.entry("detail.otherSources", others))) {
            grid.addRow(row++, new Label(i18n.get(pair.getKey())), pair.getValue());
        }
        grid.addRow(row, new Label(i18n.get("detail.language")), language);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        d.getDialogPane().setId("detailsDialog");
        UnsavedInput.guard(d, i18n, () -> java.util.Arrays.asList(title.getText(), subtitle.getText(), byline.getText(),
                dateline.getText(), source.getText(), originalTitle.getText(), others.getText(), language.getValue()));
        if (d.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            editing.saveEdit(base, new ArticleEdit(title.getText().strip(), blankToNull(subtitle), blankToNull(byline),
                    blankToNull(dateline), blankToNull(source), blankToNull(originalTitle), ArticleEdit.sourceList(others.getText()),
                    language.getValue() == null || language.getValue().isBlank() ? null : language.getValue().strip(),
                    base.body()), false);
        }
    }

    private Dialog<ButtonType> dialog(Window owner, String titleKey) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.get(titleKey));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResizable(true);
        return d;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        return grid;
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setPrefColumnCount(36);
        return f;
    }

    private static String blankToNull(TextField f) {
        String s = f.getText().strip();
        return s.isEmpty() ? null : s;
    }
}
