package app.galley.ingest.extract;

import app.galley.text.DateParser;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction page(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/pages/" + name)) {
            return extractor.extract(in.readAllBytes(), "https://example.com/" + name);
        }
    }

    @Test
    void englishNewsPage() throws IOException {
        Extraction x = page("english-news.html");
        assertThat(x.title()).isEqualTo("Council approves $2.1 billion budget after late-night vote");
        assertThat(x.byline()).isEqualTo("Maria Gonzalez");
        assertThat(x.published()).isEqualTo(Instant.parse("2026-08-15T02:15:00Z"));
        assertThat(x.site()).isEqualTo("The Daily Ledger");
        assertThat(x.language()).isEqualTo("en");
        assertThat(x.blocks()).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.PARAGRAPH,
                BlockType.SUBHEAD, BlockType.LIST, BlockType.BLOCKQUOTE, BlockType.PARAGRAPH);
        assertThat(x.blocks().get(3).text()).isEqualTo("Property taxes rise 1.5 percent.\nBus fares stay at $2.");
        assertThat(x.text()).startsWith("The city council approved").endsWith("sign it next week.")
                .doesNotContain("cookies").doesNotContain("Share").doesNotContain("newsletter")
                .doesNotContain("comments").doesNotContain("All rights reserved").doesNotContain("By Maria");
    }

    @Test
    void traditionalChineseNewsPageWithReporterByline() throws IOException {
        Extraction x = page("cna-hualien.html");
        assertThat(x.title()).isEqualTo("太魯閣步道下週重新開放 落石區加裝監測");
        assertThat(x.site()).isEqualTo("中央社 CNA");
        assertThat(x.byline()).isEqualTo("李先鳳"); // the names, not the role (issue 19)
        assertThat(x.published()).isEqualTo(Instant.parse("2026-04-03T00:00:00Z"));
        assertThat(x.language()).isEqualTo("zh-Hant");
        assertThat(x.blocks()).extracting(Block::type).contains(BlockType.SUBHEAD, BlockType.CAPTION);
        assertThat(x.blocks()).filteredOn(b -> b.type() == BlockType.CAPTION).singleElement()
                .extracting(Block::text).isEqualTo("砂卡礑步道將於下週一重新開放。（太管處提供）");
        assertThat(x.text()).startsWith("（中央社記者李先鳳花蓮3日電）").contains("修復經費約5000萬元")
                .contains("約300萬").doesNotContain("分享到臉書").doesNotContain("相關新聞")
                .doesNotContain("不得轉載").doesNotContain("政治").doesNotContain("太管處提供");
        assertThat(x.html()).contains("<h2>修復經費約5000萬元</h2>").doesNotContain("<script");
    }

    @Test
    void simplifiedChinesePortalPageInGb2312() throws IOException {
        Extraction x = page("portal-zh-hans.html");
        assertThat(x.title()).isEqualTo("上海脑科学研究中心启动建设");
        assertThat(x.byline()).isEqualTo("王明");
        assertThat(x.published()).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
        assertThat(x.language()).isEqualTo("zh-Hans");
        assertThat(x.blocks()).hasSize(3);
        assertThat(x.text()).startsWith("上海脑科学与类脑研究中心日前开始实质性建设").contains("不少于10亿元")
                .doesNotContain("热门推荐").doesNotContain("网友评论").doesNotContain("广告").doesNotContain("版权所有");
    }

    @Test
    void visibleBylinesInEnglishAndChinese() {
        String para = "<p>The council met on Tuesday, argued about the schools, the buses and the bridge, and "
                + "adjourned late in the evening after a long and heated debate.</p>";
        Extraction english = extractor.extract("<html><body><article><h1>Budget</h1><div><span>By Jane Doe, "
                + "Staff Writer</span></div>" + para + "</article></body></html>", null);
        assertThat(english.byline()).isEqualTo("Jane Doe");
        Extraction wen = extractor.extract("<html><body><article><h1>預算</h1><p>文／王大明</p><p>市議會週二通過"
                + "明年度預算，議員針對學校、公車與橋梁預算激烈辯論，直到深夜才散會。</p></article></body></html>", null);
        assertThat(wen.byline()).isEqualTo("王大明");
    }

    @Test
    void visibleDatesInEnglishAndChinese() {
        assertThat(DateParser.parseVisible("更新於 2026年4月3日 上午")).isEqualTo(Instant.parse("2026-04-03T00:00:00Z"));
        assertThat(DateParser.parseVisible("2026/05/02 14:25")).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
        assertThat(DateParser.parseVisible("Published Aug. 14, 2026")).isEqualTo(Instant.parse("2026-08-14T00:00:00Z"));
        assertThat(DateParser.parseVisible("14 August 2026")).isEqualTo(Instant.parse("2026-08-14T00:00:00Z"));
        assertThat(DateParser.parseVisible("no date here, 1234")).isNull();
        assertThat(DateParser.parseIso("2026-08-14T22:15:00-04:00")).isEqualTo(Instant.parse("2026-08-15T02:15:00Z"));
    }

    @Test
    void linksSurviveInTheSanitisedHtmlAndScriptsDoNot() {
        Extraction x = extractor.extract("<html><body><article><p>Read the <a href=\"https://example.com/report\" "
                + "onclick=\"steal()\">full report</a>, which runs to forty pages and sets out the council's plans "
                + "for the next decade in detail.</p><p><a href=\"javascript:alert(1)\">x</a> and more text of the "
                + "article, long enough, with commas, to be kept as a paragraph of the story.</p></article></body></html>",
                null);
        assertThat(x.html()).contains("<a href=\"https://example.com/report\"").doesNotContain("onclick")
                .doesNotContain("javascript:");
    }
}
