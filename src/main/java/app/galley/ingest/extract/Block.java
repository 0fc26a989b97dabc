package app.galley.ingest.extract;

import java.util.Objects;

/**
 * One block of an article body.
 *
 * @param text plain text (list items on their own lines)
 * @param html sanitised HTML of the block (links kept, nothing executable)
 */
public record Block(BlockType type, String text, String html) {
    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
