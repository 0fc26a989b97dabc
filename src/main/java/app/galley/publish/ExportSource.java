package app.galley.publish;

import app.galley.model.Article;
import app.galley.model.Attachment;
import app.galley.model.AttachmentInfo;
import app.galley.store.AnnotationRepository;
import app.galley.store.ArticleRepository;
import app.galley.store.AttachmentRepository;
import app.galley.store.Library;
import app.galley.store.TagRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What the exports, the preview and the outbox read of an article: its fields, tags, images,
 * annotations and comments, from the repositories that keep them (never the whole library).
 */
public record ExportSource(ArticleRepository articles, TagRepository tags, AttachmentRepository attachments,
                           AnnotationRepository annotations, app.galley.store.SignOffRepository signOffs,
                           app.galley.store.EmbargoRepository embargoes) {

    /** The repositories of {@code library}. */
    public static ExportSource of(Library library) {
        return new ExportSource(library.articles(), library.tags(), library.attachments(), library.annotations(),
                library.signOffs(), library.embargoes());
    }

    /**
     * Reads an article's export.
     *
     * @throws NoSuchElementException if there is no such article
     */
    public Exportable load(long id) {
        Article a = articles.find(id).orElseThrow(() -> new NoSuchElementException("no article #" + id));
        return new Exportable(a, tags.ofArticle(id), images(id), annotations.forArticle(id),
                annotations.commentsForArticle(id), Math.max(1, articles.revisionCount(id)));
    }

    /** An article's images with their bytes (none for a web image, kept as its address). */
    List<Attachment> images(long id) {
        List<Attachment> images = new ArrayList<>();
        for (AttachmentInfo info : attachments.of(id)) {
            if (info.isImage()) {
                images.add(new Attachment(info.name(), info.mediaType(),
                        attachments.content(info.id()).orElse(new byte[0]), info.caption(), info.reference()));
            }
        }
        return images;
    }
}
