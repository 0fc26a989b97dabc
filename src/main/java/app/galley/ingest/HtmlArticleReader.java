package app.galley.ingest;

import app.galley.model.ArticleDraft;
import app.galley.model.Original;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an HTML article: metadata from the head (Open Graph, author, published time, language) and
 * the body as paragraphs from the article's block elements, leaving out scripts, navigation, headers,
 * footers, asides, forms and hidden elements.
 */
public final class HtmlArticleReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—_·]\\s+|\\s*[|｜]\\s*");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt";
    private static final String NOISE = "script, style, noscript, template, iframe, object, embed, form, button, "
            + "input, select, textarea, nav, header, footer, aside, svg, canvas, [hidden], [aria-hidden=true], "
            + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    private HtmlArticleReader() {
    }

    /** The charset a document declares in {@code <meta charset>} or {@code http-equiv}, if any. */
    public static String declaredCharset(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    public static ArticleDraft read(String html, String baseUri, Original original) throws ImportProblem {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String site = meta(doc, "meta[property=og:site_name]");
        String title = title(doc, site);
        String byline = meta(doc, "meta[name=author]");
        String url = meta(doc, "meta[property=og:url]");
        if (url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            url = canonical != null ? canonical.absUrl("href") : null;
        }
        if ((url == null || url.isEmpty()) && baseUri != null && baseUri.startsWith("http")) {
            url = baseUri;
        }
        Instant published = parseInstant(meta(doc, "meta[property=article:published_time]"));
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            published = time != null ? parseInstant(time.attr("datetime")) : null;
        }
        String body = body(doc, title);
        if (title == null || title.isBlank()) {
            if (body.isBlank()) {
                throw new ImportProblem("no article text found in the page");
            }
            title = TextArticleReader.read(body, original).title();
        }
        if (body.isBlank()) {
            throw new ImportProblem("no article text found in the page");
        }
        String lang = doc.selectFirst("html[lang]") != null ? doc.selectFirst("html[lang]").attr("lang").strip() : "";
        String language = lang.isEmpty() ? LanguageGuess.of(body) : normaliseLanguage(lang, body);
        return new ArticleDraft(title, null, byline, site, url, language, published, body, original);
    }

    private static String normaliseLanguage(String lang, String body) {
        String tag = Locale.forLanguageTag(lang.replace('_', '-')).toLanguageTag();
        if (tag.startsWith("zh") && !tag.contains("Han")) {
            String guess = LanguageGuess.of(body);
            return guess != null && guess.startsWith("zh") ? guess : tag;
        }
        return tag.equals("und") ? LanguageGuess.of(body) : tag;
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = e.attr("content").strip();
        return v.isEmpty() ? null : v;
    }

    private static String title(Document doc, String site) {
        String og = meta(doc, "meta[property=og:title]");
        if (og != null) {
            return stripSiteSuffix(og, site);
        }
        String t = doc.title().strip();
        if (!t.isEmpty()) {
            return stripSiteSuffix(t, site);
        }
        Element h1 = doc.selectFirst("h1");
        return h1 != null ? h1.text().strip() : null;
    }

    /** {@code "Headline | Site"} or {@code "Headline - Site"} becomes {@code "Headline"}. */
    static String stripSiteSuffix(String title, String site) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title.strip();
        }
        String last = parts[parts.length - 1].strip();
        boolean isSite = site != null && (last.equalsIgnoreCase(site.strip()) || site.contains(last));
        if (isSite || last.length() < parts[0].strip().length()) {
            Matcher m = TITLE_SEPARATOR.matcher(title);
            int cut = -1;
            while (m.find()) {
                cut = m.start();
            }
            return title.substring(0, cut).strip();
        }
        return title.strip();
    }

    private static String body(Document doc, String title) {
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = doc.body();
        }
        if (root == null) {
            return "";
        }
        root = root.clone();
        root.select(NOISE).remove();
        Elements blocks = root.select(BLOCKS);
        Set<Element> chosen = new HashSet<>(blocks);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : blocks) {
            if (hasChosenAncestor(block, chosen)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty() && !(paragraphs.isEmpty() && text.equals(title) && block.tagName().equals("h1"))) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String whole = root.wholeText();
            return TextArticleReader.collapseBlankLines(TextArticleReader.normalise(whole)).strip();
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean hasChosenAncestor(Element e, Set<Element> chosen) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (chosen.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
