package app.galley.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import org.junit.jupiter.api.Test;

class TextLengthTest {

    @Test
    void chineseIsCountedInCharactersWithLatinWordsAsOne() {
        TextLength len = TextLength.of("華為mate手機的麒麟970晶元");
        // 華 為 手 機 的 麒 麟 晶 元 = 9 Han characters, plus "mate" and "970" as one unit each
        assertThat(len).isEqualTo(new TextLength(11, LengthUnit.CHARACTERS));
    }

    @Test
    void englishIsCountedInWords() {
        TextLength len = TextLength.of("The brain-chip lab's budget, 1.2 billion yuan, doubled.");
        // The / brain-chip / lab's / budget / 1.2 / billion / yuan / doubled
        assertThat(len).isEqualTo(new TextLength(8, LengthUnit.WORDS));
        assertThat(TextLength.of("It cost 10,000 dollars.").value()).isEqualTo(4);
    }

    @Test
    void punctuationAndSpacesAreNotCounted() {
        assertThat(TextLength.of("「你好」，世界！ ").value()).isEqualTo(4);
        assertThat(TextLength.of("  ...  ").value()).isZero();
        assertThat(TextLength.of("")).isEqualTo(new TextLength(0, LengthUnit.WORDS));
    }

    @Test
    void theSampleIsMeasuredInCharacters() {
        TextLength len = TextLength.of(TestFiles.sampleText());
        assertThat(len.unit()).isEqualTo(LengthUnit.CHARACTERS);
        assertThat(len.value()).isBetween(2500, 3000);
    }

    @Test
    void statusKeysRoundTrip() {
        for (ArticleStatus s : ArticleStatus.values()) {
            assertThat(ArticleStatus.fromKey(s.key())).isEqualTo(s);
        }
        assertThat(ArticleStatus.FACT_CHECK.key()).isEqualTo("fact-check");
        assertThat(ArticleStatus.fromKey("FACT_CHECK")).isEqualTo(ArticleStatus.FACT_CHECK);
    }
}
