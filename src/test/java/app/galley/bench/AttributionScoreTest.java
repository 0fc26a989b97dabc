package app.galley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The benchmark's scorer counts what it should: a wrong speaker, a missed or invented quotation, a wrong field. */
class AttributionScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    @Test
    void scoresFieldsQuotationsAndSpeakers() throws Exception {
        JsonNode truth = json("{'title':'颱風過後菜價飆漲','language':'zh-Hant','source':'經濟日報','byline':'陳怡君',"
                + "'published':'2026-08-09T14:20','paragraphs':['攤商黃明德說：「一顆要賣一百二。」'],"
                + "'quotes':[{'text':'一顆要賣一百二。','speaker':'黃明德'},{'text':'根本不敢買。','speaker':null}]}");
        JsonNode cleaned = json("{'title':'台风过后菜价飙涨','language':'zh-Hant','source':null,'byline':'陳怡君',"
                + "'published':'2026-08-09T00:00:00Z','paragraphs':['攤商黃明德說：「一顆要賣一百二。」']}");
        JsonNode quotes = json("{'quotes':[{'text':'一顆要賣一百二。','speaker':'明德'},{'text':'全新的說法','speaker':null}]}");
        AttributionScore.Result r = AttributionScore.score("a", truth, cleaned, quotes);
        // title right across scripts, language, byline and date right, source missing
        assertThat(r.fieldsRight()).containsExactly(true, true, false, true, true);
        assertThat(r.bodyF1()).isEqualTo(1.0);
        assertThat(r.truthQuotes()).isEqualTo(2);
        assertThat(r.recalled()).isEqualTo(1);
        assertThat(r.foundQuotes()).isEqualTo(2);
        assertThat(r.precise()).isEqualTo(1);
        assertThat(r.speakersRight()).isZero(); // 明德 is a fragment of the name: wrong
    }

    @Test
    void aQuotationSplitByItsAttributionMayComeBackAsOne() throws Exception {
        JsonNode truth = json("{'title':'t','language':'en','source':null,'byline':null,'published':null,'paragraphs':['x'],"
                + "'quotes':[{'text':'We ran out of gloves,','speaker':'Beth Morgan'},{'text':'That is good.','speaker':'Beth Morgan'}]}");
        JsonNode quotes = json("{'quotes':[{'text':'We ran out of gloves, That is good.','speaker':'Beth Morgan'}]}");
        AttributionScore.Result r = AttributionScore.score("b", truth, json("{'title':'t','language':'en'}"), quotes);
        assertThat(r.recalled()).isEqualTo(2);
        assertThat(r.precise()).isEqualTo(1);
        assertThat(r.speakersRight()).isEqualTo(2);
        assertThat(AttributionScore.sameDay("2026-07-31T21:05", "2026-07-31T21:05:00Z")).isTrue();
        assertThat(AttributionScore.sameDay("2026-07-31", "2026-08-01T00:00:00Z")).isFalse();
    }
}
