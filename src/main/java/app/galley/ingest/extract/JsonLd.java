package app.galley.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article described in a page's JSON-LD, if any; {@code sourceOrganization} is the
 * organisation that supplied the story (a wire's copy on a paper's site), where the page says so.
 */
record JsonLd(String headline, String author, String datePublished, String publisher, String articleBody,
              String sourceOrganization) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonLd NONE = new JsonLd(null, null, null, null, null, null);

    /** Reads the first Article-like object (NewsArticle, BlogPosting, ReportageNewsArticle ...). */
    static JsonLd of(Document doc) {
        for (Element script : doc.getElementsByTag("script")) { // cheaper than a CSS query over the page
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                JsonNode root = MAPPER.readTree(script.data());
                for (JsonNode node : flatten(root)) {
                    if (isArticle(node)) {
                        return new JsonLd(text(node.get("headline")), name(node.get("author")),
                                text(node.get("datePublished")), name(node.get("publisher")),
                                text(node.get("articleBody")), name(node.get("sourceOrganization")));
                    }
                }
            } catch (Exception e) {
                // malformed JSON-LD is common; the page's other metadata still counts
            }
        }
        return NONE;
    }

    private static List<JsonNode> flatten(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        List<JsonNode> todo = new ArrayList<>();
        todo.add(root);
        while (!todo.isEmpty() && out.size() < 200) {
            JsonNode n = todo.remove(0);
            if (n == null) {
                continue;
            }
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    todo.add(n.get("@graph"));
                }
                if (n.has("mainEntity")) {
                    todo.add(n.get("mainEntity"));
                }
            }
        }
        return out;
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.endsWith("article") || t.equals("blogposting") || t.equals("report")
                        || t.equals("liveblogposting") || t.equals("analysisnewsarticle"));
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.size() > 0 ? text(n.get(0)) : null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String name(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            n.forEach(x -> {
                String s = name(x);
                if (s != null) {
                    names.add(s);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (n.isObject()) {
            return text(n.get("name"));
        }
        return text(n);
    }
}
