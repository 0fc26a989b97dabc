package app.galley.ui.factcheck;

import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.AnnotationKind;
import app.galley.model.Verdict;
import app.galley.ui.app.I18n;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The selected annotation: where it stands in the text, its speaker, verdict chips, note, evidence
 * links, resolve and delete, and its comment thread (replies indented; only a comment's author may
 * edit or delete it).
 */
final class AnnotationDetails {

    private final FactCheckViewModel model;
    private final I18n i18n;
    private final VBox box = new VBox(6);
    private final Label placeholder = new Label();
    private final VBox form = new VBox(6);
    private final Label anchor = new Label();
    private final Label quote = new Label();
    private final TextField speaker = new TextField();
    private final ToggleGroup verdicts = new ToggleGroup();
    private final FlowPane chips = new FlowPane(4, 4);
    private final javafx.animation.PauseTransition autosave =
            new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
    private final TextArea note = new TextArea();
    private final TextArea evidence = new TextArea();
    private final CheckBox resolved = new CheckBox();
    private final VBox thread = new VBox(4);
    private final Tab checkTab = new Tab();
    private final Tab commentsTab = new Tab();
    private final TextArea newComment = new TextArea();
    private final Label replying = new Label();
    private AnnotationComment replyTo;
    private AnnotationComment editing;
    private boolean showing;

    AnnotationDetails(FactCheckViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        build();
    }

    Node node() {
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("fcDetailsScroll");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void build() {
        box.setId("fcDetails");
        box.getStyleClass().add("fc-details");
        placeholder.setText(i18n.get("fc.none"));
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setWrapText(true);
        anchor.setId("fcAnchor");
        anchor.setWrapText(true);
        quote.setId("fcQuote");
        quote.setWrapText(true);
        quote.getStyleClass().add("fc-quote");
        // three lines at most: the whole quotation is in the editor, highlighted
        quote.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        quote.setMinHeight(0);
        quote.setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        quote.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        speaker.setId("fcSpeaker");
        speaker.setPromptText(i18n.get("fc.speaker"));
        for (Verdict v : Verdict.values()) {
            ToggleButton chip = new ToggleButton(i18n.get("fc.verdict." + v.id()));
            chip.setId("verdict-" + v.id());
            chip.setUserData(v);
            chip.setToggleGroup(verdicts);
            chip.getStyleClass().addAll("verdict-chip", "verdict-" + v.id());
            chips.getChildren().add(chip);
        }
        verdicts.selectedToggleProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                model.setVerdict((Verdict) now.getUserData());
            } else if (!showing && was != null) {
                verdicts.selectToggle(was); // a verdict is always set: clicking the chosen one keeps it
            }
        });
        note.setId("fcNote");
        note.setPromptText(i18n.get("fc.note"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        evidence.setId("fcEvidence");
        evidence.setPromptText(i18n.get("fc.evidence"));
        evidence.setPrefRowCount(2);
        Button save = new Button(i18n.get("fc.save"));
        save.setId("fcSave");
        save.setDefaultButton(false);
        save.setOnAction(e -> {
            autosave.stop();
            model.saveDetails(speaker.getText(), note.getText(), evidenceLines());
        });
        // typed details are a draft from the first key, saved after a pause or before anything else
        autosave.setOnFinished(e -> model.flushDetails());
        for (javafx.scene.control.TextInputControl field : List.of(speaker, note, evidence)) {
            field.textProperty().addListener((o, was, now) -> {
                if (!showing) {
                    model.editDetails(speaker.getText(), note.getText(), evidenceLines());
                    autosave.playFromStart();
                }
            });
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    autosave.stop();
                    model.flushDetails();
                }
            });
        }
        resolved.setText(i18n.get("fc.resolved"));
        resolved.setId("fcResolved");
        resolved.selectedProperty().addListener((o, was, now) -> {
            if (!showing) {
                model.setResolved(now);
            }
        });
        Button delete = new Button(i18n.get("fc.delete"));
        delete.setId("fcDelete");
        delete.setOnAction(e -> confirmDelete());
        thread.setId("fcThread");
        newComment.setId("fcComment");
        newComment.setPromptText(i18n.get("fc.commentPrompt"));
        newComment.setPrefRowCount(2);
        newComment.setWrapText(true);
        newComment.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                model.comments().setDraft(now);
            }
        });
        Button post = new Button(i18n.get("fc.post"));
        post.setId("fcPost");
        post.setOnAction(e -> post());
        replying.setId("fcReplying");
        replying.managedProperty().bind(replying.visibleProperty());
        replying.setVisible(false);
        Label speakerLabel = new Label(i18n.get("fc.speaker"));
        HBox speakerRow = new HBox(6, speakerLabel, speaker);
        speakerRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox.setHgrow(speaker, javafx.scene.layout.Priority.ALWAYS);
        HBox actions = new HBox(8, save, resolved, delete);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox check = new VBox(6, chips, actions, speakerRow, note, evidence);
        // the composer above the thread, so it stays in view however long the thread grows
        VBox comments = new VBox(6, replying, newComment, post, thread);
        checkTab.setText(i18n.get("fc.tab.check"));
        checkTab.setId("fcCheckTab");
        checkTab.setContent(check);
        commentsTab.setId("fcCommentsTab");
        commentsTab.setText(i18n.format("fc.tab.comments", 0));
        commentsTab.setContent(comments);
        TabPane tabs = new TabPane(checkTab, commentsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("fcDetailTabs");
        form.getChildren().addAll(anchor, quote, tabs);
        form.managedProperty().bind(form.visibleProperty());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        box.getChildren().add(placeholder); // the form joins the first time an item is chosen
        model.selectedProperty().addListener((o, was, now) -> show(now));
        model.comments().list().addListener((ListChangeListener<AnnotationComment>) c -> showThread());
        show(null);
    }

    private List<String> evidenceLines() {
        return Arrays.asList(evidence.getText().split("\\R"));
    }

    /** Sets a field only when its text differs, so a save while typing does not move the caret. */
    private static void setIfDifferent(javafx.scene.control.TextInputControl field, String value) {
        String v = value == null ? "" : value;
        if (!v.equals(field.getText())) {
            field.setText(v);
        }
    }

    private void show(Annotation x) {
        showing = true;
        try {
            placeholder.setVisible(x == null);
            form.setVisible(x != null);
            if (x != null && form.getParent() == null) {
                // not styled and laid out while the window opens with nothing chosen (issue 18, start-up)
                box.getChildren().add(form);
            }
            replyTo = null;
            editing = null;
            replying.setVisible(false);
            if (x == null) {
                return;
            }
            anchor.setText(i18n.get("fc.kind." + x.kind().id()) + " · " + switch (x.anchor()) {
                case ANCHORED -> i18n.get("fc.anchor.ANCHORED");
                case CHANGED -> i18n.format("fc.anchor.CHANGED", x.firstQuote() == null ? "" : AnnotationPanel.excerpt(x.firstQuote(), 80));
                case ORPHANED -> i18n.get("fc.anchor.ORPHANED");
            });
            anchor.getStyleClass().removeAll("fc-warning");
            if (x.anchor() != Annotation.Anchor.ANCHORED) {
                anchor.getStyleClass().add("fc-warning");
            }
            quote.setText("「" + AnnotationPanel.excerpt(x.target().exact(), 90) + "」");
            quote.setTooltip(new javafx.scene.control.Tooltip(x.target().exact()));
            speaker.setDisable(x.kind() != AnnotationKind.QUOTE);
            chips.setDisable(x.kind() == AnnotationKind.COMMENT);
            verdicts.getToggles().stream().filter(t -> t.getUserData() == x.verdict()).findFirst()
                    .ifPresent(verdicts::selectToggle);
            if (!model.hasDraft()) {
                setIfDifferent(speaker, x.speaker());
                setIfDifferent(note, x.note());
                setIfDifferent(evidence, String.join("\n", x.evidence()));
            }
            resolved.setSelected(x.resolved());
            setIfDifferent(newComment, model.comments().draft()); // a comment being written stays with its annotation
        } finally {
            showing = false;
        }
    }

    private void showThread() {
        thread.getChildren().clear();
        List<AnnotationComment> comments = List.copyOf(model.comments().list());
        commentsTab.setText(i18n.format("fc.tab.comments", comments.stream().filter(c -> !c.deleted()).count()));
        for (AnnotationComment c : comments) {
            if (c.parentId() == null) {
                addComment(c, comments, 0);
            }
        }
    }

    private void addComment(AnnotationComment c, List<AnnotationComment> all, int depth) {
        VBox one = new VBox(2);
        one.getStyleClass().add("fc-comment");
        one.setStyle("-fx-padding: 0 0 0 " + (depth * 14) + ";");
        Label head = new Label(c.author() + " · " + c.created().toString().substring(0, 16).replace('T', ' ')
                + (c.edited() != null ? " · " + i18n.get("fc.edited") : ""));
        head.getStyleClass().add("fc-comment-head");
        Label body = new Label(c.deleted() ? i18n.get("fc.deletedComment") : c.body());
        body.setWrapText(true);
        body.getStyleClass().add("fc-comment-body");
        HBox actions = new HBox(6);
        if (!c.deleted()) {
            Hyperlink reply = new Hyperlink(i18n.get("fc.reply"));
            reply.getStyleClass().add("fc-reply");
            reply.setOnAction(e -> startReply(c));
            actions.getChildren().add(reply);
        }
        if (model.comments().mine(c)) {
            Hyperlink edit = new Hyperlink(i18n.get("fc.edit"));
            edit.getStyleClass().add("fc-edit");
            edit.setOnAction(e -> startEdit(c));
            Hyperlink delete = new Hyperlink(i18n.get("fc.deleteComment"));
            delete.getStyleClass().add("fc-delete-comment");
            delete.setOnAction(e -> model.comments().delete(c));
            actions.getChildren().addAll(edit, delete);
        }
        one.getChildren().addAll(head, body, actions);
        thread.getChildren().add(one);
        all.stream().filter(r -> c.id() == (r.parentId() == null ? -1 : r.parentId()))
                .forEach(r -> addComment(r, all, depth + 1));
    }

    private void startReply(AnnotationComment c) {
        replyTo = c;
        editing = null;
        replying.setText(i18n.format("fc.replyingTo", c.author()));
        replying.setVisible(true);
        newComment.requestFocus();
    }

    private void startEdit(AnnotationComment c) {
        editing = c;
        replyTo = null;
        replying.setText(i18n.get("fc.editing"));
        replying.setVisible(true);
        newComment.setText(c.body());
        newComment.requestFocus();
    }

    private void post() {
        String text = newComment.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        if (editing != null) {
            model.comments().edit(editing, text);
        } else {
            model.comments().comment(text, replyTo);
        }
        newComment.clear();
        replyTo = null;
        editing = null;
        replying.setVisible(false);
    }

    private void confirmDelete() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("fc.deleteConfirm"), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(box.getScene().getWindow());
        alert.setHeaderText(null);
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.deleteSelected());
    }
}
