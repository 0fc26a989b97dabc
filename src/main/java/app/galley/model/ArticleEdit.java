package app.galley.model;

import java.util.Objects;

/**
 * A new state of an article's editable fields, saved as one revision.
 *
 * @param language a BCP 47 tag, or null
 */
public record ArticleEdit(String title, String subtitle, String byline, String dateline, String source,
                          String language, String body) {

    public ArticleEdit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }

    /** The article's current fields. */
    public static ArticleEdit of(Article a) {
        return new ArticleEdit(a.title(), a.subtitle(), a.byline(), a.dateline(), a.source(), a.language(), a.body());
    }

    public ArticleEdit withBody(String newBody) {
        return new ArticleEdit(title, subtitle, byline, dateline, source, language, newBody);
    }

    public ArticleEdit withTitle(String newTitle) {
        return new ArticleEdit(newTitle, subtitle, byline, dateline, source, language, body);
    }
}
