package app.galley.ui.search;

import app.galley.model.ArticleSummary;
import app.galley.ui.app.I18n;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The search field in the toolbar, and the article table's title cells showing each hit's snippet
 * with the words found highlighted.
 */
public final class SearchBox {

    private final SearchViewModel model;
    private final I18n i18n;

    public SearchBox(SearchViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    public Node node() {
        TextField field = new TextField();
        field.setId("searchField");
        field.setPromptText(i18n.get("search.prompt"));
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setOnAction(e -> model.run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.clear();
            }
        });
        Tooltip help = new Tooltip(i18n.get("search.help"));
        field.setTooltip(help);
        Label status = new Label();
        status.setId("searchStatus");
        status.getStyleClass().add("search-status");
        status.textProperty().bind(model.statusProperty());
        model.errorProperty().addListener((o, was, now) -> {
            field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty());
            status.setTooltip(now.isEmpty() ? null : new Tooltip(now));
        });
        HBox box = new HBox(6, field, status);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** Title cells: the title, and under it the hit's snippet while a search is on. */
    public void install(TableColumn<ArticleSummary, String> title) {
        title.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ArticleSummary row = getTableRow() == null ? null : getTableRow().getItem();
                String snippet = row == null ? null : model.snippetsProperty().get().get(row.id());
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setPrefHeight(USE_COMPUTED_SIZE);
                } else if (snippet == null) {
                    setText(item);
                    setGraphic(null);
                    setPrefHeight(USE_COMPUTED_SIZE);
                } else {
                    setText(null);
                    Label t = new Label(item);
                    t.getStyleClass().add("search-title");
                    TextFlow flow = snippetFlow(snippet);
                    // two or three lines of the passage: the row stays a row
                    double width = Math.max(120, getTableColumn().getWidth() - 14);
                    flow.setPrefWidth(width);
                    flow.setMaxWidth(width);
                    flow.setMaxHeight(52);
                    flow.setMinHeight(0);
                    javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle(width, 52);
                    flow.setClip(clip);
                    VBox box = new VBox(2, t, flow);
                    box.setMaxHeight(74);
                    box.setPrefHeight(74);
                    setGraphic(box);
                    setPrefHeight(78);
                }
            }
        });
        model.snippetsProperty().addListener((o, was, now) -> title.getTableView().refresh());
        title.widthProperty().addListener((o, was, now) -> title.getTableView().refresh());
    }

    /** A snippet as text with the words between [[ ]] highlighted. */
    static TextFlow snippetFlow(String snippet) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("search-snippet");
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf("[[", at);
            int close = open < 0 ? -1 : snippet.indexOf("]]", open);
            if (open < 0 || close < 0) {
                flow.getChildren().add(new Text(snippet.substring(at)));
                break;
            }
            if (open > at) {
                flow.getChildren().add(new Text(snippet.substring(at, open)));
            }
            Text hit = new Text(snippet.substring(open + 2, close));
            hit.getStyleClass().add("search-hit");
            flow.getChildren().add(hit);
            at = close + 2;
        }
        return flow;
    }

    static Map<Long, String> none() {
        return Map.of();
    }
}
