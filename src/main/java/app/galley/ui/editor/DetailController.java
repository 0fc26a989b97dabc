package app.galley.ui.editor;

import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleStatus;
import app.galley.model.TextLength;
import app.galley.text.Body;
import app.galley.ui.app.Formats;
import app.galley.ui.app.I18n;
import app.galley.ui.app.UiSettings;
import app.galley.ui.clean.CleanPane;
import app.galley.ui.clean.CleanViewModel;
import app.galley.ui.factcheck.FactCheckPane;
import app.galley.ui.factcheck.FactCheckViewModel;
import app.galley.ui.library.ArticleExtras;
import app.galley.ui.library.LibraryViewModel;
import app.galley.ui.tags.TagStrip;
import app.galley.ui.tags.TagViewModel;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The selected article: its title, metadata and workflow status and its text (editable, saved
 * automatically at most {@link #AUTOSAVE} after the last key), always in view; and the tools that work
 * on it, as tabs of one tool area the window puts beside the text: Clean, Fact-check, History.
 */
public final class DetailController {

    /** How long typing rests before it is saved as a revision: the most a crash can lose. */
    public static final java.time.Duration AUTOSAVE = java.time.Duration.ofMillis(1500);

    private final LibraryViewModel model;
    private final EditingViewModel editing;
    private final CleanViewModel cleanModel;
    private final I18n i18n;
    private final Formats formats;
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final AttachmentStrip attachments;
    /** Made the first time its tab is shown (issue 18, start-up). */
    private CleanPane cleanPane;
    private HistoryPane historyPane;
    private final FactCheckViewModel factCheckModel;
    private final TagViewModel tagModel;
    @FXML private VBox tagsHolder;
    private FactCheckPane factCheck;
    private final TypingAutosave autosave;
    private final Label counts = new Label();
    private ToolTabs tools;
    private boolean updating;
    /** The article as last shown or saved: edits are saved against its version. */
    private Article shown;
    private boolean dirty;
    /** The setting holding the article id and caret position the editor was at. */
    public static final String CARET = "editor.caret";
    private UiSettings settings;

    @FXML private VBox content;
    @FXML private Label emptyLabel;
    @FXML private Label titleLabel;
    @FXML private Label presenceLabel;
    @FXML private Hyperlink repostLink;
    private ArticleExtras extras;
    @FXML private ComboBox<ArticleStatus> statusCombo;
    @FXML private Label bylineLabel;
    @FXML private Label sourceLabel;
    @FXML private Label originalTitleKey;
    @FXML private Label datelineKey;
    @FXML private Label datelineLabel;
    @FXML private Label originalTitleLabel;
    @FXML private Label languageLabel;
    @FXML private Label publishedLabel;
    @FXML private Label lengthLabel;
    @FXML private Label originalLabel;
    @FXML private StackPane textHolder;

    public DetailController(LibraryViewModel model, EditingViewModel editing, CleanViewModel cleanModel,
                     FactCheckViewModel factCheckModel, TagViewModel tagModel, I18n i18n) {
        this.model = model;
        this.editing = editing;
        this.cleanModel = cleanModel;
        this.i18n = i18n;
        this.formats = new Formats(i18n);
        this.attachments = new AttachmentStrip(model, i18n);
        this.factCheckModel = factCheckModel;
        this.tagModel = tagModel;
        this.autosave = new TypingAutosave(editing.tasks(), AUTOSAVE, () -> dirty, this::saveTyping);
    }

    @FXML
    private void initialize() {
        extras = new ArticleExtras(model, i18n, originalLabel, repostLink, attachments);
        text.setId("articleText");
        text.getStyleClass().add("article-text");
        text.setEditable(true);
        text.setWrapText(true);
        // undo and redo go through the window's journal (typing, cleaning, metadata alike)
        Nodes.addInputMap(text, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), e -> undo()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        e -> redo()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), e -> redo())));
        text.plainTextChanges().subscribe(change -> {
            if (!updating && shown != null) {
                dirty = true;
                autosave.typed();
                updateCounts();
            }
        });
        autosave.follow(text); // nothing saved while an input method composes
        counts.setId("textCounts");
        counts.getStyleClass().add("text-counts");
        VBox textBox = new VBox(new VirtualizedScrollPane<>(text), counts);
        VBox.setVgrow(textBox.getChildren().get(0), javafx.scene.layout.Priority.ALWAYS);
        factCheck = new FactCheckPane(factCheckModel, text, i18n, () -> shown, this::flush);
        tools = new ToolTabs(i18n, cleanModel, () -> cleanPane().node(), factCheck.node(), this::historyPane,
                () -> model.currentProperty().get(), this::flush);
        textHolder.getChildren().add(textBox);
        content.getChildren().add(attachments.node());
        tagsHolder.getChildren().add(new TagStrip(tagModel, i18n).node());
        statusCombo.getItems().setAll(ArticleStatus.values());
        statusCombo.setCellFactory(v -> new StatusCell());
        statusCombo.setButtonCell(new StatusCell());
        statusCombo.valueProperty().addListener((o, was, now) -> {
            Article a = model.currentProperty().get();
            if (!updating && a != null && now != null && now != a.status()) {
                flush();
                model.changeStatus(a.id(), now);
            }
        });
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        content.managedProperty().bind(content.visibleProperty());
        model.shownProperty().addListener((o, was, now) -> showExtras(now));
        model.currentProperty().addListener((o, was, now) -> {
            if (was != null && (now == null || now.id() != was.id())) {
                flush(); // typing in the article being left is saved first
            }
            show(now);
        });
        show(model.currentProperty().get());
    }

    /**
     * Remembers the caret in the settings, and puts it back when the remembered article is shown
     * again (the next start reopens the article where the editor was).
     */
    public void rememberCaret(UiSettings settings) {
        this.settings = settings;
        text.caretPositionProperty().addListener((o, was, now) -> {
            if (!updating && shown != null) {
                settings.put(CARET, shown.id() + ":" + now);
            }
        });
        restoreCaret();
    }

    private void restoreCaret() {
        String saved = settings == null ? "" : settings.get(CARET, "");
        if (shown != null && saved.matches("\\d+:\\d+") && Long.parseLong(saved.split(":")[0]) == shown.id()) {
            int at = Math.min(Integer.parseInt(saved.split(":")[1]), text.getLength());
            text.moveTo(at);
            text.requestFollowCaret();
        }
    }

    /** Tells {@code listener} the editor's text whenever it changes (the preview follows the typing). */
    public void watchText(java.util.function.Consumer<String> listener) {
        text.plainTextChanges().subscribe(change -> {
            if (!updating && shown != null) {
                listener.accept(bodyOfEditor());
            }
        });
    }

    public FactCheckPane factCheck() {
        return factCheck;
    }

    /** Where the article panel says who else is editing the article (the team library). */
    public Label presenceLabel() {
        return presenceLabel;
    }

    public CleanViewModel cleanModel() {
        return cleanModel;
    }

    /** The tool area's tabs (Clean, Fact-check, History), which the window places beside the text. */
    public TabPane tools() {
        return tools.node();
    }

    /** Who shows the tool area when a tool is asked for while it is hidden. */
    public void onToolAsked(Runnable r) {
        tools.onAsked(r);
    }

    /** Shows one tool: {@code clean}, {@code factcheck} or {@code history}; {@code text} puts the caret in the text. */
    public void showTab(String which) {
        if (which.equals("text")) {
            text.requestFocus();
        } else {
            tools.show(which);
        }
    }

    /** The tool shown: {@code clean}, {@code factcheck} or {@code history}. */
    public String shownTool() {
        return tools.shown();
    }

    private void show(Article a) {
        emptyLabel.setVisible(a == null);
        content.setVisible(a != null);
        updating = true;
        try {
            boolean sameArticle = shown != null && a != null && shown.id() == a.id();
            boolean sameText = sameArticle && a.body().equals(bodyOfEditor());
            shown = a;
            if (a == null) {
                text.clear();
                attachments.show(-1, List.of());
                factCheck.show(null);
                tagModel.show(null);
                tools.refresh();
                return;
            }
            titleLabel.setText(a.title());
            statusCombo.setValue(a.status());
            bylineLabel.setText(orDash(a.byline()));
            String source = orDash(a.source() != null ? a.source() : a.sourceUrl());
            sourceLabel.setText(a.otherSources().isEmpty() ? source
                    : i18n.format("detail.source.others", source, String.join(i18n.get("list.separator"), a.otherSources())));
            optionalRow(originalTitleKey, originalTitleLabel,
                    a.originalTitle() != null && !a.originalTitle().equals(a.title()) ? a.originalTitle() : null);
            optionalRow(datelineKey, datelineLabel, a.dateline());
            languageLabel.setText(formats.language(a.language()));
            publishedLabel.setText(a.published() == null ? "—" : formats.instant(a.published()));
            lengthLabel.setText(formats.length(a.length()));
            // a save of this editor's typing came back while the editor typed on: the newer text stays
            if (!sameText && !(sameArticle && dirty)) {
                showText(a.body(), sameArticle);
                if (!sameArticle) {
                    restoreCaret();
                }
            }
            updateCounts();
            factCheck.show(a);
            tagModel.show(a);
            if (!sameArticle) {
                showExtras(model.shownProperty().get());
            }
            tools.refresh();
        } finally {
            updating = false;
        }
    }

    /** Saves typing now, if there is any (before undo, status changes, leaving the article, closing). */
    public boolean typing() { // typing not yet saved: another writer's version is not shown over it
        return dirty;
    }

    public void flush() {
        autosave.stop();
        if (dirty) {
            saveTyping();
        }
        factCheckModel.flushDetails(); // a note or evidence typed on an annotation
    }

    /** As {@link #flush()}, for a window that is closing: everything typed is saved before it returns. */
    public void flushBeforeClosing() {
        autosave.stop();
        if (dirty) {
            saveTyping();
        }
        editing.finishWrites(); // the typing, and every write asked for before it, done before the window goes
        factCheckModel.flushBeforeClosing();
    }

    private void saveTyping() {
        dirty = false;
        Article base = shown;
        if (base == null) {
            return;
        }
        String body = bodyOfEditor();
        if (body.isBlank() || body.equals(base.body())) {
            return;
        }
        editing.saveEdit(base, ArticleEdit.of(base).withBody(body), true);
    }

    private void undo() {
        flush();
        editing.undo();
    }

    private void redo() {
        flush();
        editing.redo();
    }

    private CleanPane cleanPane() {
        if (cleanPane == null) {
            cleanPane = new CleanPane(cleanModel, i18n);
            cleanPane.connectSelection(() -> List.copyOf(model.selection()),
                    javafx.beans.binding.Bindings.size(model.selection()), this::cleanSelection);
        }
        return cleanPane;
    }

    private HistoryPane historyPane() {
        if (historyPane == null) {
            historyPane = new HistoryPane(editing, i18n);
        }
        return historyPane;
    }

    private void cleanSelection(List<Long> ids) {
        flush();
        editing.cleanAll(ids, cleanModel.proposalProperty().get(), r -> {
            model.messageProperty().set(i18n.format("clean.batch.done", r.cleaned(), r.articles(), r.changes()));
            cleanModel.refresh();
        });
    }

    /** The editor's text as a body: paragraphs separated by blank lines. */
    private String bodyOfEditor() {
        return Body.ofLines(text.getParagraphs().stream().map(p -> p.getText()).toList());
    }

    private void updateCounts() {
        String body = text.getText();
        TextLength length = TextLength.of(body);
        long paragraphs = text.getParagraphs().stream().filter(p -> !p.getText().isBlank()).count();
        counts.setText(i18n.format("detail.counts", formats.length(length), body.codePointCount(0, body.length()), paragraphs));
    }

    private void showExtras(LibraryViewModel.Shown x) {
        extras.show(x);
    }

    @FXML
    private void onCompareRepost() {
        extras.compare();
    }

    /** One RichTextFX paragraph per paragraph of the article, spaced by the stylesheet. */
    private void showText(String body, boolean keepCaret) {
        int caret = text.getCaretPosition();
        text.replaceText(String.join("\n", Body.lines(body)));
        for (int i = 0; i < text.getParagraphs().size(); i++) {
            text.setParagraphStyle(i, List.of("body-paragraph"));
        }
        text.getUndoManager().forgetHistory();
        text.moveTo(keepCaret ? Math.min(caret, text.getLength()) : 0);
        text.requestFollowCaret();
    }

    /** A metadata row shown only when it has something to say. */
    private static void optionalRow(Label key, Label value, String text) {
        boolean shown = text != null && !text.isBlank();
        value.setText(shown ? text : "");
        for (Label l : List.of(key, value)) {
            l.setVisible(shown);
            l.setManaged(shown);
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private final class StatusCell extends ListCell<ArticleStatus> {
        @Override
        protected void updateItem(ArticleStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.status(item));
        }
    }
}
