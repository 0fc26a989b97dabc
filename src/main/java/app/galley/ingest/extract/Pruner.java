package app.galley.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Removes what is never article text: scripts, hidden elements, navigation, share bars, comments. */
final class Pruner {

    private static final String ALWAYS = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "button, input, select, textarea, option, link, meta, nav, aside, dialog, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=complementary], [role=banner], [role=contentinfo], [role=dialog]";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Never article text, whatever else the class says (e.g. "article-comments"). */
    private static final Pattern STRONGLY_UNLIKELY = Pattern.compile(
            "(?i)related|recommend|share|sharing|social|newsletter|subscribe|signup|"
                    + "promo|outbrain|taboola|most-?popular|trending|more-stories|author-?bio|gallery|slideshow|carousel|"
                    + "lightbox|"
                    + "tag-?list|breadcrumb|cookie|consent|paywall|sponsor|advert|\\bads?\\b|ad-slot|ad-container");
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|disqus|replies|respond");
    /** Usually not article text, unless the class also says content. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)-ad-|ai2html|banner|read-?more|combx|community|cover-wrap|extra|footer|gdpr|header|legends|menu|remark|rss|"
                    + "shoutbox|sidebar|skyscraper|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|"
                    + "toolbar|print|skip|modal|overlay|keywords|copyright");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|entry|post");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)byline|author|dateline|timestamp|publish|posted|updated|article-?date|(^|\\W)date(\\W|$)|time-?stamp");

    private Pruner() {
    }

    static void prune(Element body) {
        body.select(ALWAYS).remove();
        int bodyWeight = TextStats.weight(body.text());
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
            if (tag.equals("footer") || tag.equals("form") && !containsArticleText(e)) {
                doomed.add(e);
                continue;
            }
            String match = e.className() + " " + e.id();
            if (match.isBlank() || tag.equals("a") || tag.equals("body") || tag.equals("article") || tag.equals("main")) {
                continue;
            }
            if (COMMENTS.matcher(match).find()) {
                // unless it wraps most of the page (a "has-comments" class on the page's main wrapper)
                if (TextStats.weight(e.text()) < bodyWeight * 0.4) {
                    doomed.add(e);
                }
            } else if (STRONGLY_UNLIKELY.matcher(match).find()) {
                if (!containsArticleText(e)) {
                    doomed.add(e);
                }
            } else if (UNLIKELY.matcher(match).find() && !MAYBE.matcher(match).find() && !hasSubstantialText(e)) {
                doomed.add(e);
            } else if (BYLINE.matcher(match).find() && TextStats.weight(e.text()) < 150) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
        // headers of the page (not of the article) hold logos and menus
        Elements headers = body.select("header");
        for (Element h : headers) {
            if (!hasSubstantialText(h)) {
                h.remove();
            }
        }
    }

    /** Holds at least three real paragraphs (teasers and link lists do not). */
    private static boolean containsArticleText(Element e) {
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (TextStats.weight(p.text()) >= 100 && TextStats.linkDensity(p) < 0.3 && ++paragraphs >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Holds several sentences of prose, not just links and labels. */
    private static boolean hasSubstantialText(Element e) {
        String text = e.text();
        int weight = TextStats.weight(text);
        return weight > 600 && TextStats.linkDensity(e) < 0.3 && TextStats.commas(text) >= 3;
    }
}
