package app.galley.ingest.extract;

import java.util.Locale;

/** The kinds of block an extracted article body is made of. */
public enum BlockType {
    PARAGRAPH, SUBHEAD, LIST, BLOCKQUOTE, CAPTION, PREFORMATTED;

    /** Lower-case key used in JSON output, e.g. {@code subhead}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
