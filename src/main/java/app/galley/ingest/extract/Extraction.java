package app.galley.ingest.extract;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** What the extractor found in a page: metadata and the article body as blocks. */
public record Extraction(
        String title,
        String byline,
        Instant published,
        String site,
        String language,
        List<Block> blocks) {

    public Extraction {
        blocks = List.copyOf(blocks);
    }

    /** The body as plain text, blocks separated by blank lines. */
    public String text() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }

    /** The body as sanitised HTML. */
    public String html() {
        return blocks.stream().map(Block::html).collect(Collectors.joining("\n"));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }
}
