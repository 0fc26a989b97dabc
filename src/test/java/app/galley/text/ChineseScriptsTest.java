package app.galley.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one Traditional/Simplified table, and the folding that uses it. */
class ChineseScriptsTest {

    private final ChineseScripts t = ChineseScripts.get();

    @Test
    void charactersFoldAndAreToldApartByOpenCcsTable() {
        assertThat(t.simplified('腦')).isEqualTo('脑');
        assertThat(t.simplified('並')).isEqualTo('并');
        assertThat(t.simplified('中')).isEqualTo('中');
        assertThat(t.isTraditionalOnly('腦')).isTrue();
        assertThat(t.isSimplifiedOnly('脑')).isTrue();
        assertThat(t.isTraditionalOnly('中')).isFalse();
        assertThat(t.isSimplifiedOnly('中')).isFalse();
        // 后 is both a Simplified character and a Traditional one (皇后): not Simplified only
        assertThat(t.isSimplifiedOnly('后')).isFalse();
        assertThat(t.traditionalForms('发')).contains('發', '髮');
        assertThat(t.traditionalForms('中')).isEmpty();
        // for matching, Taiwan's 著 (隨著) folds with the standard 着 (随着), while conversion keeps 著
        assertThat(t.fold('著')).isEqualTo(t.fold('着')).isEqualTo('着');
        assertThat(t.simplified('著')).isEqualTo('著');
        assertThat(t.fold('腦')).isEqualTo('脑');
    }

    @Test
    void foldingReadsBothScriptsAndBothWidthsAlike() {
        assertThat(Folding.CONTENT.fold("上海腦科學：整合並且加強，ＡＢＣ！"))
                .isEqualTo(Folding.CONTENT.fold("上海脑科学:整合并且加强, abc!"))
                .isEqualTo("上海脑科学整合并且加强abc");
    }
}
