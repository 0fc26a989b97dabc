package app.galley.bench;

import app.galley.ingest.extract.ShingleMetric;
import app.galley.text.Folding;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How close one article's cleaning and quotations come to its hand-made truth (issue 20): each field
 * right or wrong, the body's F1, and the quotations found, missed and credited. The rules are in
 * {@code src/test/resources/attribution/README.md}.
 */
final class AttributionScore {

    /** The fields scored right or wrong, in the report's order. */
    static final List<String> FIELDS = List.of("title", "language", "source", "byline", "published");

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile(
            "^[\\s\"'“”‘’「」『』,，.。:：;；!！?？]+|[\\s\"'“”‘’「」『』,，.。:：;；!！?？]+$");

    /** One article's result. */
    record Result(String name, boolean[] fieldsRight, double bodyF1, int truthQuotes, int recalled, int foundQuotes,
                  int precise, int speakersRight, List<String> misses) {
    }

    private AttributionScore() {
    }

    /**
     * Scores one article: {@code cleaned} is {@code galley clean --jsonl}'s object for it, {@code quotes}
     * {@code galley quotes --jsonl}'s.
     */
    static Result score(String name, JsonNode truth, JsonNode cleaned, JsonNode quotes) {
        List<String> misses = new ArrayList<>();
        boolean[] right = new boolean[FIELDS.size()];
        right[0] = sameText(text(truth, "title"), text(cleaned, "title"));
        right[1] = sameText(text(truth, "language"), text(cleaned, "language"));
        right[2] = sameText(text(truth, "source"), text(cleaned, "source"));
        right[3] = sameNames(text(truth, "byline"), text(cleaned, "byline"));
        right[4] = sameDay(text(truth, "published"), text(cleaned, "published"));
        for (int i = 0; i < right.length; i++) {
            if (!right[i]) {
                misses.add(FIELDS.get(i) + ": truth " + text(truth, FIELDS.get(i)) + ", found " + text(cleaned, FIELDS.get(i)));
            }
        }
        String truthBody = String.join("\n\n", strings(truth.get("paragraphs")));
        String foundBody = String.join("\n\n", strings(cleaned.get("paragraphs")));
        boolean english = "en".equals(text(truth, "language"));
        ShingleMetric.PageScore body = english ? ShingleMetric.page(truthBody, foundBody)
                : ShingleMetric.pageByCharacters(truthBody, foundBody);
        double f1 = body.tp() == 0 ? 0 : 2 * body.tp() / (2 * body.tp() + body.fp() + body.fn());

        List<String[]> expected = new ArrayList<>();
        for (JsonNode q : truth.get("quotes")) {
            expected.add(new String[] {norm(q.get("text").asText()), q.get("speaker").isNull() ? null : q.get("speaker").asText()});
        }
        List<String[]> found = new ArrayList<>();
        if (quotes != null && quotes.has("quotes")) {
            for (JsonNode q : quotes.get("quotes")) {
                found.add(new String[] {norm(q.get("text").asText()),
                    q.get("speaker") == null || q.get("speaker").isNull() ? null : q.get("speaker").asText()});
            }
        }
        int recalled = 0;
        int speakers = 0;
        for (String[] t : expected) {
            String[] match = found.stream().filter(f -> covers(f[0], t[0])).findFirst().orElse(null);
            if (match == null) {
                misses.add("quote missed: " + t[0]);
                continue;
            }
            recalled++;
            if (sameNames(t[1], match[1]) || t[1] == null && (match[1] == null || match[1].isBlank())) {
                speakers++;
            } else {
                misses.add("speaker of " + t[0] + ": truth " + t[1] + ", found " + match[1]);
            }
        }
        int precise = 0;
        for (String[] f : found) {
            int inside = 0;
            boolean within = false;
            for (String[] t : expected) {
                if (f[0].contains(t[0])) {
                    inside += t[0].length();
                }
                within |= t[0].contains(f[0]) && f[0].length() * 5 >= t[0].length() * 4;
            }
            if (within || inside * 5 >= f[0].length() * 4) {
                precise++;
            } else {
                misses.add("not a quotation: " + f[0]);
            }
        }
        return new Result(name, right, f1, expected.size(), recalled, found.size(), precise, speakers, misses);
    }

    /** A found quotation covers a true one: the same words, one of them merged with the next part, or 80 % of it. */
    private static boolean covers(String found, String truth) {
        return found.contains(truth) || truth.contains(found) && found.length() * 5 >= truth.length() * 4;
    }

    static String norm(String quote) {
        return Folding.CONTENT.fold(EDGE_PUNCTUATION.matcher(quote.strip()).replaceAll(""));
    }

    static boolean sameText(String truth, String found) {
        if (truth == null || found == null) {
            return truth == null && (found == null || found.isBlank());
        }
        return fold(truth).equals(fold(found));
    }

    private static String fold(String s) {
        return Folding.CONTENT.fold(s).replaceAll("[\\s\u3000\"“”「」]+", "").toLowerCase(Locale.ROOT);
    }

    /** The same names in any order, separated by spaces, 、 or commas, case and script folded. */
    static boolean sameNames(String truth, String found) {
        if (truth == null || found == null || found.isBlank()) {
            return truth == null && (found == null || found.isBlank());
        }
        List<String> a = names(truth);
        List<String> b = names(found);
        a.sort(null);
        b.sort(null);
        return String.join(" ", a).equals(String.join(" ", b));
    }

    private static List<String> names(String s) {
        return new ArrayList<>(List.of(Folding.CONTENT.fold(s).toLowerCase(Locale.ROOT).strip().split("[\\s、,，]+")));
    }

    /** The truth's day (its date as written) and the found instant's day in UTC, as Galley stores dates. */
    static boolean sameDay(String truth, String found) {
        if (truth == null || found == null) {
            return truth == null && found == null;
        }
        Matcher m = DAY.matcher(truth);
        if (!m.find()) {
            return false;
        }
        LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        try {
            return Instant.parse(found).atOffset(ZoneOffset.UTC).toLocalDate().equals(day);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
