package app.galley.ui.library;

import app.galley.model.Article;
import app.galley.store.SimilarityRepository.Relation;
import app.galley.ui.app.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * A suspected repost beside the article it looks like, with the editor's three answers: the same
 * story (link them), keep both, or not duplicates (never asked again).
 */
final class RepostDialog extends Dialog<Relation> {

    RepostDialog(Window owner, I18n i18n, Article article, Article other, double similarity) {
        initOwner(owner);
        setTitle(i18n.get("repost.title"));
        setHeaderText(i18n.format("repost.header", article.id(), other.id(), Math.round(similarity * 100)));
        setResizable(true);
        getDialogPane().setId("repostDialog");
        ButtonType same = new ButtonType(i18n.get("repost.same"), ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType(i18n.get("repost.keep"), ButtonBar.ButtonData.OTHER);
        ButtonType not = new ButtonType(i18n.get("repost.not"), ButtonBar.ButtonData.NO);
        getDialogPane().getButtonTypes().addAll(same, keep, not, ButtonType.CANCEL);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.add(heading("#" + other.id() + "  " + other.title()), 0, 0);
        grid.add(heading("#" + article.id() + "  " + article.title()), 1, 0);
        grid.add(text(other.body(), "repostLeft"), 0, 1);
        grid.add(text(article.body(), "repostRight"), 1, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefSize(980, 620);

        setResultConverter(button -> button == same ? Relation.SAME_STORY
                : button == keep ? Relation.KEEP_BOTH
                : button == not ? Relation.NOT_DUPLICATE : null);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("article-title");
        l.setWrapText(true);
        l.setMaxWidth(460);
        return l;
    }

    private static TextArea text(String body, String id) {
        TextArea area = new TextArea(body);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        GridPane.setHgrow(area, Priority.ALWAYS);
        GridPane.setVgrow(area, Priority.ALWAYS);
        return area;
    }
}
