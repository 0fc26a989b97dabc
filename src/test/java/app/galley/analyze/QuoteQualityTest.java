package app.galley.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Precision and recall of quotations, and speaker accuracy, over hand-written fixtures in zh-Hant,
 * zh-Hans and English (quotes before and after their attribution, split quotes, pronouns, roles,
 * titles, quoted names and scare quotes). The figures are logged and written to
 * target/quote-quality.txt; the targets are precision and recall of at least 0.95 and speaker
 * accuracy of at least 0.9.
 */
class QuoteQualityTest {

    private static final Logger LOG = LoggerFactory.getLogger(QuoteQualityTest.class);
    static final List<String> FIXTURES = List.of("en-transit", "en-chips", "en-storm", "en-housing", "zh-hant-c919",
            "zh-hant-startup", "zh-hans-gdp", "zh-hans-launch", "en-school", "zh-hant-hk", "zh-hans-ev");

    @Test
    void quotesAndSpeakersMeetTheTargets() throws IOException {
        int expected = 0;
        int found = 0;
        int matched = 0;
        int speakersRight = 0;
        List<String> misses = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String name : FIXTURES) {
            JsonNode f;
            try (InputStream in = getClass().getResourceAsStream("/factcheck/quotes/" + name + ".json")) {
                f = json.readTree(in);
            }
            String text = f.get("text").asText();
            List<Quote> quotes = QuoteFinder.find(text).quotes();
            found += quotes.size();
            List<String> foundTexts = new ArrayList<>(quotes.stream().map(Quote::text).toList());
            for (JsonNode q : f.get("quotes")) {
                expected++;
                String want = q.get("text").asText();
                String speaker = q.get("speaker").isNull() ? null : q.get("speaker").asText();
                Quote got = quotes.stream().filter(x -> x.text().equals(want)).findFirst().orElse(null);
                if (got == null) {
                    misses.add(name + ": missed 「" + want + "」");
                    continue;
                }
                matched++;
                foundTexts.remove(want);
                if (Objects.equals(got.speaker(), speaker)) {
                    speakersRight++;
                } else {
                    misses.add(name + ": 「" + want + "」 by " + got.speaker() + ", expected " + speaker);
                }
            }
            foundTexts.forEach(t -> misses.add(name + ": not a quotation 「" + t + "」"));
        }
        double precision = (double) matched / found;
        double recall = (double) matched / expected;
        double speakerAccuracy = (double) speakersRight / matched;
        String report = String.format("quotes expected %d, found %d, matched %d: precision %.3f, recall %.3f,"
                + " speaker accuracy %.3f%n%s", expected, found, matched, precision, recall, speakerAccuracy,
                String.join("\n", misses));
        LOG.info("Quote quality: {}", report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "quote-quality.txt"), report);
        assertThat(expected).as("fixtures hold enough quotations to measure").isGreaterThanOrEqualTo(40);
        assertThat(precision).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(speakerAccuracy).as(report).isGreaterThanOrEqualTo(0.9);
    }
}
