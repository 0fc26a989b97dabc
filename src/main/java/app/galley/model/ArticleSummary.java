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
}
