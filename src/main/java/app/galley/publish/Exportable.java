package app.galley.publish;

import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.Article;
import app.galley.model.Attachment;
import app.galley.model.AttachmentInfo;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.store.Library;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Everything an export says about an article: the article as it stands, its tags, its images (with
 * their bytes, or their web address), its annotations and their comments, and its revision number.
 */
public record Exportable(Article article, List<Tag> tags, List<Attachment> images, List<Annotation> annotations,
                         List<AnnotationComment> comments, int revision) {

    public Exportable {
        tags = List.copyOf(tags);
        images = List.copyOf(images);
        annotations = List.copyOf(annotations);
        comments = List.copyOf(comments);
    }

    /**
     * Reads an article's export from the library.
     *
     * @throws NoSuchElementException if there is no such article
     */
    public static Exportable load(Library library, long id) {
        return ExportSource.of(library).load(id);
    }

    /** A field the exports write (null or blank ones are left out). */
    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** The tags of a kind, in the order they were given. */
    public List<Tag> tags(TagKind kind) {
        return tags.stream().filter(t -> t.kind() == kind).toList();
    }

    /** The article's IRI (an RFC 4151 tag URI: stable, needs no server). */
    public String uri() {
        return AnnotationExport.articleIri(article);
    }

    /** A short name for files and slugs: {@code galley-12} (the title may be Chinese or empty of Latin letters). */
    public String slug() {
        return "galley-" + article.id();
    }
}
