package app.galley.search;

/**
 * One article a search found.
 *
 * @param snippet a passage of the text with the matched words marked {@code [[ ]]}, or the text's start
 */
public record SearchHit(long id, String title, float score, String snippet) {
}
