package app.galley.ui;

import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import app.galley.model.OriginalInfo;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/** The selected article: its title, metadata, workflow status and text (read-only, paragraphs spaced). */
public final class DetailController {

    private final LibraryViewModel model;
    private final I18n i18n;
    private final Formats formats;
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final AttachmentStrip attachments;
    private boolean updating;

    @FXML private VBox content;
    @FXML private Label emptyLabel;
    @FXML private Label titleLabel;
    @FXML private Hyperlink repostLink;
    private java.util.Map.Entry<Long, Double> shownRepost;
    @FXML private ComboBox<ArticleStatus> statusCombo;
    @FXML private Label bylineLabel;
    @FXML private Label sourceLabel;
    @FXML private Label languageLabel;
    @FXML private Label publishedLabel;
    @FXML private Label lengthLabel;
    @FXML private Label originalLabel;
    @FXML private StackPane textHolder;

    DetailController(LibraryViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.formats = new Formats(i18n);
        this.attachments = new AttachmentStrip(model, i18n);
    }

    @FXML
    private void initialize() {
        text.setId("articleText");
        text.getStyleClass().add("article-text");
        text.setEditable(false);
        text.setWrapText(true);
        textHolder.getChildren().add(new VirtualizedScrollPane<>(text));
        content.getChildren().add(attachments.node());
        statusCombo.getItems().setAll(ArticleStatus.values());
        statusCombo.setCellFactory(v -> new StatusCell());
        statusCombo.setButtonCell(new StatusCell());
        statusCombo.valueProperty().addListener((o, was, now) -> {
            Article a = model.currentProperty().get();
            if (!updating && a != null && now != null && now != a.status()) {
                model.changeStatus(a.id(), now);
            }
        });
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        content.managedProperty().bind(content.visibleProperty());
        model.currentProperty().addListener((o, was, now) -> show(now));
        show(model.currentProperty().get());
    }

    private void show(Article a) {
        emptyLabel.setVisible(a == null);
        content.setVisible(a != null);
        updating = true;
        try {
            if (a == null) {
                text.clear();
                attachments.show(-1);
                return;
            }
            titleLabel.setText(a.title());
            showRepost(a);
            statusCombo.setValue(a.status());
            bylineLabel.setText(orDash(a.byline()));
            sourceLabel.setText(orDash(a.source() != null ? a.source() : a.sourceUrl()));
            languageLabel.setText(formats.language(a.language()));
            publishedLabel.setText(a.published() == null ? "—" : formats.instant(a.published()));
            lengthLabel.setText(formats.length(a.length()));
            OriginalInfo original = model.original(a.id());
            originalLabel.setText(original == null ? "—"
                    : i18n.format("detail.original.value", original.location(), original.charset(),
                    original.mediaType()));
            showText(a.body());
            attachments.show(a.id());
        } finally {
            updating = false;
        }
    }

    private void showRepost(Article a) {
        var repost = model.repostOf(a.id());
        shownRepost = repost.orElse(null);
        repostLink.setVisible(repost.isPresent());
        repostLink.setManaged(repost.isPresent());
        repost.ifPresent(r -> repostLink.setText(model.isSameStory(a.id(), r.getKey())
                ? i18n.format("detail.sameStory", r.getKey())
                : i18n.format("detail.repost", r.getKey(), Math.round(r.getValue() * 100))));
    }

    @FXML
    private void onCompareRepost() {
        Article a = model.currentProperty().get();
        if (a == null || shownRepost == null) {
            return;
        }
        Article other = model.article(shownRepost.getKey());
        if (other == null) {
            return;
        }
        new RepostDialog(repostLink.getScene().getWindow(), i18n, a, other, shownRepost.getValue())
                .showAndWait()
                .ifPresent(decision -> {
                    model.decideRepost(a.id(), other.id(), decision, shownRepost.getValue());
                    showRepost(a);
                });
    }

    /** One RichTextFX paragraph per paragraph of the article, spaced by the stylesheet. */
    private void showText(String body) {
        List<String> paragraphs = List.of(body.strip().split("\\n\\s*\\n|\\n"));
        text.replaceText(String.join("\n", paragraphs));
        for (int i = 0; i < text.getParagraphs().size(); i++) {
            text.setParagraphStyle(i, List.of("body-paragraph"));
        }
        text.moveTo(0);
        text.requestFollowCaret();
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
