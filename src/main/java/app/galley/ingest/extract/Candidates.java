package app.galley.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, in the manner of Mozilla's Readability: paragraphs
 * score their ancestors by length and commas; class names and link density adjust the scores.
 */
final class Candidates {

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "section", "li", "dd");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "div",
            "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "table", "ul");

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private TextIndex index;
    private final ClassSignals signals;

    Candidates(ClassSignals signals) {
        this.signals = signals;
    }

    /** Scores every candidate below {@code root}. */
    void score(Element root) {
        index = new TextIndex(root);
        for (Element e : root.getAllElements()) {
            if (!isParagraphLike(e)) {
                continue;
            }
            int weight = index.weight(e);
            if (weight < 25) {
                continue;
            }
            // discounted by the block's own links: a list of link titles is not prose, however long
            double score = (1 + index.commas(e) + Math.min(weight / 100, 3)) * (1 - index.linkDensity(e));
            if (score <= 0) {
                continue;
            }
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.tagName().equals("#root") || ancestor.tagName().equals("html")) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initial(ancestor) + score / divider, (a, b) -> a + score / divider);
            }
        }
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            entry.setValue(entry.getValue() * (1 - index.linkDensity(entry.getKey())));
        }
    }

    /** The text index of the scored tree. */
    TextIndex index() {
        return index;
    }

    double scoreOf(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    boolean isScored(Element e) {
        return scores.containsKey(e);
    }

    /**
     * The best-scored candidate with real text (at least {@code minWeight}, few links, some commas),
     * for a result that came out empty or tiny; null if there is none.
     */
    Element realText(int minWeight) {
        Element best = null;
        for (Element e : scores.keySet()) {
            int w = index.weight(e);
            if (w >= minWeight && index.linkDensity(e) < 0.3 && index.commas(e) >= 2
                    && (best == null || scoreOf(e) > scoreOf(best))) {
                best = e;
            }
        }
        return best;
    }

    /** The best candidate, moved up to a common ancestor where the article is split across blocks. */
    Element top(Element fallback) {
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort((a, b) -> Double.compare(scoreOf(b), scoreOf(a)));
        if (ranked.isEmpty()) {
            return fallback;
        }
        Element top = ranked.get(0);
        double topScore = scoreOf(top);
        // several strong candidates under one ancestor: the article is split (e.g. by ads)
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            if (scoreOf(ranked.get(i)) >= topScore * 0.75) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() >= 2) {
            for (Element parent = top.parent(); parent != null && !parent.tagName().equals("body");
                 parent = parent.parent()) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(parent, alt)) {
                        containing++;
                    }
                }
                if (containing >= 2) {
                    top = parent;
                    break;
                }
            }
        }
        // climb while the parent scores better: the article spans it
        double last = scoreOf(top);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && !parent.tagName().equals("body");
             parent = parent.parent()) {
            if (!isScored(parent)) {
                continue;
            }
            double ps = scoreOf(parent);
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = parent;
                break;
            }
            last = ps;
        }
        top = descend(top);
        // a lone child adds nothing: use its parent
        while (top.parent() != null && !top.parent().tagName().equals("body") && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * One level too high: a table row or wrapper holding the post and a link-heavy sidebar. While one
     * child carries most of the score and of the text and the rest of the text is mostly links, the
     * article is that child.
     */
    Element descend(Element top) {
        for (int depth = 0; depth < 3; depth++) {
            Element best = null;
            for (Element child : top.children()) {
                if (isScored(child) && (best == null || scoreOf(child) > scoreOf(best))) {
                    best = child;
                }
            }
            if (best == null) {
                return top;
            }
            int all = index.weight(top);
            int mine = index.weight(best);
            int rest = all - mine;
            double restLinks = rest <= 0 ? 0 : (index.linkDensity(top) * all - index.linkDensity(best) * mine) / rest;
            if (scoreOf(best) < scoreOf(top) * 0.6 || mine < all * 0.5 || rest > 0 && restLinks < 0.35) {
                return top;
            }
            top = best;
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph, or a div that holds only text and inline elements. */
    static boolean isParagraphLike(Element e) {
        String tag = e.tagName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("div") || tag.equals("span") && e.parent() != null && e.parent().tagName().equals("div")) {
            for (Element child : e.children()) {
                if (BLOCK_TAGS.contains(child.tagName())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Readability's starting score for an element by tag and class. */
    double initial(Element e) {
        double base = switch (e.tagName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + classWeight(e);
    }

    /** +25 for a content-like class or id, -25 for a boilerplate-like one. */
    double classWeight(Element e) {
        return weightOf(signals.of(e.className())) + weightOf(signals.of(e.id()));
    }

    private static double weightOf(int says) {
        double w = 0;
        if (ClassSignals.has(says, ClassSignals.NEGATIVE)) {
            w -= 25;
        }
        if (ClassSignals.has(says, ClassSignals.POSITIVE)) {
            w += 25;
        }
        return w;
    }
}
