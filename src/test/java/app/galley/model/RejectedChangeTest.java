package app.galley.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rejected change is recognised by its words, rule, replacement and the text on either side. */
class RejectedChangeTest {

    private static final String TEXT = "記者日前獲悉,坐落於上海浦東的張江實驗室,已開始了實質性建設。";

    private static RejectedChange comma(String text, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(',', at + 1);
        }
        return RejectedChange.of(text, at, at + 1, "，", "punctuation-width");
    }

    @Test
    void theSameChangeInTheSameTextMatches() {
        RejectedChange r = comma(TEXT, 0);
        int at = TEXT.indexOf(',');
        assertThat(r.from()).isEqualTo(",");
        assertThat(r.prefix()).isEqualTo("記者日前獲悉");
        assertThat(r.matches(TEXT, at, at + 1, "，", "punctuation-width")).isTrue();
        // the other comma, with other text around it, is another change
        int second = TEXT.indexOf(',', at + 1);
        assertThat(r.matches(TEXT, second, second + 1, "，", "punctuation-width")).isFalse();
        // another replacement or another rule is another change
        assertThat(r.matches(TEXT, at, at + 1, "、", "punctuation-width")).isFalse();
        assertThat(r.matches(TEXT, at, at + 1, "，", "spacing")).isFalse();
    }

    @Test
    void itIsFoundAgainAfterTheTextAroundItChangedOnOneSide() {
        RejectedChange r = comma(TEXT, 0);
        String before = "編者按。" + TEXT; // text added further up: offsets move, the context stays
        int at = before.indexOf(',');
        assertThat(r.matches(before, at, at + 1, "，", "punctuation-width")).isTrue();
        String after = TEXT.replace("坐落於", "位於"); // cleaned on the right: the left side still holds
        at = after.indexOf(',');
        assertThat(r.matches(after, at, at + 1, "，", "punctuation-width")).isTrue();
        String both = after.replace("記者日前", "本報記者近日"); // changed on both sides: not recognised
        at = both.indexOf(',');
        assertThat(r.matches(both, at, at + 1, "，", "punctuation-width")).isFalse();
    }
}
