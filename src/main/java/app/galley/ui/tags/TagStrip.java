package app.galley.ui.tags;

import app.galley.analyze.TagService;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.search.TagSuggestion;
import app.galley.ui.app.I18n;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The article's tags as chips (× takes one off), a field that completes tags and Media Topics in any
 * language as the editor types, and the suggested tags, each added with one click.
 */
public final class TagStrip {

    private final TagViewModel model;
    private final I18n i18n;
    private final FlowPane chips = new FlowPane(4, 4);
    private final FlowPane suggested = new FlowPane(4, 4);
    private final TextField field = new TextField();
    private boolean switching;
    private final ContextMenu completion = new ContextMenu();

    public TagStrip(TagViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        build();
    }

    public Node node() {
        // suggestions are "+ name" buttons: their tooltips say what they are and why
        HBox suggestionsRow = new HBox(6, suggested);
        suggestionsRow.managedProperty().bind(suggestionsRow.visibleProperty());
        suggestionsRow.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.suggestions()));
        VBox box = new VBox(4, chips, suggestionsRow);
        box.setId("tagStrip");
        return box;
    }

    private void build() {
        chips.setId("tagChips");
        suggested.setId("tagSuggestions");
        field.setId("tagField");
        field.setPromptText(i18n.get("tags.add"));
        field.setPrefColumnCount(10);
        field.textProperty().addListener((o, was, now) -> {
            if (!switching) {
                model.setTagDraft(now);
                complete(now);
            }
        });
        // another article: its own half-typed tag, if any, without opening the completion
        model.articleProperty().addListener((o, was, now) -> {
            switching = true;
            try {
                completion.hide();
                field.setText(model.tagDraft());
            } finally {
                switching = false;
            }
        });
        field.setOnAction(e -> {
            if (answered != asked) {
                enterWhenAnswered = true; // Enter came before the completion: it takes the first offer then
            } else {
                takeFirst();
            }
        });
        model.tags().addListener((ListChangeListener<Tag>) c -> showChips());
        model.suggestions().addListener((ListChangeListener<TagSuggestion>) c -> showSuggestions());
        showChips();
    }

    private void showChips() {
        chips.getChildren().clear();
        for (Tag t : model.tags()) {
            Label name = new Label(t.name(model.language()));
            Button remove = new Button("×");
            remove.getStyleClass().addAll("flat", "tag-remove");
            remove.setOnAction(e -> model.remove(t));
            HBox chip = new HBox(2, name, remove);
            chip.getStyleClass().addAll("tag-chip", "tag-" + t.kind().id());
            chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Tooltip.install(chip, new Tooltip(i18n.get("tags.kind." + t.kind().id())
                    + (t.qcode() == null ? "" : " · " + t.qcode())));
            chips.getChildren().add(chip);
        }
        chips.getChildren().add(field);
    }

    private void showSuggestions() {
        suggested.getChildren().clear();
        for (TagSuggestion s : model.suggestions()) {
            Button b = new Button("+ " + s.name());
            b.getStyleClass().addAll("small", "tag-suggestion", "tag-" + s.kind().id());
            b.setTooltip(new Tooltip(i18n.get("tags.kind." + s.kind().id()) + " · " + s.why()));
            b.setOnAction(e -> model.accept(s));
            suggested.getChildren().add(b);
        }
    }

    /** Completions asked for and answered (the newest of each); Enter pressed while one was coming. */
    private long asked;
    private long answered;
    private boolean enterWhenAnswered;

    /**
     * Enter in the field: the first tag or topic offered, if the typed words found one. A new tag is
     * never made by Enter alone: it is an explicit choice in the list, which Enter then opens.
     */
    private void takeFirst() {
        if (!completion.getItems().isEmpty() && OFFERED.equals(completion.getItems().get(0).getUserData())) {
            completion.getItems().get(0).fire();
        } else if (!completion.getItems().isEmpty() && !completion.isShowing() && field.getScene() != null) {
            completion.show(field, Side.BOTTOM, 0, 0);
        }
    }

    /** Marks the completion's items that are existing tags or taxonomy topics (not "new tag"). */
    private static final String OFFERED = "offered";

    private void complete(String typed) {
        completion.getItems().clear();
        long mine = ++asked;
        if (typed == null || typed.isBlank()) {
            answered = mine;
            enterWhenAnswered = false;
            completion.hide();
            return;
        }
        model.complete(typed, found -> {
            if (mine == asked) {
                answered = mine;
                offer(typed, found);
                if (enterWhenAnswered) {
                    enterWhenAnswered = false;
                    takeFirst();
                }
            }
        });
    }

    private void offer(String typed, List<TagService.Candidate> found) {
        completion.getItems().clear();
        for (TagService.Candidate c : found) {
            String kind = c.tag() != null ? i18n.get("tags.kind." + c.tag().kind().id()) : i18n.get("tags.kind.subject");
            // a plain item, so the keyboard reaches it first: Enter in the open list takes the offered topic
            MenuItem item = new MenuItem(c.label() + "  ·  " + kind);
            item.setMnemonicParsing(false);
            item.setUserData(OFFERED);
            item.setOnAction(e -> {
                model.add(c);
                field.clear();
            });
            completion.getItems().add(item);
        }
        if (!found.isEmpty()) {
            completion.getItems().add(new SeparatorMenuItem());
        } else {
            // nothing of that name: the list says so first, and a new tag is chosen below, never by Enter alone
            MenuItem none = new MenuItem(i18n.format("tags.noMatch", typed.strip()));
            none.setMnemonicParsing(false);
            none.setDisable(true);
            completion.getItems().add(none);
        }
        for (TagKind k : List.of(TagKind.FREE, TagKind.PERSON, TagKind.ORGANISATION, TagKind.PLACE, TagKind.STORY)) {
            MenuItem item = new MenuItem(i18n.format("tags.new", typed.strip(), i18n.get("tags.kind." + k.id())));
            item.setOnAction(e -> {
                model.add(k, typed.strip());
                field.clear();
            });
            completion.getItems().add(item);
        }
        if (!completion.isShowing() && field.getScene() != null) {
            completion.show(field, Side.BOTTOM, 0, 0);
        }
    }
}
