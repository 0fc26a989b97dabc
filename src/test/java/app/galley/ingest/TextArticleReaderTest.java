package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestFiles;
import app.galley.model.ArticleDraft;
import app.galley.model.Original;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

    private static ArticleDraft read(String text) throws ImportProblem {
        return TextArticleReader.read(text, new Original(text.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", "t.txt"));
    }

    @Test
    void theSampleTitleSkipsTheLocationLabelAndBreadcrumb() throws Exception {
        ArticleDraft d = read(TestFiles.sampleText());
        assertThat(d.title()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(d.language()).isEqualTo("zh-Hant");
        // the body keeps every paragraph (boilerplate included: removing it is cleaning's job)
        assertThat(d.body()).startsWith("當前位置:\n首頁 > 最新 > " + TestFiles.SAMPLE_TITLE + "\n\n腦科學與類腦研究");
        assertThat(d.body()).contains("\n\n尋求體制突破\n\n").contains("\n\n建大科學裝置\n\n")
                .contains("\n\n產學研一體化\n\n").endsWith("TAG:第一財經 |");
        assertThat(d.body()).doesNotContain("\n\n\n");
    }

    @Test
    void theSampleMetadataSourceAndSubheads() throws Exception {
        ArticleDraft d = read(TestFiles.sampleText());
        assertThat(d.source()).isEqualTo("第一財經");
        assertThat(d.byline()).isNull();      // "第一財經記者" names no one
        assertThat(d.published()).isNull();   // "2018年8月31日" is in the story, not a dateline
        assertThat(TextArticleReader.subheads(d.body())).containsExactly("尋求體制突破", "建大科學裝置", "產學研一體化");
    }

    @Test
    void chineseSectionPrefixDatelineBylineAndSource() throws Exception {
        ArticleDraft d = read("首頁 > 財經\n\n【財經】台積電擴建高雄廠 投資逾千億\n\n2026年4月3日 記者王小明／台北報導\n\n"
                + "台積電今天宣布擴建高雄廠，投資金額超過新台幣一千億元，預計三年內完工，可創造數千個工作機會。\n\n"
                + "（文章來源：經濟日報）");
        assertThat(d.title()).isEqualTo("台積電擴建高雄廠 投資逾千億");
        assertThat(d.byline()).isEqualTo("王小明"); // the name, not the role (issue 19)
        assertThat(d.source()).isEqualTo("經濟日報");
        assertThat(d.published()).isEqualTo(java.time.Instant.parse("2026-04-03T00:00:00Z"));
        assertThat(d.language()).isEqualTo("zh-Hant");
    }

    @Test
    void englishByOutletDateLine() throws Exception {
        ArticleDraft d = read("Home » World » Asia\n\nShanghai bets on brain chips\n\n"
                + "By Jane Doe | The Ledger | Aug. 14, 2026\n\nThe city will spend more than 1 billion yuan a year on"
                + " brain research, officials said on Tuesday.\n\nWhat it means\n\nThe money goes to a new lab in"
                + " Zhangjiang, where scientists and companies will share equipment and data.");
        assertThat(d.title()).isEqualTo("Shanghai bets on brain chips");
        assertThat(d.byline()).isEqualTo("Jane Doe");
        assertThat(d.source()).isEqualTo("The Ledger");
        assertThat(d.published()).isEqualTo(java.time.Instant.parse("2026-08-14T00:00:00Z"));
        assertThat(TextArticleReader.subheads(d.body())).containsExactly("What it means");
    }

    @Test
    void englishBreadcrumbsAndMenusAreNotTitles() throws Exception {
        String text = "Home > World > Asia\nNews | Sport | Weather | Culture\n\n"
                + "Shanghai bets on brain chips\n\nThe city will spend more than 1 billion yuan a year.\r\n\r\n\r\nSecond paragraph.";
        ArticleDraft d = read(text);
        assertThat(d.title()).isEqualTo("Shanghai bets on brain chips");
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.body()).isEqualTo("Home > World > Asia\nNews | Sport | Weather | Culture\n\n"
                + "The city will spend more than 1 billion yuan a year.\n\nSecond paragraph.");
    }

    @Test
    void navigationLinesAreRecognised() {
        assertThat(TextArticleReader.isNavigation("當前位置:")).isTrue();
        assertThat(TextArticleReader.isNavigation("当前位置：")).isTrue();
        assertThat(TextArticleReader.isNavigation("You are here:")).isTrue();
        assertThat(TextArticleReader.isNavigation("首頁 > 最新 > 標題")).isTrue();
        assertThat(TextArticleReader.isNavigation("Home » Politics")).isTrue();
        assertThat(TextArticleReader.isNavigation("探秘人腦超級晶元 上海腦智產業年投入逾10億")).isFalse();
        assertThat(TextArticleReader.isNavigation("Profits rose 5% > forecasts, analysts said")).isFalse();
        assertThat(TextArticleReader.isNavigation("Q&A: Who said it | the claims | the evidence we found here")).isFalse();
    }

    @Test
    void aVeryLongFirstLineIsShortenedForTheTitle() throws Exception {
        String line = "很".repeat(400);
        ArticleDraft d = read(line + "\n\nbody");
        assertThat(d.title().codePointCount(0, d.title().length())).isEqualTo(300);
        assertThat(d.title()).endsWith("…");
        assertThat(d.body()).startsWith(line);
    }

    @Test
    void textWithOnlyNavigationIsRefused() {
        assertThatThrownBy(() -> read("當前位置:\n首頁 > 最新\n")).isInstanceOf(ImportProblem.class)
                .hasMessageContaining("only navigation");
    }
}
