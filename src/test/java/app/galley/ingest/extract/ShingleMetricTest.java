package app.galley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's metric, checked against values worked out by hand. */
class ShingleMetricTest {

    @Test
    void tokensAreUnicodeWordRuns() {
        assertThat(ShingleMetric.tokens("It's 10.5% — 上海，腦科學!")).containsExactly("It", "s", "10", "5", "上海", "腦科學");
    }

    @Test
    void theChineseSetsTokensAreSingleCharacters() {
        assertThat(ShingleMetric.characterTokens("上海，AI 10%!")).containsExactly("上", "海", "A", "I", "1", "0");
        // truth 上海腦科學: shingles 上海腦科, 海腦科學; prediction 上海腦科: one shingle, found in the truth
        ShingleMetric.PageScore s = ShingleMetric.pageByCharacters("上海腦科學", "上海，腦科");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void identicalTextsScorePerfectly() {
        ShingleMetric.PageScore s = ShingleMetric.page("a b c d e", "a b c d e");
        // shingles: (a b c d), (b c d e): tp 2, fp 0, fn 0 -> normalised 1, 0, 0
        assertThat(s.tp()).isEqualTo(1.0);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.exact()).isTrue();
    }

    @Test
    void partialOverlapByHand() {
        // truth "a b c d e f": shingles abcd, bcde, cdef
        // prediction "a b c d e x y": shingles abcd, bcde, cdex, dexy
        // tp = 2 (abcd, bcde), fp = 2 (cdex, dexy), fn = 1 (cdef); sum 5
        ShingleMetric.PageScore s = ShingleMetric.page("a b c d e f", "a b c d e x y");
        assertThat(s.tp()).isCloseTo(0.4, within(1e-9));
        assertThat(s.fp()).isCloseTo(0.4, within(1e-9));
        assertThat(s.fn()).isCloseTo(0.2, within(1e-9));
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.exact()).isFalse();
    }

    @Test
    void repeatedShinglesCountAsMultisets() {
        // truth: "x x x x x" -> shingle (x x x x) twice; prediction: "x x x x" -> once. tp 1, fn 1
        ShingleMetric.PageScore s = ShingleMetric.page("x x x x x", "x x x x");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shortTextsAreOneShingleAndEmptyCasesFollowTheRules() {
        assertThat(ShingleMetric.page("a b", "a b").precision()).isEqualTo(1.0);
        ShingleMetric.PageScore nothingPredicted = ShingleMetric.page("a b c d", "");
        assertThat(nothingPredicted.precision()).isZero();   // tp and fp zero
        assertThat(nothingPredicted.recall()).isZero();
        ShingleMetric.PageScore nothingTrue = ShingleMetric.page("", "a b c d");
        assertThat(nothingTrue.recall()).isZero();           // tp and fn zero
        assertThat(nothingTrue.precision()).isZero();
    }

    @Test
    void summaryAveragesPagesAndTakesF1OfTheMeans() {
        ShingleMetric.PageScore perfect = ShingleMetric.page("a b c d e", "a b c d e");
        ShingleMetric.PageScore half = ShingleMetric.page("a b c d e f", "a b c d e x y");
        ShingleMetric.PageScore empty = ShingleMetric.page("a b c d", ""); // no prediction: not in precision
        ShingleMetric.Summary s = ShingleMetric.summarise(List.of(perfect, half, empty));
        assertThat(s.precision()).isCloseTo((1.0 + 0.5) / 2, within(1e-9));
        assertThat(s.recall()).isCloseTo((1.0 + 2.0 / 3 + 0) / 3, within(1e-9));
        double p = 0.75;
        double r = (1.0 + 2.0 / 3) / 3;
        assertThat(s.f1()).isCloseTo(2 * p * r / (p + r), within(1e-9));
        assertThat(s.accuracy()).isCloseTo(1.0 / 3, within(1e-9));
    }
}
