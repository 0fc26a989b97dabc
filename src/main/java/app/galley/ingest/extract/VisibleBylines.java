package app.galley.ingest.extract;

import java.util.List;

/**
 * The byline written on a page, looked for where pages write it: the article's own first and last
 * lines, then the text just above it (the post's header; the nearest first), then its sign-off ({@code （袁源）}), and only
 * then anywhere on the page, where a "記者" in a sidebar headline would otherwise win.
 */
final class VisibleBylines {

    private static final int ABOVE = 400;
    private static final int EDGE = 300;

    private VisibleBylines() {
    }

    static String near(String pageText, List<Block> blocks) {
        if (!blocks.isEmpty()) {
            String text = String.join("\n", blocks.stream().map(Block::text).toList());
            // the lead is found where it stands last: a teaser or summary repeating it comes before it
            int start = position(pageText, blocks.get(0).text());
            String head = text.substring(0, Math.min(EDGE, text.length()));
            String tail = text.substring(Math.max(0, text.length() - EDGE));
            String found = VisibleMetadata.byline(head + "\n" + tail);
            if (found != null) {
                return found;
            }
            // above the article, the nearest first: a growing stretch of the text just before it
            for (int above : new int[] {40, 80, 120, ABOVE}) {
                String window = start < 0 ? "" : pageText.substring(Math.max(0, start - above), start);
                found = VisibleMetadata.byline(window);
                if (found != null) {
                    return found;
                }
            }
            String last = blocks.get(blocks.size() - 1).text();
            found = VisibleMetadata.signed(last);
            if (found == null) { // signed on a line of its own after the article: （袁源）
                int end = position(pageText, last);
                if (end >= 0) {
                    end += TextStats.normalise(last).length();
                    found = VisibleMetadata.signedAfter(pageText.substring(Math.min(end, pageText.length()),
                            Math.min(pageText.length(), end + 40)));
                }
            }
            if (found != null) {
                return found;
            }
        }
        return VisibleMetadata.byline(pageText);
    }

    private static int position(String pageText, String block) {
        String probe = VisibleDates.probe(block);
        return probe == null ? -1 : pageText.lastIndexOf(probe);
    }
}
