package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final String TITLE = TestFiles.SAMPLE_TITLE;
    private static final String BODY = TestFiles.sampleText();

    @Test
    void whiteSpaceAndLineBreaksDoNotMatter() {
        assertThat(ContentHash.of(TITLE, BODY))
                .isEqualTo(ContentHash.of(TITLE, BODY.replace("\n\n", "\n").replace("。", "。 ")));
    }

    @Test
    void punctuationWidthDoesNotMatter() {
        String fullWidth = BODY.replace(',', '，').replace(':', '：').replace('?', '？');
        assertThat(fullWidth).isNotEqualTo(BODY);
        assertThat(ContentHash.of(TITLE, fullWidth)).isEqualTo(ContentHash.of(TITLE, BODY));
    }

    @Test
    void theSimplifiedVersionOfTheSampleIsTheSameArticle() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        String title = toSimplified.transliterate(TITLE);
        String body = toSimplified.transliterate(BODY);
        assertThat(body).contains("探秘人脑超级晶元").isNotEqualTo(BODY);
        assertThat(ContentHash.of(title, body)).isEqualTo(ContentHash.of(TITLE, BODY));
    }

    @Test
    void aChangedFigureIsADifferentArticle() {
        assertThat(ContentHash.of(TITLE, BODY.replace("10億", "20億"))).isNotEqualTo(ContentHash.of(TITLE, BODY));
        assertThat(ContentHash.of("Budget vote", "The council voted 7 to 2."))
                .isNotEqualTo(ContentHash.of("Budget vote", "The council voted 2 to 7."));
        assertThat(ContentHash.of("Budget vote", "The Council voted 7 to 2!"))
                .isEqualTo(ContentHash.of("budget vote", "the council voted 7 to 2."));
    }
}
