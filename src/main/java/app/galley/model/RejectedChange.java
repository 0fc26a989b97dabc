package app.galley.model;

import java.util.Objects;

/**
 * A cleaning change the editor rejected in an article, kept so that it stays rejected: applying the
 * rest, reopening the article or restarting never proposes it again (issue 18). It is recognised as
 * an annotation is anchored, by its {@link TextTarget} quote (the words it would replace with the text
 * before and after them), with the rule and what it would put there.
 */
public record RejectedChange(String rule, String from, String replacement, String prefix, String suffix) {

    public RejectedChange {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
    }

    /** The rejection of the change of {@code text[start, end)} to {@code replacement} by {@code rule}. */
    public static RejectedChange of(String text, int start, int end, String replacement, String rule) {
        TextTarget quote = TextTarget.of(text, start, end);
        return new RejectedChange(rule, quote.exact(), replacement, quote.prefix(), quote.suffix());
    }

    /**
     * True if the change of {@code text[start, end)} is this one: the same rule, words and
     * replacement, and the same text on at least one side (the other side may have been cleaned since).
     */
    public boolean matches(String text, int start, int end, String replacement, String rule) {
        if (!this.rule.equals(rule) || !this.replacement.equals(replacement) || end - start != from.length()
                || !text.startsWith(from, start)) {
            return false;
        }
        RejectedChange here = of(text, start, end, replacement, rule);
        return here.prefix.equals(prefix) || here.suffix.equals(suffix);
    }
}
