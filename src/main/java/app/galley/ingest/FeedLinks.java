package app.galley.ingest;

import java.net.URI;
import org.jsoup.nodes.Element;

/** An item's link made absolute, and a headline for an item that has none. */
final class FeedLinks {

    private FeedLinks() {
    }

    /**
     * {@code link} resolved against the {@code xml:base} of the item and the elements around it (the
     * innermost last), and against the feed's own address; null for no link, the link as written when
     * it cannot be resolved.
     */
    static String resolve(String link, Element item, URI feed) {
        if (link == null || link.isBlank()) {
            return null;
        }
        java.util.Deque<String> bases = new java.util.ArrayDeque<>();
        for (Element e = item; e != null; e = e.parent()) {
            if (e.hasAttr("xml:base")) {
                bases.push(e.attr("xml:base").strip());
            }
        }
        try {
            URI base = feed;
            for (String b : bases) {
                base = base == null ? new URI(b) : base.resolve(new URI(b));
            }
            URI target = new URI(link.strip());
            return base == null || target.isAbsolute() ? target.toString() : base.resolve(target).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return link.strip();
        }
    }

    /** A headline for an item that has only text (RSS 2.0 allows it): its first sentence, cut at 60 characters. */
    static String titleOf(String text) {
        String t = text.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^.+?(?:[。！？!?]|\\.(?=\\s|$))").matcher(t);
        String first = m.find() ? m.group() : t;
        return first.length() <= 60 ? first : first.substring(0, 59) + "…";
    }
}
