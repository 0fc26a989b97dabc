package app.galley.model;

import java.util.Objects;

/**
 * A span of an article's body as the W3C Web Annotation model describes it: a TextQuoteSelector
 * (the exact text with a little context either side) and a TextPositionSelector (character offsets,
 * end exclusive). The quote finds the text again after edits; the position says which occurrence.
 */
public record TextTarget(String exact, String prefix, String suffix, int start, int end) {

    /** Characters of context kept either side of the quote. */
    public static final int CONTEXT = 32;

    public TextTarget {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The target of {@code text[start, end)}, with its context. */
    public static TextTarget of(String text, int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IllegalArgumentException("span " + start + ".." + end + " outside a text of " + text.length());
        }
        return new TextTarget(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start, end);
    }

    /** True if the text still holds the quote at the position. */
    public boolean holdsIn(String text) {
        return end <= text.length() && text.startsWith(exact, start) && end - start == exact.length();
    }
}
