package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import app.galley.model.TextTarget;
import app.galley.model.Verdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exports checked against the standards in {@code ../shared/standards/}: each W3C annotation against
 * the Web Annotation test suite's JSON Schema definitions (context, type, id, motivation, target as a
 * SpecificResource with TextQuote and TextPosition selectors, textual bodies), and each ClaimReview
 * against the schema.org vocabulary.
 */
class AnnotationExportTest {

    private static final Path DEFINITIONS = Path.of("..", "shared", "standards", "web-annotation", "definitions");
    /** The definitions refer to one another by relative IRIs; they are read from the shared folder, never fetched. */
    private static final String BASE = "https://www.w3.org/annotation-tests/definitions/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            b -> b.schemas(iri -> {
                if (!iri.startsWith(BASE)) {
                    return null;
                }
                try {
                    return Files.readString(DEFINITIONS.resolve(iri.substring(BASE.length())));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "張旭表示：「我們將力求在體制和機制上有所創新。」總投資為7.56億元。";
    private static final Instant T = Instant.parse("2026-11-28T09:30:00Z");

    private static Schema definition(String file, String name) {
        return REGISTRY.getSchema(SchemaLocation.of(BASE + file + "#/definitions/" + name));
    }

    /** The problems the W3C definitions find with one annotation. */
    static List<String> w3cProblems(JsonNode a) {
        List<String> problems = new ArrayList<>();
        check(problems, "annotations.json", "contextValueFound", a.get("@context"));
        check(problems, "annotations.json", "annotationTypeValueFound", a);
        check(problems, "id.json", "idValueFound", a);
        check(problems, "annotations.json", "motivationRecognizedIfPresent", a);
        check(problems, "annotations.json", "bodyValueValidIfPresent", a);
        check(problems, "otherProperties.json", "createdValidIfPresent", a);
        check(problems, "otherProperties.json", "modifiedValidIfPresent", a);
        JsonNode target = a.get("target");
        check(problems, "bodyTarget.json", "targetResourcesFound", target);
        if (target.isObject()) {
            check(problems, "specificResource.json", "specificeResourceDetected", target);
            check(problems, "specificResource.json", "selectorDefined", target);
            for (JsonNode s : target.get("selector")) {
                String type = s.get("type").asText();
                check(problems, "specificResource.json", type.equals("TextQuoteSelector") ? "textQuoteSelectorDetected"
                        : "textPositionSelectorDetected", s);
                check(problems, "specificResource.json", "textQuoteSelectorTypeValidIfPresent", s);
                check(problems, "specificResource.json", "textPositionSelectorTypeValidIfPresent", s);
            }
        }
        JsonNode body = a.get("body");
        for (JsonNode b : body.isArray() ? body : List.of(body)) {
            check(problems, "bodyTarget.json", "bodyResourcesFound", b);
            check(problems, "otherProperties.json", "purposeRecognizedIfPresent", b);
            check(problems, "bodyTarget.json", "languageValidIfPresent", b);
        }
        return problems;
    }

    private static void check(List<String> problems, String file, String definition, JsonNode node) {
        definition(file, definition).validate(node).forEach(e -> problems.add(definition + ": " + e.getMessage()));
    }

    private static Article article() {
        return new Article(7, "探秘人腦超級晶元", null, null, null, "第一財經", null, java.util.List.of(), "https://example.com/a/1", "zh-Hant",
                Instant.parse("2018-09-01T00:00:00Z"), ArticleStatus.FACT_CHECK, TEXT, T, T, 3, "h");
    }

    private static Annotation annotation(long id, AnnotationKind kind, String words, String speaker, Verdict v,
                                         Annotation.Anchor anchor) {
        int at = TEXT.indexOf(words);
        return new Annotation(id, 7, kind, TextTarget.of(TEXT, at, at + words.length()), anchor, null, speaker, v,
                v == Verdict.FALSE ? "The annual report says 7.65億元." : "", v == Verdict.VERIFIED
                ? List.of("https://example.com/recording") : List.of(), "mei", T, T, 4, false);
    }

    private static List<Annotation> annotations() {
        return List.of(annotation(1, AnnotationKind.QUOTE, "我們將力求在體制和機制上有所創新。", "張旭", Verdict.VERIFIED,
                        Annotation.Anchor.ANCHORED),
                annotation(2, AnnotationKind.CLAIM, "總投資為7.56億元。", null, Verdict.FALSE, Annotation.Anchor.ANCHORED),
                annotation(3, AnnotationKind.COMMENT, "張旭", null, Verdict.UNCHECKED, Annotation.Anchor.ORPHANED),
                annotation(4, AnnotationKind.CLAIM, "7.56億元", null, Verdict.CHECKING, Annotation.Anchor.ANCHORED));
    }

    @Test
    void webAnnotationsMeetTheW3cDefinitions() {
        List<AnnotationComment> comments = List.of(new AnnotationComment(10, 1, null, "lee", "Which recording?", T, null, false),
                new AnnotationComment(11, 1, 10L, "mei", "The press conference.", T, T, false));
        JsonNode out = AnnotationExport.webAnnotations(article(), annotations(), comments);
        assertThat(out.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(out.get("type").asText()).isEqualTo("AnnotationCollection");
        JsonNode items = out.get("first").get("items");
        assertThat(items).hasSize(6);
        for (JsonNode a : items) {
            assertThat(w3cProblems(a)).as(a.toString()).isEmpty();
        }
        JsonNode quote = items.get(0);
        JsonNode selectors = quote.get("target").get("selector");
        assertThat(selectors.get(0).get("exact").asText()).isEqualTo("我們將力求在體制和機制上有所創新。");
        assertThat(selectors.get(0).get("prefix").asText()).isEqualTo("張旭表示：「");
        assertThat(TEXT.substring(selectors.get(1).get("start").asInt(), selectors.get(1).get("end").asInt()))
                .isEqualTo(selectors.get(0).get("exact").asText());
        // an orphaned annotation keeps its quote but claims no position
        assertThat(items.get(2).get("target").get("selector")).hasSize(1);
        assertThat(items.get(5).get("motivation").asText()).isEqualTo("replying");
        assertThat(items.get(5).get("target").asText()).isEqualTo("tag:galley.app,2026:comment/10");
    }

    @Test
    void theDefinitionsRejectWhatTheW3cTestSuiteCallsIncorrect() throws Exception {
        // the checks above can fail: an annotation without a valid context, or with a broken selector
        JsonNode good = AnnotationExport.webAnnotations(article(), annotations(), List.of()).get("first").get("items").get(0);
        com.fasterxml.jackson.databind.node.ObjectNode bad = good.deepCopy();
        bad.put("@context", "http://example.com/not-anno.jsonld");
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad.get("target").get("selector").get(1)).put("start", -3);
        assertThat(w3cProblems(bad)).anyMatch(p -> p.startsWith("contextValueFound"))
                .anyMatch(p -> p.startsWith("textPositionSelectorDetected"));
        try (var files = Files.list(Path.of("..", "shared", "standards", "web-annotation", "examples", "incorrect"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode incorrect = JSON.readTree(f.toFile());
                List<String> problems = new ArrayList<>();
                check(problems, "annotations.json", "contextValueFound", incorrect.get("@context"));
                check(problems, "annotations.json", "annotationTypeValueFound", incorrect);
                check(problems, "id.json", "idValueFound", incorrect);
                check(problems, "annotations.json", "motivationRecognizedIfPresent", incorrect);
                check(problems, "bodyTarget.json", "targetResourcesFound", incorrect.path("target"));
                assertThat(problems).as(f.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void claimReviewsUseOnlySchemaOrgClassesAndTheirProperties() throws Exception {
        JsonNode reviews = AnnotationExport.claimReviews(article(), annotations(), Map.of("張旭", "中科院上海分院副院長"),
                SITE);
        // the verified quote and the false claim; not the comment, not the claim still being checked
        assertThat(reviews).hasSize(2);
        SchemaOrgVocabulary vocabulary = new SchemaOrgVocabulary();
        assertThat(vocabulary.problems(reviews)).isEmpty();
        JsonNode claim = reviews.get(1);
        assertThat(claim.get("claimReviewed").asText()).isEqualTo("總投資為7.56億元。");
        assertThat(claim.get("reviewRating").get("alternateName").asText()).isEqualTo("False");
        assertThat(claim.get("reviewRating").get("ratingValue").asInt()).isEqualTo(1);
        assertThat(claim.get("itemReviewed").get("@type").asText()).isEqualTo("Claim");
        assertThat(claim.get("itemReviewed").get("author").get("name").asText()).isEqualTo("第一財經");
        assertThat(claim.get("datePublished").asText()).isEqualTo("2026-11-28");
        assertThat(claim.get("url").asText()).isEqualTo("https://news.example.com/fact-check/7#annotation-2");
        assertThat(reviews.get(0).get("itemReviewed").get("author").get("jobTitle").asText()).isEqualTo("中科院上海分院副院長");

        // and the check itself catches a key that is not a property of its type
        com.fasterxml.jackson.databind.node.ObjectNode wrong = reviews.get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) wrong.get("reviewRating")).put("claimReviewed", "x");
        wrong.put("verdict", "true");
        assertThat(vocabulary.problems(wrong)).hasSize(2);
    }

    private static final AnnotationExport.ReviewSite SITE = new AnnotationExport.ReviewSite("Galley Newsroom",
            "https://news.example.com", "https://news.example.com/fact-check/7");

    /**
     * Google's ClaimReview structured-data guidelines (developers.google.com/search/docs/appearance/
     * structured-data/factcheck): required claimReviewed, reviewRating with alternateName, and url (the
     * page of the fact-check); recommended author (the publisher, a name and a url), datePublished, and
     * itemReviewed with its author, datePublished and appearance.
     */
    @Test
    void everyReviewHasWhatGoogleRequiresAndRecommends() throws Exception {
        JsonNode reviews = AnnotationExport.claimReviews(article(), annotations(), Map.of(), SITE);
        assertThat(reviews).isNotEmpty();
        for (JsonNode r : reviews) {
            assertThat(r.path("claimReviewed").asText()).isNotBlank();
            assertThat(r.path("reviewRating").path("alternateName").asText()).isNotBlank();
            assertThat(r.path("url").asText()).matches("https://news\\.example\\.com/fact-check/7#annotation-\\d+");
            JsonNode publisher = r.path("author").get(0);
            assertThat(publisher.path("@type").asText()).isEqualTo("Organization");
            assertThat(publisher.path("name").asText()).isEqualTo("Galley Newsroom");
            assertThat(publisher.path("url").asText()).isEqualTo("https://news.example.com");
            // the checker who judged it, by the name the checker works under (not the system account)
            assertThat(r.path("author").get(1).path("name").asText()).isEqualTo("mei");
            assertThat(r.path("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            JsonNode item = r.path("itemReviewed");
            assertThat(item.path("author").path("name").asText()).isNotBlank();
            assertThat(item.path("datePublished").asText()).isEqualTo("2018-09-01");
            assertThat(item.path("appearance").path("url").asText()).isEqualTo("https://example.com/a/1");
        }
        assertThat(new SchemaOrgVocabulary().problems(reviews)).isEmpty();
    }

    @Test
    void theCheckerWhoGaveTheVerdictWritesTheReview() {
        JsonNode reviews = AnnotationExport.claimReviews(article(), annotations(), Map.of(), SITE, Map.of(2L, "Chen Wei"));
        assertThat(reviews.get(1).path("author").get(1).path("name").asText()).isEqualTo("Chen Wei");
        assertThat(reviews.get(0).path("author").get(1).path("name").asText()).isEqualTo("mei");
    }

    @Test
    void withoutAPageToPointAtThereIsNoUrlRatherThanATagUri() {
        JsonNode reviews = AnnotationExport.claimReviews(article(), annotations(), Map.of(),
                new AnnotationExport.ReviewSite(null, null, null));
        assertThat(reviews).isNotEmpty().allSatisfy(r -> {
            assertThat(r.has("url")).isFalse();
            assertThat(r.toString()).doesNotContain("tag:");
            assertThat(r.path("author")).singleElement().satisfies(a -> assertThat(a.path("@type").asText()).isEqualTo("Person"));
        });
    }
}
