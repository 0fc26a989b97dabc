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
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Pruner() {
    }

    static void prune(Element body, ClassSignals signals) {
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
            if (tag.equals("footer") || tag.equals("form") && !containsArticleText(e, index)) {
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
                // unless it wraps most of the page (a "has-comments" class on the page's main wrapper)
                if (index.weight(e) < bodyWeight * 0.4) {
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

    /** Holds at least three real paragraphs (teasers and link lists do not). */
    private static boolean containsArticleText(Element e, TextIndex index) {
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (index.weight(p) >= 100 && index.linkDensity(p) < 0.3 && ++paragraphs >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Holds several sentences of prose, not just links and labels. */
    private static boolean hasSubstantialText(Element e, TextIndex index) {
        return index.weight(e) > 600 && index.linkDensity(e) < 0.3 && TextStats.commas(e.text()) >= 3;
    }
}
