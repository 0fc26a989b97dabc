package app.galley.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article in the library, as stored. Immutable: changes produce a new value via the {@code with}
 * methods and are saved through the store, which checks {@link #version()} for concurrent edits.
 *
 * @param id          library id, positive once stored
 * @param dateline    where and when it was filed, as the editor writes it, or {@code null}
 * @param source      the outlet that first published it (a repost credit's outlet, not the reposting site)
 * @param originalTitle the headline it first ran under, when a repost credit names one, or {@code null}
 * @param otherSources  other outlets the copy names (reposting sites, contributors), never {@code null}
 * @param published   when the source published it, or {@code null} if unknown
 * @param contentHash SHA-256 (hex) of the normalised text as imported, used to spot duplicates
 * @param version     optimistic-locking counter, incremented on every update
 */
public record Article(
        long id,
        String title,
        String subtitle,
        String byline,
        String dateline,
        String source,
        String originalTitle,
        List<String> otherSources,
        String sourceUrl,
        String language,
        Instant published,
        ArticleStatus status,
        String body,
        Instant created,
        Instant updated,
        int version,
        String contentHash) {

    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
        otherSources = otherSources == null ? List.of() : List.copyOf(otherSources);
    }

    public TextLength length() {
        return TextLength.of(body);
    }
}
