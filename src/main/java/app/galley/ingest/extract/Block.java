package app.galley.ingest.extract;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One block of an article body: its kind, its plain text (list items on their own lines), and its
 * sanitised HTML (links kept, nothing executable). The HTML is produced when first asked for: most
 * uses (import, search, the benchmark) need only the text.
 */
public final class Block {

    private final BlockType type;
    private final String text;
    private Supplier<String> htmlSource;
    private String html;

    public Block(BlockType type, String text, String html) {
        this(type, text, () -> html);
        Objects.requireNonNull(html, "html");
    }

    Block(BlockType type, String text, Supplier<String> htmlSource) {
        this.type = Objects.requireNonNull(type, "type");
        this.text = Objects.requireNonNull(text, "text");
        this.htmlSource = Objects.requireNonNull(htmlSource, "htmlSource");
    }

    public BlockType type() {
        return type;
    }

    public String text() {
        return text;
    }

    /** Sanitised HTML of the block. */
    public synchronized String html() {
        if (html == null) {
            html = htmlSource.get();
            htmlSource = null;
        }
        return html;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Block b && b.type == type && b.text.equals(text) && b.html().equals(html());
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, text);
    }

    @Override
    public String toString() {
        return "Block[" + type.key() + ": " + text + "]";
    }
}
