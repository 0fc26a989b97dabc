package app.galley.ui.editor;

import app.galley.model.AttachmentInfo;
import app.galley.ui.app.Formats;
import app.galley.ui.app.I18n;
import app.galley.ui.library.LibraryViewModel;
import java.io.ByteArrayInputStream;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The files kept with the selected article, as thumbnails with their captions under the text.
 * Double-click (or the context menu) saves one to a file. Hidden when the article has none.
 */
public final class AttachmentStrip {

    static final double THUMB_HEIGHT = 96;

    private final LibraryViewModel model;
    private final I18n i18n;
    private final HBox tiles = new HBox(10);
    private final TitledPane pane;
    private long shownArticle = -1;

    AttachmentStrip(LibraryViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        tiles.getStyleClass().add("attachment-tiles");
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToHeight(true);
        scroll.setPrefViewportHeight(THUMB_HEIGHT + 44);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane = new TitledPane("", scroll);
        pane.setId("attachments");
        pane.getStyleClass().add("attachments");
        pane.setAnimated(false);
        pane.managedProperty().bind(pane.visibleProperty());
        pane.setVisible(false);
    }

    Node node() {
        return pane;
    }

    /** Shows an article's attachments, read with it (none: the strip hides). */
    public void show(long articleId, List<AttachmentInfo> files) {
        shownArticle = articleId;
        tiles.getChildren().clear();
        pane.setVisible(!files.isEmpty());
        pane.setText(i18n.format("detail.attachments", files.size()));
        for (AttachmentInfo file : files) {
            tiles.getChildren().add(tile(file));
        }
    }

    private Node tile(AttachmentInfo file) {
        boolean web = file.isRemote();
        StackPane picture = new StackPane(new FontIcon(web ? "mdi2w-web" : "mdi2f-file-image-outline"));
        picture.setMinSize(THUMB_HEIGHT, THUMB_HEIGHT);
        picture.getStyleClass().add("attachment-picture");
        if (file.isImage() && !web) {
            model.attachmentFiles().load(file.id(), bytes -> {
                if (shownArticle != file.articleId() || bytes.length == 0) {
                    return; // another article was selected meanwhile
                }
                Image image = new Image(new ByteArrayInputStream(bytes), 0, THUMB_HEIGHT, true, true);
                if (!image.isError()) { // SVG, WebP, AVIF: JavaFX cannot draw them, the icon stays
                    ImageView view = new ImageView(image);
                    view.getStyleClass().add("attachment-image");
                    picture.getChildren().setAll(view);
                }
            });
        }
        Label caption = new Label(file.caption() != null ? file.caption() : file.name());
        caption.getStyleClass().add("attachment-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(180);
        VBox tile = new VBox(4, picture, caption);
        tile.setAlignment(Pos.TOP_CENTER);
        tile.setId("attachment-" + file.position());
        tile.getStyleClass().add("attachment-tile");
        Tooltip.install(tile, new Tooltip(web ? i18n.format("detail.attachment.web", file.reference())
                : i18n.format("detail.attachment.tooltip", file.name(), file.mediaType(), Formats.bytes(file.size()))));
        if (web) {
            return tile; // nothing kept to save: the image stays on the web
        }
        MenuItem save = new MenuItem(i18n.get("detail.attachment.save"));
        save.setOnAction(e -> save(file, tile));
        ContextMenu menu = new ContextMenu(save);
        tile.setOnContextMenuRequested(e -> menu.show(tile, e.getScreenX(), e.getScreenY()));
        tile.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                save(file, tile);
            }
        });
        return tile;
    }

    private void save(AttachmentInfo file, Node owner) {
        javafx.stage.Window window = owner.getScene().getWindow();
        model.dialogs().chooseSaveFile(window, i18n.get("detail.attachment.save"), file.name(), List.of())
                .ifPresent(target -> model.attachmentFiles().saveLater(file.id(), target, problem ->
                        model.dialogs().showError(window, i18n.format("detail.attachment.saveFailed", target, problem))));
    }
}
