package app.galley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.text.Change;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each form of metadata line issue 20 names, in Traditional and Simplified Chinese and English. */
class MetadataLinesTest {

    private static final String PROSE_HANT = "國家太空中心2日宣布，台灣自主研製的氣象衛星已完成出廠前的最後一輪環境測試，預計明年升空。";
    private static final String PROSE_HANS = "记者近日在湖北、江西等地走访发现，超过九成的退捕渔民已经实现转产就业，生活逐步稳定。";
    private static final String PROSE_EN = "The city council voted 7-2 on Tuesday night to build a flood barrier along the riverfront.";

    private static List<MetadataLines.Kind> kinds(MetadataLines.Found f) {
        return f.lines().stream().map(MetadataLines.Line::kind).toList();
    }

    @Test
    void kickersLabelsAndTheOriginalHeadline() {
        MetadataLines.Found f = MetadataLines.of("BREAKING | LOCAL | Posted 2 hours ago\nCity approves barrier\n" + PROSE_EN, true);
        assertThat(f.title()).isEqualTo("City approves barrier");
        assertThat(kinds(f)).containsExactly(MetadataLines.Kind.KICKER);
        f = MetadataLines.of("國際新聞\n日本首相訪美　與美國總統會談聚焦關稅\n" + PROSE_HANT, true);
        assertThat(f.title()).isEqualTo("日本首相訪美　與美國總統會談聚焦關稅");
        f = MetadataLines.of("【科技新知】台灣自製衛星完成最後測試　預計明年升空\n" + PROSE_HANT, true);
        assertThat(f.title()).isEqualTo("台灣自製衛星完成最後測試　預計明年升空"); // long, but no sentence in it
        f = MetadataLines.of("长江禁渔五年：上岸渔民的新生活\n原标题：长江十年禁渔满五年 渔民转产就业情况调查\n" + PROSE_HANS, true);
        assertThat(f.title()).isEqualTo("长江禁渔五年：上岸渔民的新生活");
        assertThat(f.originalTitle()).isEqualTo("长江十年禁渔满五年 渔民转产就业情况调查");
        // a short headline is not a kicker
        assertThat(MetadataLines.of("Rates fall\n" + PROSE_EN, true).title()).isEqualTo("Rates fall");
    }

    @Test
    void datelinesDeskLinesAndBylines() {
        MetadataLines.Found f = MetadataLines.of("標題在此\n2026/05/02 14:20  科技新知編輯部\n" + PROSE_HANT, true);
        assertThat(f.published()).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
        assertThat(f.byline()).isNull(); // a desk is not a writer
        f = MetadataLines.of("标题\n2026-06-18 09:32:11　来源：中国新闻网－财经频道　作者：周敏\n" + PROSE_HANS, true);
        assertThat(f.source()).isEqualTo("中国新闻网");
        assertThat(f.byline()).isEqualTo("周敏");
        f = MetadataLines.of("Title here\nPublished 7:42 a.m. CT Aug. 14, 2026\n" + PROSE_EN, true);
        assertThat(f.published()).isEqualTo(Instant.parse("2026-08-14T12:42:00Z"));
        f = MetadataLines.of("Title here\nBy Maria Chen | The Riverside Ledger | Aug. 14, 2026 | 4 min read\n" + PROSE_EN, true);
        assertThat(f.byline()).isEqualTo("Maria Chen");
        assertThat(f.source()).isEqualTo("The Riverside Ledger");
        assertThat(f.published()).isEqualTo(Instant.parse("2026-08-14T00:00:00Z"));
        f = MetadataLines.of("Title here\nHENRY WALSH, Valley Gazette\n" + PROSE_EN, true);
        assertThat(f.byline()).isEqualTo("Henry Walsh");
        assertThat(f.source()).isEqualTo("Valley Gazette");
        assertThat(MetadataLines.of("標題\n記者 陳怡君／台北報導\n" + PROSE_HANT, true).byline()).isEqualTo("陳怡君");
        assertThat(MetadataLines.of("标题\n文／刘晓燕\n" + PROSE_HANS, true).byline()).isEqualTo("刘晓燕");
        assertThat(MetadataLines.of("标题\n（记者 孙海涛）\n" + PROSE_HANS, true).byline()).isEqualTo("孙海涛");
        // two writers after a comma are not a writer and an outlet
        assertThat(MetadataLines.nameAndOutlet("Jane Doe, John Roe")).isNull();
    }

    @Test
    void barsCreditsAndFurniture() {
        MetadataLines.Found f = MetadataLines.of("分類：財經 | 發布時間：2026-08-09 | 來源：經濟日報 | 閱讀：1,024\n標題\n字號：大 中 小\n"
                + "分享到：Facebook　LINE\n" + PROSE_HANT + "\n（本文轉載自 中央社，原標題：獵風者衛星完成環境測試）\n", true);
        assertThat(f.title()).isEqualTo("標題");
        assertThat(f.published()).isEqualTo(Instant.parse("2026-08-09T00:00:00Z"));
        // the repost credit names the original publisher: it wins, the other is kept
        assertThat(f.source()).isEqualTo("中央社");
        assertThat(f.otherSources()).containsExactly("經濟日報");
        assertThat(f.originalTitle()).isEqualTo("獵風者衛星完成環境測試");
        assertThat(kinds(f)).containsExactly(MetadataLines.Kind.METADATA_BAR, MetadataLines.Kind.FURNITURE,
                MetadataLines.Kind.FURNITURE, MetadataLines.Kind.REPOST_CREDIT);
        f = MetadataLines.of(PROSE_HANS + "\n文章来源：文汇报\n【纠错】【打印】【关闭】", false);
        assertThat(f.source()).isEqualTo("文汇报");
        assertThat(f.lines()).hasSize(2);
        f = MetadataLines.of("Share on Facebook   Share on X   Email this article\n" + PROSE_EN, false);
        assertThat(kinds(f)).containsExactly(MetadataLines.Kind.FURNITURE);
        // a reading time, a filing label, a picture's credit: furniture above or under the story
        f = MetadataLines.of("Reading time: 3 minutes\nFiled under: Travel\n" + PROSE_EN + "\nPhoto: Getty Images\n", false);
        assertThat(kinds(f)).containsExactly(MetadataLines.Kind.FURNITURE, MetadataLines.Kind.FURNITURE,
                MetadataLines.Kind.FURNITURE);
        f = MetadataLines.of("圖／翻攝自臉書\n閱讀時間：3 分鐘\n" + PROSE_HANT, false);
        assertThat(kinds(f)).containsExactly(MetadataLines.Kind.FURNITURE, MetadataLines.Kind.FURNITURE);
        // a caption in the middle of the story is the story's
        assertThat(MetadataLines.of(PROSE_EN + "\nPhoto: the barrier's site.\n" + PROSE_EN, false).lines()).isEmpty();
    }

    @Test
    void anOriginalHeadlineInBracketsUnderTheStory() {
        MetadataLines.Found f = MetadataLines.of("河堤整修明年动工\n" + PROSE_HANS + "\n（原标题：河堤整修工程明年春天动工）\n", true);
        assertThat(f.title()).isEqualTo("河堤整修明年动工");
        assertThat(f.originalTitle()).isEqualTo("河堤整修工程明年春天动工");
        assertThat(kinds(f)).containsExactly(MetadataLines.Kind.ORIGINAL_TITLE);
    }

    @Test
    void theStorysOwnLinesStay() {
        // a subhead, a quotation and a short last sentence are the story's
        String body = PROSE_HANT + "\n尋求體制突破\n「我們要做的，是過去做不成的事。」他說。\n" + PROSE_HANT + "\n太空中心預計6月運往美國。";
        assertThat(MetadataLines.of(body, false).lines()).isEmpty();
    }

    @Test
    void theRuleRemovesTheLinesAsChangesOfItsOwn() {
        String text = "分類：財經 | 發布時間：2026-08-09 | 來源：經濟日報\n記者 陳怡君／台北報導\n" + PROSE_HANT;
        List<Change> changes = new MetadataLinesRule().apply(new CleanInput(text, "標題", "zh-Hant", null));
        assertThat(changes).hasSize(2).allSatisfy(c -> {
            assertThat(c.rule()).isEqualTo("metadata-lines");
            assertThat(c.isRemoval()).isTrue();
        });
        assertThat(changes.get(1).reason()).contains("byline");
    }

    @Test
    void aVeryLongLineIsTheStorysNeverAMetadataLine() {
        String longLine = "分類：財經 | 來源：中央社 | " + "a".repeat(600);
        MetadataLines.Found f = MetadataLines.of("標題在此\n" + longLine + "\n" + PROSE_HANT, true);
        assertThat(f.lines()).isEmpty();
        assertThat(f.source()).isNull();
        // the same bar at a bar's length is one
        assertThat(kinds(MetadataLines.of("標題在此\n分類：財經 | 來源：中央社\n" + PROSE_HANT, true)))
                .containsExactly(MetadataLines.Kind.METADATA_BAR);
    }

    @Test
    void aCorrespondentsRoleBetweenReportersNamesIsNoName() {
        assertThat(MetadataLines.of("卫星完成测试\n本报记者 刘晓燕 通讯员 张强\n" + PROSE_HANS, true).byline()).isEqualTo("刘晓燕 张强");
        assertThat(VisibleMetadata.byline("本报记者 刘晓燕 实习生 王芳\n")).isEqualTo("刘晓燕 王芳");
    }
}
