package app.galley.ingest.extract;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the extractor found in a page: metadata and the article body as blocks.
 *
 * @param source the outlet the page credits with the story next to it or in a note under it, or null
 * @param sourceMark the outlet the page only marks as the source ({@code <meta name="source">}, an element of
 *        class {@code source}), or null: weaker than a credit in the text
 * @param url the page's canonical address ({@code og:url}, {@code link rel=canonical}), or null
 * @param images the images in the article's content, in document order (page furniture left out)
 */
public record Extraction(
        String title,
        String byline,
        Instant published,
        String site,
        String source,
        String sourceMark,
        String url,
        String language,
        List<Block> blocks,
        List<ImageRef> images) {

    public Extraction {
        blocks = List.copyOf(blocks);
        images = List.copyOf(images);
    }

    /**
     * The running text: blocks separated by blank lines, figure captions left out (they stay in
     * {@link #blocks()}, marked {@link BlockType#CAPTION}, but are not part of what the article says).
     */
    public String text() {
        return blocks.stream().filter(b -> b.type() != BlockType.CAPTION).map(Block::text)
                .collect(Collectors.joining("\n\n"));
    }

    /** The body as sanitised HTML. */
    public String html() {
        return blocks.stream().map(Block::html).collect(Collectors.joining("\n"));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }
}
