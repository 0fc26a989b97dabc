package app.galley.ingest;

import app.galley.model.ArticleDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * The longest value the library keeps in each field of an article (the columns' sizes). A longer
 * value read from an input is cut at a character boundary, ending in "…", and the import report says
 * so; it is never a failure. The original bytes are kept whole, so nothing is lost.
 */
public final class FieldLimits {

    public static final int TITLE = 2000;
    public static final int SUBTITLE = 2000;
    public static final int BYLINE = 1000;
    public static final int SOURCE = 1000;
    public static final int DATELINE = 500;
    public static final int URL = 4000;
    /** All other sources together, one per line. */
    public static final int OTHER_SOURCES = 4000;
    public static final int LANGUAGE = 35;
    /** The body column: the import limit's worth of characters. */
    public static final int BODY = 10 * 1024 * 1024;

    private FieldLimits() {
    }

    /** The draft with every field within its limit, and a note for each field that was cut. */
    public record Fitted(ArticleDraft draft, List<String> notes) {
    }

    public static Fitted fit(ArticleDraft d) {
        List<String> notes = new ArrayList<>();
        String title = cut(d.title(), TITLE, "headline", notes);
        String subtitle = cut(d.subtitle(), SUBTITLE, "subtitle", notes);
        String byline = cut(d.byline(), BYLINE, "byline", notes);
        String source = cut(d.source(), SOURCE, "source", notes);
        String originalTitle = cut(d.originalTitle(), TITLE, "original headline", notes);
        String dateline = cut(d.dateline(), DATELINE, "dateline", notes);
        List<String> others = new ArrayList<>();
        int room = OTHER_SOURCES;
        for (String other : d.otherSources()) {
            if (other.length() + 1 > room) {
                notes.add("only the first " + others.size() + " of " + d.otherSources().size()
                        + " other sources were kept (the limit is " + OTHER_SOURCES + " characters)");
                break;
            }
            others.add(other);
            room -= other.length() + 1;
        }
        String url = d.sourceUrl();
        if (url != null && url.length() > URL) {
            notes.add("the address was " + url.length() + " characters long: not kept (the limit is " + URL + ")");
            url = null; // a cut address would point somewhere else
        }
        String language = d.language();
        if (language != null && language.length() > LANGUAGE) {
            notes.add("the language \"" + language.substring(0, 20) + "…\" is not a language tag: not kept");
            language = null;
        }
        String body = cut(d.body(), BODY, "text", notes);
        if (notes.isEmpty()) {
            return new Fitted(d, List.of());
        }
        return new Fitted(new ArticleDraft(title, subtitle, byline, source, originalTitle, others, url, language,
                d.published(), body, d.original(), d.attachments()).withFiling(dateline, d.tags()),
                List.copyOf(notes));
    }

    private static String cut(String value, int limit, String field, List<String> notes) {
        if (value == null || value.length() <= limit) {
            return value;
        }
        int end = limit - 1;
        if (Character.isLowSurrogate(value.charAt(end)) && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        notes.add("the " + field + " was " + String.format("%,d", value.length()) + " characters long: cut to "
                + String.format("%,d", limit));
        return value.substring(0, end) + "…";
    }
}
