package app.galley.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The named ways texts are made to compare alike, and what each keeps apart. */
class FoldingTest {

    @Test
    void contentFoldingIgnoresScriptWidthSpacesAndPunctuation() {
        assertThat(Folding.CONTENT.fold("整合並且，ＡＢＣ　「加強」！")).isEqualTo(Folding.CONTENT.fold("整合并且,abc 加强!"))
                .isEqualTo("整合并且abc加强");
    }

    @Test
    void nameFoldingKeepsSpacesAndPunctuationButFoldsScriptAndCase() {
        assertThat(Folding.NAME.fold("  Science & Technology 科學 ")).isEqualTo("science & technology 科学");
        assertThat(Folding.NAME.fold("張旭")).isEqualTo(Folding.NAME.fold("张旭"));
        assertThat(Folding.NAME.fold("New York")).isNotEqualTo(Folding.NAME.fold("NewYork"));
    }

    @Test
    void lineFoldingKeepsTheScriptAndPunctuationButNotSpacesOrWidth() {
        assertThat(Folding.LINE.fold("Ｓhare  this\u200B article：")).isEqualTo("sharethisarticle:");
        assertThat(Folding.LINE.fold("分享到")).isNotEqualTo(Folding.LINE.fold("分享到："));
        assertThat(Folding.LINE.fold("當前位置")).isNotEqualTo(Folding.LINE.fold("当前位置"));
    }
}
