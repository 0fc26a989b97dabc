package app.galley.ui.library;

import app.galley.model.Article;
import app.galley.model.OriginalInfo;
import app.galley.ui.app.I18n;
import app.galley.ui.editor.AttachmentStrip;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;

/**
 * The detail pane's lines about what is read with an article besides its fields: the document as
 * imported, a suspected repost (with the comparison it opens), the attachments. They say nothing
 * until the background read is in.
 */
public final class ArticleExtras {

    private final LibraryViewModel model;
    private final I18n i18n;
    private final Label originalLabel;
    private final Hyperlink repostLink;
    private final AttachmentStrip attachments;
    private Map.Entry<Long, Double> shownRepost;

    public ArticleExtras(LibraryViewModel model, I18n i18n, Label originalLabel, Hyperlink repostLink,
                  AttachmentStrip attachments) {
        this.model = model;
        this.i18n = i18n;
        this.originalLabel = originalLabel;
        this.repostLink = repostLink;
        this.attachments = attachments;
    }

    public void show(LibraryViewModel.Shown x) {
        Article a = model.currentProperty().get();
        if (x == null || a == null || x.articleId() != a.id()) {
            originalLabel.setText("—");
            shownRepost = null;
            repostLink.setVisible(false);
            repostLink.setManaged(false);
            attachments.show(a == null ? -1 : a.id(), List.of());
            return;
        }
        OriginalInfo original = x.original();
        // a binary original (a Word file, a zip entry) has no charset: only its type is said
        originalLabel.setText(original == null ? "—" : original.charset() == null
                ? i18n.format("detail.original.binary", original.location(), original.mediaType())
                : i18n.format("detail.original.value", original.location(), original.charset(), original.mediaType()));
        shownRepost = x.repostOf().orElse(null);
        repostLink.setVisible(shownRepost != null);
        repostLink.setManaged(shownRepost != null);
        x.repostOf().ifPresent(r -> repostLink.setText(x.sameStory()
                ? i18n.format("detail.sameStory", r.getKey())
                : i18n.format("detail.repost", r.getKey(), Math.round(r.getValue() * 100))));
        attachments.show(a.id(), x.attachments());
    }

    /** Opens the comparison with the earlier article (read in the background first). */
    public void compare() {
        Article a = model.currentProperty().get();
        Map.Entry<Long, Double> repost = shownRepost;
        if (a == null || repost == null) {
            return;
        }
        model.article(repost.getKey(), other -> {
            Article now = model.currentProperty().get();
            if (other == null || now == null || now.id() != a.id()) {
                return;
            }
            new RepostDialog(repostLink.getScene().getWindow(), i18n, a, other, repost.getValue())
                    .showAndWait()
                    .ifPresent(decision -> model.decideRepost(a.id(), other.id(), decision, repost.getValue()));
        });
    }
}
