package app.galley.ingest.extract;

import app.galley.text.DateParser;
import java.time.Instant;
import java.util.List;

/**
 * The publication date written on a page, looked for where pages write it: just above the article
 * (under the headline, in the post's header), then in the article's own first lines, then anywhere. A
 * date in a sidebar or a comment elsewhere on the page is found only when nothing nearer gives one.
 */
final class VisibleDates {

    /** How far above the article's first line a post's header may stand, in characters. */
    private static final int ABOVE = 800;
    private static final int FIRST_LINES = 300;

    private VisibleDates() {
    }

    static Instant near(String pageText, List<Block> blocks) {
        int start = blocks.isEmpty() ? -1 : startOf(pageText, blocks.get(0).text());
        if (start >= 0) {
            // a stamped date (with its time) anywhere in the stretch above wins over a written one
            Instant above = DateParser.parseVisible(pageText.substring(Math.max(0, start - ABOVE), start));
            if (above != null) {
                return above;
            }
            Instant early = DateParser.parseVisible(pageText.substring(start, Math.min(pageText.length(), start + FIRST_LINES)));
            if (early != null) {
                return early;
            }
        }
        return DateParser.parseVisible(pageText);
    }

    /** Where the article's first block begins in the page's text, or -1. */
    private static int startOf(String pageText, String first) {
        String probe = probe(first);
        return probe == null ? -1 : pageText.indexOf(probe);
    }

    /** The start of a block as the page's text writes it (white space folded), or null when too short to find. */
    static String probe(String block) {
        String probe = TextStats.normalise(block);
        return probe.length() < 4 ? null : probe.substring(0, Math.min(16, probe.length()));
    }
}
