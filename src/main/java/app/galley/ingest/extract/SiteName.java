package app.galley.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The name of the site a page is on, where its metadata does not give one ({@code og:site_name},
 * a JSON-LD publisher): the part of its {@code <title>} after the headline ({@code Headline | Harbour
 * Notes}, {@code 标题_科技_新浪网}), its header's site title (a blog theme's {@code .site-title}), its logo's
 * text, or the name its footer (else its last copyright line) claims copyright for ({@code © 2026 Harbour
 * Notes. All rights reserved.}), in that order. A section ({@code 科技频道}, {@code News}) is not a site;
 * nothing is guessed when the title holds only the headline. (Its title separators also take an unspaced
 * {@code _} and {@code «}, which {@link Metadata#stripSiteSuffix} does not strip from a headline.)
 */
final class SiteName {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[|｜_·»«]|::)\\s*|\\s+[-–—:]\\s+");
    private static final Pattern SECTION = Pattern.compile(
            "(?i).*(?:频道|頻道|栏目|欄目|专区|專區|专题|專題)$|(?:home|news|首页|首頁|新闻|新聞|最新|latest|blog|posts?)");
    private static final Pattern SENTENCE = Pattern.compile("[。！？!?；;，,：:\"“”「」]");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(?:by\\s+)?"
                    + "(.{2,40}?)\\s*(?:[.|·,，。]|all rights|版權所有|版权所有|保留|powered|$)");
    private static final List<String> SITE_TITLE = List.of(".site-title", ".site-name", "#site-title", "#site-name",
            ".blog-title", ".site-branding a");

    private SiteName() {
    }

    /** The site's name by the page's title, header or footer, or null. */
    static String of(Document doc, String headline) {
        String found = fromTitle(TextStats.normalise(doc.title()), headline);
        if (found == null) {
            Element e = doc.selectFirst(String.join(", ", SITE_TITLE));
            found = e == null ? null : name(e.text());
        }
        if (found == null) {
            Element logo = doc.selectFirst("[class*=logo] img[alt], [id*=logo] img[alt], img[class*=logo][alt]");
            Element link = logo != null ? null : doc.selectFirst("a[class*=logo], a[id*=logo]");
            String text = logo != null ? logo.attr("alt") : link != null ? link.text() : "";
            found = name(text.replaceFirst("(?i)\\s*logo$", ""));
        }
        if (found == null) {
            // the footer's claim, else the last claim on the page ("<p class="credit">© 2026 The Ledger</p>")
            Element claim = doc.selectFirst("footer, #footer, .footer, .site-footer");
            if (claim == null) {
                var claims = doc.select(":matchesOwn((?i)©|\\(c\\)\\s*\\d{4}|copyright)");
                claim = claims.isEmpty() ? null : claims.last();
            }
            Matcher m = COPYRIGHT.matcher(claim == null ? "" : TextStats.normalise(claim.text()));
            found = m.find() ? name(m.group(1)) : null;
        }
        return found;
    }

    /**
     * The last part of a title that starts with the headline and goes on after a separator:
     * {@code Headline | News | The Harbour Herald} gives {@code The Harbour Herald}; null otherwise.
     */
    static String fromTitle(String title, String headline) {
        if (title == null || headline == null || headline.length() < 4 || !title.startsWith(headline)) {
            return null;
        }
        String rest = title.substring(headline.length());
        Matcher sep = SEPARATOR.matcher(rest);
        if (!sep.lookingAt()) {
            return null;
        }
        String[] parts = SEPARATOR.split(rest.substring(sep.end()));
        return parts.length == 0 ? null : name(parts[parts.length - 1]);
    }

    private static String name(String text) {
        String s = text == null ? "" : TextStats.normalise(text).strip();
        if (s.length() < 2 || s.length() > 40 || SENTENCE.matcher(s).find() || s.contains("://")
                || SECTION.matcher(s.toLowerCase(Locale.ROOT)).matches() || s.split("\\s+").length > 6
                || s.matches("[\\d\\s\\p{Punct}]+") || Character.isLowerCase(s.charAt(0))) { // the headline going on
            return null;
        }
        return s;
    }
}
