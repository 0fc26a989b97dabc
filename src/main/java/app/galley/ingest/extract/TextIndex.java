package app.galley.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text weight and link weight of every element of a tree, computed in one pass (sums flow up from
 * the text nodes), so that scoring a page costs time linear in its size rather than quadratic.
 */
final class TextIndex {

    private final Map<Element, int[]> totals = new IdentityHashMap<>();

    TextIndex(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            private int insideLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    totals.put(e, new int[3]);
                    if (TextStats.isLink(e)) {
                        insideLink++;
                    }
                } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    String whole = t.getWholeText();
                    int w = TextStats.weight(whole);
                    int[] sums = totals.get(parent);
                    if (sums != null) {
                        sums[0] += w;
                        sums[2] += TextStats.commas(whole);
                        if (insideLink > 0) {
                            sums[1] += w;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (TextStats.isLink(e)) {
                        insideLink--;
                    }
                    int[] mine = totals.get(e);
                    int[] up = e.parent() == null ? null : totals.get(e.parent());
                    if (up != null && mine != null && e != root) {
                        up[0] += mine[0];
                        up[1] += mine[1];
                        up[2] += mine[2];
                    }
                }
            }
        }, root);
    }

    /** Weighted length of the element's text (see {@link TextStats#weight}). */
    int weight(Element e) {
        int[] t = totals.get(e);
        return t == null ? TextStats.weight(e.text()) : t[0];
    }

    /** Commas (and their CJK forms) in the element's text. */
    int commas(Element e) {
        int[] t = totals.get(e);
        return t == null ? TextStats.commas(e.text()) : t[2];
    }

    /** Share of the element's text inside links to elsewhere (0 to 1). */
    double linkDensity(Element e) {
        int[] t = totals.get(e);
        if (t == null) {
            return TextStats.linkDensity(e);
        }
        return t[0] == 0 ? 0 : Math.min(1, (double) t[1] / t[0]);
    }
}
