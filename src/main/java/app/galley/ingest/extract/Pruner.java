package app.galley.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Removes what is never article text: scripts, hidden elements, navigation, share bars, comments. */
final class Pruner {

    /** Elements that never hold article text. */
    private static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "button", "input", "select", "textarea", "option", "link", "meta", "nav", "aside",
            "dialog");
    private static final Set<String> NON_CONTENT_ROLES = Set.of("navigation", "complementary", "banner",
            "contentinfo", "dialog");
    /** Blocks that hold a paragraph of an article when they hold only text (list items are teasers as often). */
    private static final Set<String> ARTICLE_BLOCKS = Set.of("p", "div", "td", "blockquote", "pre");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Pruner() {
    }

    /** Prunes {@code body}; {@code title} (may be null) is the page's headline as the metadata gives it. */
    static void prune(Element body, ClassSignals signals, String title) {
        List<Element> never = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (NEVER.contains(e.normalName()) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || NON_CONTENT_ROLES.contains(e.attr("role"))) {
                never.add(e);
            }
        }
        never.forEach(Element::remove);
        TextIndex index = new TextIndex(body);
        int bodyWeight = index.weight(body);
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String style = e.attr("style");
            if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
                doomed.add(e);
                continue;
            }
            String tag = e.tagName();
            // a form is pruned only when it holds no article text, and never when it holds most of the
            // page's (ASP.NET-era pages wrap the whole page in one)
            if (tag.equals("footer") || tag.equals("form") && !(wrapsThePage(e, index, bodyWeight)
                    || containsArticleText(e, index))) {
                doomed.add(e);
                continue;
            }
            String match = e.className() + " " + e.id();
            if (match.isBlank() || tag.equals("a") || tag.equals("body") || tag.equals("article") || tag.equals("main")) {
                continue;
            }
            int says = signals.of(match);
            if (says == 0) {
                continue;
            }
            if (ClassSignals.has(says, ClassSignals.COMMENTS)) {
                // unless it holds the article itself (a "has-comments" class on the page's main wrapper);
                // never for its size alone: sixty short comments outweigh a post
                if (!holdsTheArticle(e, title)) {
                    doomed.add(e);
                }
            } else if (ClassSignals.has(says, ClassSignals.STRONGLY_UNLIKELY)) {
                if (!containsArticleText(e, index)) {
                    doomed.add(e);
                }
            } else if (ClassSignals.has(says, ClassSignals.UNLIKELY) && !ClassSignals.has(says, ClassSignals.MAYBE)
                    && !hasSubstantialText(e, index)) {
                doomed.add(e);
            } else if (ClassSignals.has(says, ClassSignals.BYLINE) && index.weight(e) < 150) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
        // headers of the page (not of the article) hold logos and menus
        Elements headers = body.select("header");
        for (Element h : headers) {
            if (!hasSubstantialText(h, index)) {
                h.remove();
            }
        }
    }

    /** A form around most of the page's text, and enough text to be an article (not a sign-in box). */
    private static boolean wrapsThePage(Element form, TextIndex index, int bodyWeight) {
        return index.weight(form) >= bodyWeight * 0.5 && index.weight(form) >= 300;
    }

    /** Contains an {@code article} or {@code main} element, or the headline (an {@code h1}, or the title's text). */
    private static boolean holdsTheArticle(Element e, String title) {
        if (!e.getElementsByTag("article").isEmpty() || !e.getElementsByTag("main").isEmpty()
                || !e.getElementsByTag("h1").isEmpty()) {
            return true;
        }
        String headline = title == null ? "" : TextStats.normalise(title);
        if (headline.length() < 4) {
            return false;
        }
        for (Element h : e.select("h2, h3, .title, [class*=title], [id*=title]")) {
            String t = TextStats.normalise(h.text());
            if (!t.isEmpty() && (t.equals(headline) || headline.contains(t) && t.length() >= 4)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Holds at least three real paragraphs (teasers and link lists do not): paragraph-like blocks (a
     * {@code p}, a text-only div or cell) or lines of text separated by {@code <br>}, each of some
     * length and mostly not links.
     */
    static boolean containsArticleText(Element e, TextIndex index) {
        int paragraphs = 0;
        for (Element p : e.getAllElements()) {
            if (p != e && ARTICLE_BLOCKS.contains(p.normalName()) && Candidates.isParagraphLike(p)
                    && index.weight(p) >= 100 && index.linkDensity(p) < 0.3 && isProse(p)) {
                paragraphs += Math.max(1, brParagraphs(p));
            } else if (brChildren(p) >= 2) {
                paragraphs += brParagraphs(p);
            }
            if (paragraphs >= 3) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph as written: a {@code p}, or a block whose text ends like a sentence. */
    private static boolean isProse(Element p) {
        return p.normalName().equals("p") || TextStats.endsLikeSentence(p.text());
    }

    /** How many {@code <br>} the element holds directly (not in its descendants: linear, not quadratic). */
    private static int brChildren(Element e) {
        int n = 0;
        for (Element child : e.children()) {
            if (child.normalName().equals("br")) {
                n++;
            }
        }
        return n;
    }

    /** Runs of the element's own text between {@code <br>}s long enough to be paragraphs. */
    private static int brParagraphs(Element e) {
        int count = 0;
        StringBuilder run = new StringBuilder();
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof Element child && child.normalName().equals("br")) {
                count += TextStats.weight(run.toString()) >= 100 ? 1 : 0;
                run.setLength(0);
            } else if (n instanceof org.jsoup.nodes.TextNode t) {
                run.append(t.getWholeText());
            } else if (n instanceof Element child && !TextStats.isLink(child)) {
                run.append(child.text());
            }
        }
        return count + (TextStats.weight(run.toString()) >= 100 ? 1 : 0);
    }

    /** Holds several sentences of prose, not just links and labels. */
    private static boolean hasSubstantialText(Element e, TextIndex index) {
        return index.weight(e) > 600 && index.linkDensity(e) < 0.3 && TextStats.commas(e.text()) >= 3;
    }
}
