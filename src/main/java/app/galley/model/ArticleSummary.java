package app.galley.model;

import java.time.Instant;

/**
 * One row of the library list: what the article table and {@code galley list} show.
 *
 * @param assignees who the article is assigned to, in the order of their roles, or null (issue 23)
 */
public record ArticleSummary(
        long id,
        String title,
        String source,
        String language,
        ArticleStatus status,
        TextLength length,
        Instant created,
        Instant updated,
        String assignees) {

    /** A summary without its assignees (not read, or none). */
    public ArticleSummary(long id, String title, String source, String language, ArticleStatus status, TextLength length,
                          Instant created, Instant updated) {
        this(id, title, source, language, status, length, created, updated, null);
    }

    /** The summary of an article as it is now (no store read needed after a save); its assignees not read. */
    public static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id(), a.title(), a.source(), a.language(), a.status(), a.length(), a.created(),
                a.updated());
    }

    /** The same summary with these assignees ("周敏, Ruth Delgado"; null: none). */
    public ArticleSummary withAssignees(String names) {
        return new ArticleSummary(id, title, source, language, status, length, created, updated, names);
    }
}
