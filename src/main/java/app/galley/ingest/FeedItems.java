package app.galley.ingest;

import app.galley.text.FeedDates;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a feed says, read without storing anything: RSS 0.9x, 1.0 (RDF) and 2.0, Atom 0.3 and 1.0,
 * with jsoup's XML parser (which reads ill-formed feeds too). Each item's headline, link (made
 * absolute against {@code xml:base} and the feed's address), id, text (content, else description or
 * summary), author and publication date (through {@link FeedDates}, whatever the element).
 */
final class FeedItems {

    private FeedItems() {
    }

    /** A feed's title and items; {@code atom} tells which family it is. */
    record Feed(String title, boolean atom, List<Item> items) {
    }

    /** One item as the feed gives it; any field may be null. */
    record Item(String title, String link, String id, String content, String summary, String author,
                Instant published, Element element) {

        /** The item's text: its full content, else its description or summary. */
        String html() {
            return content != null ? content : summary;
        }
    }

    /** The feed in {@code text}, or null when it is neither RSS nor Atom. */
    static Feed read(String text, URI address) {
        Document xml = Jsoup.parse(text, address == null ? "" : address.toString(), Parser.xmlParser());
        unprefixFeedNamespaces(xml);
        boolean atom = xml.selectFirst("feed") != null && xml.selectFirst("rss, rdf|RDF") == null; // with entries or none
        boolean rss = xml.selectFirst("rss, rdf|RDF, channel > item") != null;
        if (!atom && !rss) {
            return null;
        }
        Element titleEl = xml.selectFirst(atom ? "feed > title" : "channel > title");
        List<Item> items = new ArrayList<>();
        for (Element item : xml.select(atom ? "feed > entry" : "item")) {
            items.add(item(item, atom, address));
        }
        return new Feed(titleEl == null || titleEl.text().isBlank() ? null : titleEl.text().strip(), atom, items);
    }

    /** The feed vocabularies' own namespaces: {@code <atom:entry>} and {@code <rss:item>} read as {@code <entry>}, {@code <item>}. */
    private static final java.util.Set<String> FEED_NAMESPACES = java.util.Set.of("http://www.w3.org/2005/Atom",
            "http://purl.org/atom/ns#", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/");

    private static void unprefixFeedNamespaces(Document xml) {
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (Element e : xml.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                if (a.getKey().startsWith("xmlns:") && FEED_NAMESPACES.contains(a.getValue().strip())) {
                    prefixes.add(a.getKey().substring("xmlns:".length()));
                }
            }
        }
        if (prefixes.isEmpty()) {
            return;
        }
        for (Element e : xml.getAllElements()) {
            int colon = e.tagName().indexOf(':');
            if (colon > 0 && prefixes.contains(e.tagName().substring(0, colon))) {
                e.tagName(e.tagName().substring(colon + 1));
            }
        }
    }

    private static Item item(Element item, boolean atom, URI address) {
        String id = text(item, atom ? "> id" : "> guid");
        String link = atom ? atomLink(item) : firstOf(text(item, "> link"), rdfAbout(item));
        if (link == null && id != null && id.matches("(?i)https?://\\S+")
                && (atom || !"false".equalsIgnoreCase(item.selectFirst("> guid").attr("isPermaLink")))) {
            link = id; // an id that is the item's address (a permalink guid) is its link
        }
        link = FeedLinks.resolve(link, item, address);
        String author = atom ? text(item, "author > name") : firstText(item, "dc|creator", "author");
        // one parser for every feed's dates: Atom's written in RFC 822 too, RSS 1.0 and 2.0's dc:date in W3C form,
        // Atom 0.3's issued and modified, Dublin Core terms
        Instant published = FeedDates.parse(atom
                ? firstText(item, "> published", "> issued", "> updated", "> modified")
                : firstText(item, "> pubDate", "dc|date", "dcterms|issued", "dcterms|created", "dcterms|modified"));
        return new Item(title(item, atom), link, id,
                atom ? text(item, "> content") : text(item, "content|encoded"),
                atom ? text(item, "> summary") : text(item, "> description"), author, published, item);
    }

    /** The headline as text: Atom 0.3's base64 mode decoded, RSS's dc:title when there is no title. */
    private static String title(Element item, boolean atom) {
        Element t = item.selectFirst("> title");
        String type = t == null ? "" : t.attr("type").strip().toLowerCase(java.util.Locale.ROOT);
        // Atom 0.3's mode="base64"; Atom 1.0: a media type that is neither text nor XML is base64
        boolean base64 = "base64".equalsIgnoreCase(t == null ? "" : t.attr("mode")) || !type.isEmpty()
                && !java.util.Set.of("text", "html", "xhtml").contains(type) && !type.startsWith("text/")
                && !type.endsWith("xml");
        if (t != null && atom && base64) {
            try {
                String html = new String(java.util.Base64.getMimeDecoder().decode(t.text().strip()),
                        java.nio.charset.StandardCharsets.UTF_8);
                String decoded = Jsoup.parse(html).text().strip();
                return decoded.isEmpty() ? null : decoded;
            } catch (IllegalArgumentException e) {
                return text(item, "> title");
            }
        }
        if (t != null && (type.equals("html") || type.equals("text/html") || t.attr("mode").equals("escaped"))) {
            String text = Jsoup.parse(t.text()).text().strip(); // escaped markup: the headline is its text
            return text.isEmpty() ? null : text;
        }
        return atom ? text(item, "> title") : firstText(item, "> title", "dc|title");
    }

    /** RSS 1.0 names an item by its address. */
    private static String rdfAbout(Element item) {
        String about = item.attr("rdf:about");
        return about.isBlank() ? null : about;
    }

    /** The entry's alternate link (its {@code href}, or its text where a feed writes it so). */
    private static String atomLink(Element entry) {
        Element alt = entry.selectFirst("> link[rel=alternate][href], > link:not([rel])[href]");
        if (alt != null) {
            return alt.attr("href");
        }
        Element bare = entry.selectFirst("> link[rel=alternate], > link:not([rel])");
        return bare == null || bare.text().isBlank() ? null : bare.text().strip();
    }

    private static String text(Element item, String selector) {
        Element e = item.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() ? null : t;
    }

    /** The text of the first of these that the item has. */
    private static String firstText(Element item, String... selectors) {
        for (String selector : selectors) {
            String t = text(item, selector);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String firstOf(String a, String b) {
        return a != null ? a : b;
    }

    /** The text of an item's HTML (for the headline of an item that has none). */
    static String textOf(String html) {
        return Jsoup.parse(html).text();
    }
}
