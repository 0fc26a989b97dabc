package app.galley.publish;

import app.galley.model.Article;
import app.galley.model.Attachment;
import app.galley.model.LengthUnit;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.model.TextLength;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The article as schema.org {@code NewsArticle} JSON-LD (what sites embed for search engines):
 * headline, author, dates, language, body, keywords, Media Topics as {@code about}, the people,
 * organisations and places it mentions, its images and the outlet it came from.
 */
public final class NewsArticleJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NewsArticleJsonLd() {
    }

    public static String write(Exportable x) {
        try {
            return JSON.writeValueAsString(tree(x)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(Exportable x) {
        Article a = x.article();
        ObjectNode n = JSON.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", "NewsArticle");
        n.put("@id", x.uri());
        n.put("headline", a.title());
        if (Exportable.present(a.subtitle())) {
            n.put("alternativeHeadline", a.subtitle());
        }
        if (Exportable.present(a.byline())) {
            n.putObject("author").put("@type", "Person").put("name", a.byline());
        }
        if (a.published() != null) {
            n.put("datePublished", a.published().toString());
        }
        n.put("dateCreated", a.created().toString());
        n.put("dateModified", a.updated().toString());
        if (Exportable.present(a.language())) {
            n.put("inLanguage", a.language());
        }
        if (Exportable.present(a.dateline())) {
            n.put("dateline", a.dateline());
        }
        n.put("articleBody", a.body());
        TextLength length = TextLength.of(a.body());
        if (length.unit() == LengthUnit.WORDS) {
            n.put("wordCount", length.value());
        }
        ArrayNode keywords = JSON.createArrayNode();
        ArrayNode about = JSON.createArrayNode();
        ArrayNode mentions = JSON.createArrayNode();
        for (Tag t : x.tags()) {
            keywords.add(t.kind() == TagKind.SUBJECT && t.qcode() != null ? t.name("en") : t.name());
            switch (t.kind()) {
                case SUBJECT -> {
                    ObjectNode term = about.addObject().put("@type", "DefinedTerm").put("name", t.name("en"));
                    if (t.qcode() != null) {
                        term.put("termCode", t.qcode());
                        term.put("inDefinedTermSet", NinjsExport.MEDIA_TOPIC_URI);
                    }
                }
                case PERSON -> mentions.addObject().put("@type", "Person").put("name", t.name());
                case ORGANISATION -> mentions.addObject().put("@type", "Organization").put("name", t.name());
                case PLACE -> mentions.addObject().put("@type", "Place").put("name", t.name());
                default -> {
                }
            }
        }
        if (!keywords.isEmpty()) {
            n.set("keywords", keywords);
        }
        if (!about.isEmpty()) {
            n.set("about", about);
        }
        if (!mentions.isEmpty()) {
            n.set("mentions", mentions);
        }
        ArrayNode images = JSON.createArrayNode();
        for (Attachment image : x.images()) {
            ObjectNode img = images.addObject().put("@type", "ImageObject").put("name", image.name())
                    .put("encodingFormat", image.mediaType());
            if (image.isRemote()) {
                img.put("contentUrl", image.reference());
            }
            if (Exportable.present(image.caption())) {
                img.put("caption", image.caption());
            }
        }
        if (!images.isEmpty()) {
            n.set("image", images);
        }
        if (Exportable.present(a.source())) {
            n.putObject("sourceOrganization").put("@type", "Organization").put("name", a.source());
        }
        if (Exportable.present(a.sourceUrl())) {
            n.put("isBasedOn", a.sourceUrl());
        }
        return n;
    }
}
