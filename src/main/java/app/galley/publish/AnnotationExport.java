package app.galley.publish;

import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.Verdict;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * An article's annotations as linked data: the W3C Web Annotation model (JSON-LD, an
 * AnnotationCollection whose annotations target the article's text with a TextQuoteSelector and a
 * TextPositionSelector, comments as replying annotations), and schema.org ClaimReview for the
 * claims and quotes a checker has given a verdict.
 */
public final class AnnotationExport {

    public static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Galley's own IRIs for articles and annotations (RFC 4151 tag URIs: no server needed). */
    static final String TAG = "tag:galley.app,2026:";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnnotationExport() {
    }

    public static String articleIri(Article a) {
        return TAG + "article/" + a.id();
    }

    public static String annotationIri(Annotation x) {
        return TAG + "annotation/" + x.id();
    }

    /** The W3C Web Annotation collection of the article's annotations and their comments. */
    public static ObjectNode webAnnotations(Article a, List<Annotation> annotations, List<AnnotationComment> comments) {
        ObjectNode collection = JSON.createObjectNode();
        collection.put("@context", ANNO_CONTEXT);
        collection.put("id", articleIri(a) + "/annotations");
        collection.put("type", "AnnotationCollection");
        collection.put("label", a.title());
        ArrayNode items = JSON.createArrayNode();
        for (Annotation x : annotations) {
            items.add(annotation(a, x));
        }
        for (AnnotationComment c : comments) {
            if (!c.deleted()) {
                items.add(reply(a, c));
            }
        }
        collection.put("total", items.size());
        ObjectNode page = collection.putObject("first");
        page.put("id", articleIri(a) + "/annotations/page1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", items);
        return collection;
    }

    static ObjectNode annotation(Article a, Annotation x) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@context", ANNO_CONTEXT);
        n.put("id", annotationIri(x));
        n.put("type", "Annotation");
        n.put("motivation", x.kind() == AnnotationKind.COMMENT ? "commenting" : "assessing");
        ObjectNode creator = n.putObject("creator");
        creator.put("type", "Person");
        creator.put("name", x.author());
        n.put("created", iso(x.created()));
        n.put("modified", iso(x.modified()));
        ArrayNode body = n.putArray("body");
        textual(body, "tagging", x.kind().id(), null);
        if (x.kind() != AnnotationKind.COMMENT) {
            textual(body, "assessing", x.verdict().id(), null);
        }
        if (x.speaker() != null) {
            textual(body, "identifying", x.speaker(), a.language());
        }
        if (!x.note().isBlank()) {
            textual(body, "describing", x.note(), null);
        }
        for (String link : x.evidence()) {
            ObjectNode e = body.addObject();
            e.put("type", "SpecificResource");
            e.put("source", link);
            e.put("purpose", "linking");
        }
        ObjectNode target = n.putObject("target");
        target.put("type", "SpecificResource");
        target.put("source", articleIri(a));
        if (a.sourceUrl() != null && !a.sourceUrl().isBlank()) {
            target.put("scope", a.sourceUrl());
        }
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", x.target().exact());
        quote.put("prefix", x.target().prefix());
        quote.put("suffix", x.target().suffix());
        if (x.anchor() != Annotation.Anchor.ORPHANED) {
            // an orphaned annotation has no place in the text any more: only its quote is exported
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", x.target().start());
            position.put("end", x.target().end());
        }
        return n;
    }

    private static ObjectNode reply(Article a, AnnotationComment c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@context", ANNO_CONTEXT);
        n.put("id", TAG + "comment/" + c.id());
        n.put("type", "Annotation");
        n.put("motivation", "replying");
        ObjectNode creator = n.putObject("creator");
        creator.put("type", "Person");
        creator.put("name", c.author());
        n.put("created", iso(c.created()));
        if (c.edited() != null) {
            n.put("modified", iso(c.edited()));
        }
        ObjectNode body = n.putObject("body");
        body.put("type", "TextualBody");
        body.put("value", c.body());
        body.put("format", "text/plain");
        n.put("target", c.parentId() == null ? TAG + "annotation/" + c.annotationId() : TAG + "comment/" + c.parentId());
        return n;
    }

    private static void textual(ArrayNode body, String purpose, String value, String language) {
        ObjectNode b = body.addObject();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        if (language != null) {
            b.put("language", language);
        }
    }

    /**
     * schema.org ClaimReview for each claim and quote with a settled verdict (not unchecked, not being
     * checked), as a JSON-LD array.
     *
     * @param roles    speakers' roles as the analysis found them (for the claim author's job title)
     * @param site     the newsroom publishing the reviews and where (its fields may be null)
     */
    public static ArrayNode claimReviews(Article a, List<Annotation> annotations, Map<String, String> roles,
                                         ReviewSite site) {
        return claimReviews(a, annotations, roles, site, Map.of());
    }

    /**
     * As {@link #claimReviews(Article, List, Map, ReviewSite)}, naming as each review's checker who gave
     * its verdict ({@code judges}, by annotation id), else who made the annotation.
     */
    public static ArrayNode claimReviews(Article a, List<Annotation> annotations, Map<String, String> roles,
                                         ReviewSite site, Map<Long, String> judges) {
        ArrayNode reviews = JSON.createArrayNode();
        for (Annotation x : annotations) {
            if (x.kind() == AnnotationKind.COMMENT || x.verdict().open() || x.anchor() == Annotation.Anchor.ORPHANED) {
                continue;
            }
            ObjectNode r = reviews.addObject();
            r.put("@context", "https://schema.org");
            r.put("@type", "ClaimReview");
            if (site.page() != null) { // where the fact-check is read: never a tag: URI, which no reader can open
                r.put("url", site.page() + "#annotation-" + x.id());
            }
            r.put("claimReviewed", x.target().exact());
            r.put("datePublished", x.modified().atOffset(ZoneOffset.UTC).toLocalDate().toString());
            if (a.language() != null) {
                r.put("inLanguage", a.language());
            }
            // the newsroom publishes the review; the checker who judged the claim wrote it
            ArrayNode authors = r.putArray("author");
            if (site.organisation() != null) {
                ObjectNode org = authors.addObject().put("@type", "Organization").put("name", site.organisation());
                if (site.organisationUrl() != null) {
                    org.put("url", site.organisationUrl());
                }
            }
            String checker = judges.getOrDefault(x.id(), x.author());
            if (checker != null && !checker.isBlank()) {
                authors.addObject().put("@type", "Person").put("name", checker);
            }
            ObjectNode rating = r.putObject("reviewRating");
            rating.put("@type", "Rating");
            rating.put("ratingValue", rating(x.verdict()));
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
            rating.put("alternateName", label(x.verdict()));
            if (!x.note().isBlank()) {
                rating.put("ratingExplanation", x.note());
            }
            ObjectNode claim = r.putObject("itemReviewed");
            claim.put("@type", "Claim");
            if (x.speaker() != null) {
                ObjectNode who = claim.putObject("author");
                who.put("@type", "Person");
                who.put("name", x.speaker());
                String role = roles.get(x.speaker());
                if (role != null) {
                    who.put("jobTitle", role);
                }
            } else if (a.source() != null && !a.source().isBlank()) {
                ObjectNode who = claim.putObject("author");
                who.put("@type", "Organization");
                who.put("name", a.source());
            }
            if (a.published() != null) {
                claim.put("datePublished", a.published().atOffset(ZoneOffset.UTC).toLocalDate().toString());
            }
            ObjectNode appearance = claim.putObject("appearance");
            appearance.put("@type", "NewsArticle");
            appearance.put("headline", a.title());
            if (a.sourceUrl() != null && !a.sourceUrl().isBlank()) {
                appearance.put("url", a.sourceUrl());
            }
        }
        return reviews;
    }

    /**
     * Who publishes ClaimReviews and where.
     *
     * @param organisation    the newsroom's name, or null
     * @param organisationUrl the newsroom's site, or null
     * @param page            where the fact-check of the article is read (its published post), or null
     */
    public record ReviewSite(String organisation, String organisationUrl, String page) {
    }

    /** Ratings on a 1 (false) to 5 (verified) scale. */
    static int rating(Verdict v) {
        return switch (v) {
            case VERIFIED -> 5;
            case UNVERIFIABLE -> 3;
            case DISPUTED -> 2;
            default -> 1;
        };
    }

    static String label(Verdict v) {
        return switch (v) {
            case VERIFIED -> "Verified";
            case UNVERIFIABLE -> "Unverifiable";
            case DISPUTED -> "Disputed";
            case MISATTRIBUTED -> "Misattributed";
            case FALSE -> "False";
            default -> "Unchecked";
        };
    }

    public static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String iso(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
