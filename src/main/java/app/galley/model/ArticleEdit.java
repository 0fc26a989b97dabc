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

    /**
     * This edit, made on {@code base}, carried over to {@code newer}: each field this edit changed from
     * {@code base} takes this edit's value, every other field keeps {@code newer}'s (a three-way merge,
     * field by field).
     */
    public ArticleEdit onto(ArticleEdit base, ArticleEdit newer) {
        return new ArticleEdit(pick(title, base.title, newer.title), pick(subtitle, base.subtitle, newer.subtitle),
                pick(byline, base.byline, newer.byline), pick(dateline, base.dateline, newer.dateline),
                pick(source, base.source, newer.source), pick(language, base.language, newer.language),
                pick(body, base.body, newer.body));
    }

    private static String pick(String mine, String base, String newer) {
        return Objects.equals(mine, base) ? newer : mine;
    }
}
