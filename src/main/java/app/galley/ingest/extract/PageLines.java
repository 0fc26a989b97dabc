package app.galley.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page's visible text as lines, one per block (a heading, a paragraph, a div of its own text), read
 * before pruning: the lines between the headline and the article, and just after it, where a page
 * puts the same metadata lines a text file carries around its headline ({@code 中央社記者王小明／台北報導},
 * {@code By Jane Doe | Reuters}, {@code 【中央社】} before the headline), so that the text's own readers
 * of those lines can read them.
 */
final class PageLines {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "aside", "nav", "main", "blockquote", "figure", "figcaption",
            "table", "tr", "td", "th", "dl", "dt", "dd", "br", "hr", "pre", "address", "time");
    private static final int MAX_ABOVE = 6;

    private final List<String> lines;

    private PageLines(List<String> lines) {
        this.lines = lines;
    }

    static PageLines of(Element body) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, line);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, line);
                }
            }
        }, body);
        flush(out, line);
        return new PageLines(out);
    }

    private static void flush(List<String> out, StringBuilder line) {
        String s = TextStats.normalise(line.toString()).strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        line.setLength(0);
    }

    /**
     * The lines from the headline (the last line before the article that is it, or starts with it)
     * down to the article's first line, headline included; without a headline line, the few lines
     * just above the article. Empty when the article's first line is not found.
     */
    List<String> lead(String title, String firstBlock) {
        int first = find(firstBlock);
        if (first < 0) {
            return List.of();
        }
        int from = Math.max(0, first - MAX_ABOVE);
        for (int i = first - 1; i >= from && title != null && !title.isBlank(); i--) {
            if (lines.get(i).equals(title) || lines.get(i).endsWith(title) && lines.get(i).length() <= title.length() + 12) {
                return List.copyOf(lines.subList(i, first));
            }
        }
        return List.copyOf(lines.subList(Math.max(0, first - 3), first));
    }

    /** The few lines after the article's last line (a credit, an address, a footer), or empty. */
    List<String> after(String lastBlock, int count) {
        int last = find(lastBlock);
        return last < 0 ? List.of() : List.copyOf(lines.subList(last + 1, Math.min(lines.size(), last + 1 + count)));
    }

    private int find(String block) {
        String b = TextStats.normalise(block).strip();
        if (b.isEmpty()) {
            return -1;
        }
        String head = b.substring(0, Math.min(20, b.length()));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(head) || lines.get(i).equals(b)) {
                return i;
            }
        }
        return -1;
    }
}
