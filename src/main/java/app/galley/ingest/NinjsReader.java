package app.galley.ingest;

import app.galley.text.DateParser;
import app.galley.model.ArticleDraft;
import app.galley.model.Original;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;

/**
 * IPTC ninjs items (1.x and 2.x), as wire services send them and as Galley exports them: headline,
 * byline, language, dates, and the body from {@code body_html}/{@code bodies} or {@code body_text}.
 */
final class NinjsReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        String headline = text(item, "headline");
        if (headline == null && item.path("headlines").isArray() && item.path("headlines").size() > 0) {
            headline = text(item.path("headlines").get(0), "value");
        }
        String html = text(item, "body_html");
        String plain = text(item, "body_text");
        for (JsonNode body : item.path("bodies")) {
            String type = text(body, "contenttype");
            if (html == null && type != null && type.contains("html")) {
                html = text(body, "value");
            } else if (plain == null) {
                plain = text(body, "value");
            }
        }
        if (headline == null || html == null && plain == null) {
            throw new ImportProblem("not a ninjs item: it needs a headline and a body"
                    + " (headline/headlines and body_html, body_text or bodies)");
        }
        String body;
        if (html != null) {
            body = HtmlArticleReader.cleanBody(html);
        } else {
            body = TextArticleReader.collapseBlankLines(TextArticleReader.normalise(plain)).strip();
        }
        String byline = text(item, "byline");
        if (byline == null && item.path("bylines").isArray() && item.path("bylines").size() > 0) {
            byline = text(item.path("bylines").get(0), "byline");
        }
        Instant published = DateParser.parseIso(text(item, "firstcreated"));
        if (published == null) {
            published = DateParser.parseIso(text(item, "versioncreated"));
        }
        String language = text(item, "language");
        String uri = text(item, "uri");
        String source = text(item, "copyrightholder");
        return new ArticleDraft(headline, text(item, "subheadline"), byline, source,
                uri != null && uri.startsWith("http") ? uri : null,
                language != null ? language : LanguageGuess.of(body), published, body, original);
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
