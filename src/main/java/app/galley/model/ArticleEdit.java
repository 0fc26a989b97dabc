package app.galley.model;

import java.util.List;
import java.util.Objects;

/**
 * A new state of an article's editable fields, saved as one revision.
 *
 * @param originalTitle the headline the story first ran under, or null
 * @param otherSources  other outlets the copy names besides its source
 * @param language a BCP 47 tag, or null
 */
public record ArticleEdit(String title, String subtitle, String byline, String dateline, String source,
                          String originalTitle, List<String> otherSources, String language, String body) {

    public ArticleEdit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        otherSources = otherSources == null ? List.of() : List.copyOf(otherSources);
    }

    /** The article's current fields. */
    public static ArticleEdit of(Article a) {
        return new ArticleEdit(a.title(), a.subtitle(), a.byline(), a.dateline(), a.source(), a.originalTitle(),
                a.otherSources(), a.language(), a.body());
    }

    public ArticleEdit withBody(String newBody) {
        return new ArticleEdit(title, subtitle, byline, dateline, source, originalTitle, otherSources, language, newBody);
    }

    /** Outlet names typed with ; (or the full-width ；) between them, blanks and repeats left out. */
    public static List<String> sourceList(String typed) {
        return typed == null ? List.of()
                : java.util.Arrays.stream(typed.split("[;；]")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                        .toList();
    }

    public ArticleEdit withLanguage(String newLanguage) {
        return new ArticleEdit(title, subtitle, byline, dateline, source, originalTitle, otherSources, newLanguage, body);
    }

    public ArticleEdit withSource(String newSource) {
        return new ArticleEdit(title, subtitle, byline, dateline, newSource, originalTitle, otherSources, language, body);
    }

    public ArticleEdit withTitle(String newTitle) {
        return new ArticleEdit(newTitle, subtitle, byline, dateline, source, originalTitle, otherSources, language, body);
    }

    /**
     * This edit, made on {@code base}, carried over to {@code newer}: each field this edit changed from
     * {@code base} takes this edit's value, every other field keeps {@code newer}'s (a three-way merge,
     * field by field).
     */
    public ArticleEdit onto(ArticleEdit base, ArticleEdit newer) {
        return new ArticleEdit(pick(title, base.title, newer.title), pick(subtitle, base.subtitle, newer.subtitle),
                pick(byline, base.byline, newer.byline), pick(dateline, base.dateline, newer.dateline),
                pick(source, base.source, newer.source), pick(originalTitle, base.originalTitle, newer.originalTitle),
                pick(otherSources, base.otherSources, newer.otherSources), pick(language, base.language, newer.language),
                pick(body, base.body, newer.body));
    }

    private static <T> T pick(T mine, T base, T newer) {
        return Objects.equals(mine, base) ? newer : mine;
    }
}
