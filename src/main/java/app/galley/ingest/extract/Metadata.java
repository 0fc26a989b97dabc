package app.galley.ingest.extract;

import app.galley.clean.VisibleMetadata;
import app.galley.text.DateParser;
import app.galley.ingest.LanguageGuess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, byline, date, site and language of a page, from its metadata first and its text second. */
final class Metadata {


    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—_·»]\\s+|\\s*[|｜]\\s*");

    private final Document doc;
    /** The page's {@code <meta>} values by attribute and name ({@code property:og:title}), read once. */
    private final Map<String, String> metaTags = new HashMap<>();

    Metadata(Document doc) {
        this.doc = doc;
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr);
                if (!key.isEmpty()) {
                    metaTags.putIfAbsent(attr + ":" + key.toLowerCase(Locale.ROOT), content);
                }
            }
        }
    }

    /** A {@code <meta>} value, e.g. {@code meta("property", "og:title")}. */
    String meta(String attribute, String name) {
        return metaTags.get(attribute + ":" + name.toLowerCase(Locale.ROOT));
    }

    static String first(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = (e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text()).strip();
        return v.isEmpty() ? null : v;
    }

    String canonicalUrl() {
        String og = meta("property", "og:url");
        if (og != null && og.startsWith("http")) {
            return og;
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String href = canonical == null ? "" : canonical.absUrl("href");
        return href.startsWith("http") ? href : null;
    }

    String site(JsonLd ld) {
        String s = meta("property", "og:site_name");
        if (s == null) {
            s = ld.publisher();
        }
        if (s == null) {
            s = meta("name", "application-name");
        }
        if (s == null) {
            s = SiteName.of(doc, headline());
        }
        return s;
    }

    /** The page's main heading, white space normalised, or null. */
    private String headline() {
        Element heading = doc.selectFirst("article h1, main h1, h1");
        return heading == null || heading.text().isBlank() ? null : TextStats.normalise(heading.text());
    }

    String title(JsonLd ld, String site) {
        String h1 = headline();
        String og = meta("property", "og:title");
        if (og == null) {
            og = meta("name", "twitter:title");
        }
        String candidate = og != null ? og : ld.headline() != null ? ld.headline() : doc.title();
        candidate = candidate == null ? null : stripSiteSuffix(TextStats.normalise(candidate), site);
        if (h1 != null && (candidate == null || candidate.isEmpty() || candidate.contains(h1) || h1.contains(candidate))) {
            return h1.length() >= 4 || candidate == null || candidate.isEmpty() ? h1 : candidate;
        }
        return candidate == null || candidate.isEmpty() ? h1 : candidate;
    }

    /** {@code "Headline | Site"}, {@code "Headline - Site"}, {@code "Headline_Site"} become the headline. */
    static String stripSiteSuffix(String title, String site) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title.strip();
        }
        String last = parts[parts.length - 1].strip();
        String first = parts[0].strip();
        boolean isSite = site != null && !site.isBlank() && (last.equalsIgnoreCase(site.strip())
                || site.toLowerCase(Locale.ROOT).contains(last.toLowerCase(Locale.ROOT)));
        if (isSite || TextStats.weight(last) < TextStats.weight(first)) {
            Matcher m = TITLE_SEPARATOR.matcher(title);
            int cut = -1;
            while (m.find()) {
                cut = m.start();
            }
            return cut > 0 ? title.substring(0, cut).strip() : title.strip();
        }
        return title.strip();
    }

    String byline(JsonLd ld) {
        String author = null;
        // the page's own author fields, then scholarly (Highwire Press) and Dublin Core tags, then JSON-LD;
        // a CMS vendor or publisher in an author field names no writer
        for (String candidate : new String[] {meta("name", "author"), meta("property", "article:author"),
            scholarlyAuthors(), meta("name", "dc.creator"), ld.author()}) {
            if (candidate != null && !candidate.startsWith("http") && !VisibleMetadata.isOrganisation(candidate)) {
                author = candidate;
                break;
            }
        }
        if (author == null) {
            author = first(doc, "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]");
        }
        if (author == null) {
            Element by = doc.selectFirst("[class*=byline], [class*=author], [id*=byline]");
            if (by != null && TextStats.weight(by.text()) < 120) {
                author = by.text().strip();
                String labelled = VisibleMetadata.byline(author); // 作者：name, then a forum's rank and points
                if (labelled != null) {
                    author = labelled;
                }
            }
        }
        if (author == null && doc.body() != null) {
            // a visible "By Jane Doe" line near the top of the page
            int looked = 0;
            for (Element e : doc.body().select("p, div, span, address")) {
                String own = e.ownText().strip();
                if (own.isEmpty() && e.childrenSize() > 0 && e.children().size() <= 3) {
                    own = e.text().strip();
                }
                if (own.length() < 100 && own.regionMatches(true, 0, "by ", 0, 3)) {
                    Matcher m = VisibleMetadata.BY.matcher(own);
                    if (m.find()) {
                        return m.group(1).strip();
                    }
                }
                if (++looked > 400) {
                    break;
                }
            }
        }
        // a byline written in the text is the extractor's to find, near the article (ArticleExtractor)
        if (author != null) {
            Matcher m = VisibleMetadata.BY.matcher(author);
            if (m.find()) {
                author = m.group(1).strip();
            }
            author = author.replaceAll("(?i)^by\\s+", "").strip();
        }
        return author == null || author.isEmpty() ? null : spacedName(author);
    }

    /**
     * The name on a link to an author's page ({@code /author/name/}, {@code ?author=102}), as blogs link
     * their writer; the last resort when the page writes no byline.
     */
    String authorLink() {
        for (Element a : doc.select("a[href~=(?i)(/author/|[?&]author=)]")) {
            String name = TextStats.normalise(a.text()).replaceAll("^[\\[【(（]|[\\]】)）]$", "").strip();
            if (name.length() >= 2 && name.length() <= 30 && name.split(" ").length <= 4
                    && !name.matches("(?i).*(author|作者|more|更多|所有|all |posts|文章|博客|blog|»|›).*")) {
                return name;
            }
        }
        return null;
    }

    /** Every {@code citation_author} of a scholarly page (one tag per author), or null. */
    private String scholarlyAuthors() {
        List<String> names = new ArrayList<>();
        for (Element m : doc.select("meta[name=citation_author][content]")) {
            String name = spacedName(m.attr("content").strip());
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(names.stream().allMatch(n -> n.codePoints()
                .allMatch(Character::isIdeographic)) ? " " : ", ", names);
    }

    private static final Pattern SPACED_HAN_NAME = Pattern.compile("[\\p{IsHan}](?:[\\s\u3000]+[\\p{IsHan}]){1,3}");

    /** {@code 赵 培}, {@code 王　小　明}: a Han name spaced out to fill a column is one name. */
    static String spacedName(String name) {
        return SPACED_HAN_NAME.matcher(name).matches() ? name.replaceAll("[\\s\u3000]+", "") : name;
    }

    /** The date the page's metadata gives, or null. */
    Instant published(JsonLd ld) {
        String[][] metas = {{"property", "article:published_time"}, {"name", "article:published_time"},
            {"itemprop", "datePublished"}, {"name", "pubdate"}, {"name", "publishdate"}, {"name", "date"},
            {"name", "DC.date.issued"}, {"name", "dcterms.issued"}, {"name", "dcterms.created"},
            {"property", "og:published_time"}, {"name", "citation_publication_date"}, {"name", "citation_date"},
            {"name", "prism.publicationDate"}, {"name", "dc.date"}};
        for (String[] m : metas) {
            Instant i = DateParser.parseIso(meta(m[0], m[1]));
            if (i != null) {
                return i;
            }
        }
        Element item = doc.selectFirst("[itemprop=datePublished]");
        if (item != null) {
            Instant i = DateParser.parseIso(item.hasAttr("datetime") ? item.attr("datetime") : item.text());
            if (i != null) {
                return i;
            }
        }
        Instant i = DateParser.parseIso(ld.datePublished());
        if (i != null) {
            return i;
        }
        Element time = doc.selectFirst("time[datetime]");
        if (time != null && (i = DateParser.parseIso(time.attr("datetime"))) != null) {
            return i;
        }
        return null; // the visible text's date is the extractor's to find, near the article (ArticleExtractor)
    }

    String language(String bodyText) {
        String lang = doc.selectFirst("html[lang]") != null ? doc.selectFirst("html[lang]").attr("lang").strip() : "";
        if (lang.isEmpty()) {
            String ml = meta("http-equiv", "content-language");
            lang = ml != null ? ml : "";
        }
        if (lang.isEmpty()) {
            String og = meta("property", "og:locale");
            lang = og != null ? og : "";
        }
        String guess = LanguageGuess.of(bodyText);
        if (lang.isEmpty()) {
            return guess;
        }
        String tag = Locale.forLanguageTag(lang.replace('_', '-')).toLanguageTag();
        if (tag.startsWith("zh")) {
            // zh-TW, zh-HK mean Traditional; zh-CN, zh-SG Simplified; but pages lie, so trust the text
            if (guess != null && guess.startsWith("zh-")) {
                return guess;
            }
            if (tag.contains("Hant") || tag.endsWith("TW") || tag.endsWith("HK") || tag.endsWith("MO")) {
                return "zh-Hant";
            }
            if (tag.contains("Hans") || tag.endsWith("CN") || tag.endsWith("SG")) {
                return "zh-Hans";
            }
            return guess != null ? guess : "zh";
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        if (!ISO_LANGUAGES.contains(language)) {
            return guess; // "und", "utf" and other tags that name no language
        }
        if (guess != null && !guess.equals(language) && !guess.startsWith(language + "-")) {
            return guess; // the page says one language and its text is in another: the text is right
        }
        return language;
    }

    private static final java.util.Set<String> ISO_LANGUAGES = java.util.Set.of(Locale.getISOLanguages());
}
