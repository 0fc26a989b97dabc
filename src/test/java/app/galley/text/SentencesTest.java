package app.galley.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences around a span, in English and Chinese. */
class SentencesTest {

    private static String around(String text, String span) {
        int at = text.indexOf(span);
        int[] s = Sentences.around(text, at, at + span.length());
        return text.substring(s[0], s[1]);
    }

    @Test
    void titlesAndDecimalsDoNotEndASentence() {
        String text = "Dr. Chen said the budget rose 3.5 percent to $1.2 billion. Prof. Wu disagreed.";
        assertThat(around(text, "3.5 percent")).isEqualTo("Dr. Chen said the budget rose 3.5 percent to $1.2 billion.");
        assertThat(around(text, "disagreed")).isEqualTo("Prof. Wu disagreed.");
    }

    @Test
    void chineseSentencesEndAtTheirMarksAndAQuotationOpensTheNext() {
        String text = "上海腦科學中心已開始建設。「我們將力求突破。」張旭指出。每年投入不少於10億元！";
        assertThat(around(text, "開始建設")).isEqualTo("上海腦科學中心已開始建設。");
        assertThat(around(text, "力求突破")).isEqualTo("我們將力求突破。」");
        assertThat(around(text, "10億元")).isEqualTo("每年投入不少於10億元！");
    }

    @Test
    void aSentenceNeverCrossesALineBreak() {
        String text = "First line without an end\nSecond line, 42 percent. Third.";
        assertThat(around(text, "42 percent")).isEqualTo("Second line, 42 percent.");
        assertThat(around(text, "without")).isEqualTo("First line without an end");
    }
}
