package app.galley.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article an importer has read but the library has not stored yet.
 *
 * @param source        the outlet that first published it
 * @param originalTitle the headline it first ran under, when a repost credit names one, or {@code null}
 * @param otherSources  the other outlets the copy names (the reposting site, contributors)
 * @param dateline      where (and when) it was filed, as the wire writes it, or {@code null}
 * @param tags          the subjects, people, organisations and places the copy was sent with
 */
public record ArticleDraft(
        String title,
        String subtitle,
        String byline,
        String source,
        String originalTitle,
        List<String> otherSources,
        String sourceUrl,
        String language,
        Instant published,
        String body,
        Original original,
        List<Attachment> attachments,
        String dateline,
        List<DraftTag> tags) {

    public ArticleDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(original, "original");
        otherSources = otherSources == null ? List.of() : List.copyOf(otherSources);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A draft without a dateline or tags. */
    public ArticleDraft(String title, String subtitle, String byline, String source, String originalTitle,
                        List<String> otherSources, String sourceUrl, String language, Instant published, String body,
                        Original original, List<Attachment> attachments) {
        this(title, subtitle, byline, source, originalTitle, otherSources, sourceUrl, language, published, body,
                original, attachments, null, List.of());
    }

    /** A draft without attachments, an original headline or other sources. */
    public ArticleDraft(String title, String subtitle, String byline, String source, String sourceUrl, String language,
                        Instant published, String body, Original original) {
        this(title, subtitle, byline, source, null, List.of(), sourceUrl, language, published, body, original, List.of());
    }

    /** The same draft with these attachments. */
    public ArticleDraft withAttachments(List<Attachment> files) {
        return new ArticleDraft(title, subtitle, byline, source, originalTitle, otherSources, sourceUrl, language,
                published, body, original, files, dateline, tags);
    }

    /** The same draft with the headline it first ran under and the other outlets it names. */
    public ArticleDraft withCredits(String firstHeadline, List<String> others) {
        return new ArticleDraft(title, subtitle, byline, source, firstHeadline, others, sourceUrl, language,
                published, body, original, attachments, dateline, tags);
    }

    /** The same draft with the address it was fetched from. */
    public ArticleDraft withSourceUrl(String url) {
        return new ArticleDraft(title, subtitle, byline, source, originalTitle, otherSources, url, language,
                published, body, original, attachments, dateline, tags);
    }

    /** The same draft headed as a message is: its headline, who sent it and when. */
    public ArticleDraft withHeader(String headline, String by, Instant when) {
        return new ArticleDraft(headline, subtitle, by, source, originalTitle, otherSources, sourceUrl, language,
                when, body, original, attachments, dateline, tags);
    }

    /** The same draft with where it was filed and the tags it was sent with. */
    public ArticleDraft withFiling(String where, List<DraftTag> sentTags) {
        return new ArticleDraft(title, subtitle, byline, source, originalTitle, otherSources, sourceUrl, language,
                published, body, original, attachments, where, sentTags);
    }
}
