package app.galley.search;

import app.galley.model.TagKind;

/**
 * A tag suggested for an article.
 *
 * @param qcode the Media Topic, for a subject; else null
 * @param why   in a few words: a person's role, how often a place is named, "keyword", "like tagged articles"
 */
public record TagSuggestion(TagKind kind, String name, String qcode, String why, double score) {
}
