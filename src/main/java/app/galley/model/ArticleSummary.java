package app.galley.model;

import java.time.Instant;

/** One row of the library list: what the article table and {@code galley list} show. */
public record ArticleSummary(
        long id,
        String title,
        String source,
        String language,
        ArticleStatus status,
        TextLength length,
        Instant created,
        Instant updated) {

    /** The summary of an article as it is now (no store read needed after a save). */
    public static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id(), a.title(), a.source(), a.language(), a.status(), a.length(), a.created(),
                a.updated());
    }
}
