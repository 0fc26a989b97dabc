package app.galley.ingest;

import app.galley.text.FeedDates;
import app.galley.model.ArticleDraft;
import app.galley.model.DraftTag;
import app.galley.model.TagKind;
import app.galley.model.Original;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;

/**
 * IPTC ninjs items (1.x, 2.x and 3.x, lower-case or camelCase field names), as wire services send them
 * and as Galley exports them: headline and subheadline, byline ({@code by}, {@code byline}, {@code bylines}),
 * source, language, the publication date, and the body: its plain text, or its markup as paragraphs.
 */
final class NinjsReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The tag URI scheme of Galley's exports (publish.AnnotationExport). */
    private static final String GALLEY_URI = "tag:galley.app,";

    private NinjsReader() {
    }

    static ArticleDraft read(String text, Original original) throws ImportProblem {
        JsonNode item;
        try {
            item = MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new ImportProblem("not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")") + ": the file is damaged or is not a ninjs item");
        } catch (IOException e) {
            throw new ImportProblem("not valid JSON: the file is damaged or is not a ninjs item");
        }
        if (item == null || !item.isObject()) {
            throw new ImportProblem("not a ninjs item (expected a JSON object)");
        }
        String itemType = text(item, "type");
        if (itemType != null && java.util.Set.of("picture", "video", "audio", "graphic", "event", "planning")
                .contains(itemType.toLowerCase(java.util.Locale.ROOT))) {
            throw new ImportProblem("a ninjs " + itemType + " item, not a story: Galley imports text items");
        }
        // ninjs 1.x writes lower case ("versioncreated", "headline_main"), 3.x camelCase ("versionCreated")
        String headline = first(item, "headline", "headline_main");
        for (JsonNode h : item.path("headlines")) { // the main one, else the first
            if (headline == null || "main".equals(text(h, "role")) && first(item, "headline", "headline_main") == null) {
                headline = text(h, "value");
            }
        }
        String html = first(item, "body_html", "body_xhtml");
        String plain = text(item, "body_text");
        for (JsonNode body : item.path("bodies")) {
            String type = first(body, "contenttype", "contentType");
            if (type != null && (type.contains("html") || type.contains("xml"))) {
                html = html == null ? text(body, "value") : html;
            } else if (plain == null) {
                plain = text(body, "value");
            }
        }
        if (headline == null || html == null && plain == null) {
            throw new ImportProblem("not a ninjs item: it needs a headline and a body"
                    + " (headline/headlines and body_text, body_html, body_xhtml or bodies)");
        }
        // the plain text is the body as written; markup (XHTML, NITF) only when there is no plain text,
        // and then as paragraphs, never stored raw
        String body = plain != null ? TextArticleReader.collapseBlankLines(TextArticleReader.normalise(plain)).strip()
                : HtmlArticleReader.cleanBody(html);
        String byline = first(item, "byline", "by");
        for (JsonNode b : item.path("bylines")) {
            byline = byline == null ? text(b, "byline") : byline;
        }
        // when the story was published: contentcreated, else when the item was first made, else this version;
        // in Galley's own exports the item's dates are the library's (import, last edit): only contentcreated
        String uri = text(item, "uri");
        boolean galleys = uri != null && uri.startsWith(GALLEY_URI);
        Instant published = null;
        for (String field : galleys ? new String[] {"contentcreated", "contentCreated"}
                : new String[] {"contentcreated", "contentCreated", "firstcreated", "firstCreated", "versioncreated",
                        "versionCreated"}) {
            published = published != null ? published : FeedDates.parse(text(item, field));
        }
        String language = text(item, "language");
        String source = first(item, "copyrightholder", "copyrightHolder");
        for (String list : new String[] {"infosources", "infoSources"}) {
            for (JsonNode info : item.path(list)) {
                source = source == null ? text(info, "name") : source;
            }
        }
        return new ArticleDraft(headline, subheadline(item), byline, source,
                uri != null && uri.startsWith("http") ? uri : null,
                language != null ? language : LanguageGuess.of(body), published, body, original)
                .withFiling(text(item, "located"), tags(item));
    }

    private static final String MEDIA_TOPIC_URI = "cv.iptc.org/newscodes/mediatopic/";
    /** The lists of named things a ninjs item carries, and the kind of tag each becomes. */
    private static final java.util.Map<String, TagKind> NAMED = new java.util.LinkedHashMap<>(java.util.Map.of(
            "people", TagKind.PERSON, "organisations", TagKind.ORGANISATION, "organizations", TagKind.ORGANISATION,
            "places", TagKind.PLACE));

    /**
     * Subjects as tags: a Media Topic by its code (from {@code uri}, {@code literal}, or {@code code} with
     * its scheme), a {@code story} subject as a story, any other named subject as a free tag; people,
     * organisations and places by name.
     */
    private static java.util.List<DraftTag> tags(JsonNode item) {
        java.util.List<DraftTag> out = new java.util.ArrayList<>();
        for (JsonNode s : item.path("subjects")) {
            String name = text(s, "name");
            String qcode = mediaTopic(s);
            if (qcode != null) {
                out.add(DraftTag.topic(qcode, name));
            } else if (name != null) {
                out.add(new DraftTag("story".equals(text(s, "rel")) ? TagKind.STORY : TagKind.FREE, name, null));
            }
        }
        for (var field : NAMED.entrySet()) {
            for (JsonNode x : item.path(field.getKey())) {
                String name = text(x, "name");
                if (name != null) {
                    out.add(new DraftTag(field.getValue(), name, null));
                }
            }
        }
        return out;
    }

    private static String mediaTopic(JsonNode subject) {
        for (String field : new String[] {"literal", "code", "qcode"}) {
            String v = text(subject, field);
            if (v != null && v.matches("medtop:\\d{8}")) {
                return v;
            }
        }
        String uri = text(subject, "uri");
        if (uri != null && uri.contains(MEDIA_TOPIC_URI) && uri.matches(".*/\\d{8}$")) {
            return "medtop:" + uri.substring(uri.length() - 8);
        }
        String scheme = text(subject, "scheme");
        String code = text(subject, "code");
        if (scheme != null && scheme.contains(MEDIA_TOPIC_URI) && code != null && code.matches("\\d{8}")) {
            return "medtop:" + code;
        }
        return null;
    }

    private static String subheadline(JsonNode item) {
        String sub = text(item, "subheadline");
        for (JsonNode h : item.path("headlines")) {
            sub = sub == null && "sub".equals(text(h, "role")) ? text(h, "value") : sub;
        }
        return sub;
    }

    private static String first(JsonNode node, String... fields) {
        for (String f : fields) {
            String v = text(node, f);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
