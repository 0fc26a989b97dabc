package app.galley.publish;

import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import app.galley.model.Attachment;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.model.TextLength;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * IPTC ninjs (News in JSON), version 2.2 or 3.1: headline and subheadline, byline, dateline,
 * bodies as text and as HTML, language, dates, publication status, subjects (IPTC Media Topics by
 * their codes, other tags by name), people, organisations and places from tags, the images as
 * associations, and the annotations. ninjs admits no property of its own at the top level, so the
 * annotations travel as an association named {@code galley:annotations} whose body is their W3C Web
 * Annotation JSON-LD.
 */
public final class NinjsExport {

    /** The ninjs versions written. */
    public enum Version {
        V2_2("2.2"), V3_1("3.1");

        final String number;

        Version(String number) {
            this.number = number;
        }
    }

    static final String MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** 2.x names that 3.x writes in camel case. */
    private static final Map<String, String> CAMEL = Map.ofEntries(Map.entry("firstcreated", "firstCreated"),
            Map.entry("versioncreated", "versionCreated"), Map.entry("contentcreated", "contentCreated"),
            Map.entry("pubstatus", "pubStatus"), Map.entry("representationtype", "representationType"),
            Map.entry("contenttype", "contentType"), Map.entry("charcount", "charCount"),
            Map.entry("wordcount", "wordCount"), Map.entry("altids", "altIds"), Map.entry("infosources", "infoSources"));

    private NinjsExport() {
    }

    public static String write(Exportable x, Version v) {
        try {
            return JSON.writeValueAsString(tree(x, v)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ninjs object. */
    public static ObjectNode tree(Exportable x, Version v) {
        Article a = x.article();
        ObjectNode n = JSON.createObjectNode();
        n.put("uri", x.uri());
        ObjectNode standard = n.putObject("standard");
        standard.put("name", "ninjs");
        standard.put("version", v.number);
        standard.put("schema", "http://www.iptc.org/std/ninjs/ninjs-schema_" + v.number + ".json");
        n.put("type", "text");
        n.put("representationtype", "full");
        n.put("version", Integer.toString(x.revision()));
        n.put("firstcreated", a.created().toString());
        n.put("versioncreated", a.updated().toString());
        if (a.published() != null) {
            n.put("contentcreated", a.published().toString());
        }
        n.put("pubstatus", pubStatus(a.status()));
        if (a.language() != null && !a.language().isBlank()) {
            n.put("language", a.language());
        }
        ArrayNode headlines = n.putArray("headlines");
        headlines.addObject().put("role", "main").put("value", a.title());
        if (Exportable.present(a.subtitle())) {
            headlines.addObject().put("role", "sub").put("value", a.subtitle());
        }
        if (Exportable.present(a.byline())) {
            n.put("by", a.byline());
        }
        if (Exportable.present(a.dateline())) {
            n.put("located", a.dateline());
        }
        TextLength length = TextLength.of(a.body());
        ArrayNode bodies = n.putArray("bodies");
        ObjectNode text = bodies.addObject().put("role", "main").put("contenttype", "text/plain");
        text.put("charcount", a.body().codePointCount(0, a.body().length()));
        if (length.unit() == app.galley.model.LengthUnit.WORDS) {
            text.put("wordcount", length.value());
        }
        text.put("value", a.body());
        bodies.addObject().put("role", "main").put("contenttype", "text/html").put("value", bodyHtml(a.body()));
        subjects(n, x);
        names(n, "people", x.tags(TagKind.PERSON));
        names(n, "organisations", x.tags(TagKind.ORGANISATION));
        names(n, "places", x.tags(TagKind.PLACE));
        if (Exportable.present(a.source())) {
            ObjectNode info = n.putArray("infosources").addObject().put("name", a.source());
            if (Exportable.present(a.sourceUrl()) && a.sourceUrl().matches("(?i)https?://\\S+")) {
                info.put("uri", a.sourceUrl());
            }
        }
        associations(n, x);
        return v == Version.V3_1 ? (ObjectNode) camel(n) : n;
    }

    /** The body as simple HTML: paragraphs and subheads, sanitised. */
    static String bodyHtml(String body) {
        return HtmlSafety.cleanFragment(ArticleHtml.body(body, List.of(), List.of(), false), false);
    }

    static String pubStatus(ArticleStatus s) {
        return switch (s) {
            case READY, PUBLISHED -> "usable";
            case SPIKED -> "canceled";
            default -> "withheld";
        };
    }

    private static void subjects(ObjectNode n, Exportable x) {
        ArrayNode subjects = JSON.createArrayNode();
        for (Tag t : x.tags()) {
            if (t.kind() == TagKind.SUBJECT && t.qcode() != null && t.qcode().startsWith("medtop:")) {
                subjects.addObject().put("name", t.name("en")).put("rel", "about")
                        .put("uri", MEDIA_TOPIC_URI + t.qcode().substring("medtop:".length())).put("literal", t.qcode());
            } else if (t.kind() == TagKind.SUBJECT || t.kind() == TagKind.STORY || t.kind() == TagKind.FREE) {
                subjects.addObject().put("name", t.name()).put("rel", t.kind() == TagKind.STORY ? "story" : "about");
            }
        }
        if (!subjects.isEmpty()) {
            n.set("subjects", subjects);
        }
    }

    private static void names(ObjectNode n, String field, List<Tag> tags) {
        if (!tags.isEmpty()) {
            ArrayNode list = n.putArray(field);
            tags.forEach(t -> list.addObject().put("name", t.name()).put("rel", "mentioned"));
        }
    }

    private static void associations(ObjectNode n, Exportable x) {
        ArrayNode list = JSON.createArrayNode();
        int i = 0;
        for (Attachment image : x.images()) {
            i++;
            ObjectNode assoc = list.addObject();
            assoc.put("name", "image-" + i);
            assoc.put("uri", x.uri() + "/image/" + i);
            assoc.put("type", "picture");
            if (Exportable.present(image.caption())) {
                assoc.putArray("descriptions").addObject().put("role", "caption").put("value", image.caption());
            }
            ObjectNode rendition = assoc.putArray("renditions").addObject();
            rendition.put("name", "original");
            rendition.put("contenttype", image.mediaType());
            if (image.isRemote()) {
                rendition.put("href", image.reference());
            } else {
                rendition.put("title", image.name());
            }
        }
        if (!x.annotations().isEmpty()) {
            ObjectNode assoc = list.addObject();
            assoc.put("name", "galley:annotations");
            assoc.put("uri", x.uri() + "/annotations");
            assoc.put("type", "text");
            assoc.putArray("bodies").addObject().put("role", "galley:annotations").put("contenttype", "application/ld+json")
                    .put("value", AnnotationExport.webAnnotations(x.article(), x.annotations(), x.comments()).toString());
        }
        if (!list.isEmpty()) {
            n.set("associations", list);
        }
    }

    /** The same tree with 3.x's camel-case names. */
    private static JsonNode camel(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(CAMEL.getOrDefault(e.getKey(), e.getKey()), camel(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(c -> out.add(camel(c)));
            return out;
        }
        return node;
    }
}
