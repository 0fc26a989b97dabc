package app.galley.ingest.extract;

import app.galley.clean.VisibleMetadata;
import app.galley.text.DateParser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The patterns on which Chinese pages defeated the extractor (issue 19), each on a small page written
 * for the test: no site and no page of the benchmark sets is copied or named.
 */
class ChinesePagePatternsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    /** A paragraph of Chinese prose, {@code n} differing so that no two are alike. */
    private static String prose(int n) {
        return "第" + n + "段：市政府今天公布新的交通規劃，預計在三年內完成捷運延伸工程，並同步改善公車路網，"
                + "讓通勤時間縮短兩成，相關預算將送交議會審議，市民可在下個月的說明會上提出意見。";
    }

    private static String sidebarLinks(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<li><a href=\"/news/").append(i).append("\">熱門新聞標題第").append(i)
                    .append("則：市場動態與最新消息整理</a></li>");
        }
        return sb.toString();
    }

    @Test
    void aFormAroundThePageKeepsAnArticleWrittenAsBrSeparatedLinesInACell() {
        String html = "<html><head><title>交通規劃公布</title></head><body><form action=\"page.aspx\" method=\"post\">"
                + "<table><tr><td class=\"menu\"><a href=\"/\">首頁</a></td></tr><tr><td>"
                + prose(1) + "<br><br>" + prose(2) + "<br><br>" + prose(3) + "<br><br>" + prose(4)
                + "</td></tr></table></form></body></html>";
        Extraction x = extractor.extract(html, null);
        assertThat(x.text()).contains("第1段").contains("第4段");
    }

    @Test
    void anchorsWithoutATargetAreNotLinks() {
        // a post inside an <a name> (or one the parser reopened after a missing close tag)
        String html = "<html><body><div class=\"post\"><a name=\"p1\"><p>" + prose(1) + "</p><p>" + prose(2)
                + "</p><p>" + prose(3) + "</p></a></div><div class=\"side\"><ul>" + sidebarLinks(3)
                + "</ul></div></body></html>";
        assertThat(extractor.extract(html, null).text()).contains("第1段").contains("第3段");
        assertThat(TextStats.isLink(org.jsoup.Jsoup.parse("<a name=x>t</a>").selectFirst("a"))).isFalse();
        assertThat(TextStats.isLink(org.jsoup.Jsoup.parse("<a href='javascript:void(0)'>t</a>").selectFirst("a"))).isFalse();
        assertThat(TextStats.isLink(org.jsoup.Jsoup.parse("<a href='/news/1'>t</a>").selectFirst("a"))).isTrue();
    }

    @Test
    void aLongCommentThreadDoesNotOutscoreThePost() {
        // sixty short comments, each a paragraph of the thread: together they outweigh the post
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            comments.append("<p>網友").append(i).append("：說得好，支持，希望早日完工，期待，加油，謝謝分享！</p>");
        }
        String html = "<html><head><title>捷運延伸</title></head><body><div><h2>捷運延伸</h2><p>"
                + prose(1) + "</p><p>" + prose(2) + "</p></div><div id=\"comments\">" + comments
                + "</div></body></html>";
        Extraction x = extractor.extract(html, null);
        assertThat(x.text()).contains("第1段").contains("第2段").doesNotContain("網友");
    }

    @Test
    void aListOfLinkTitlesDoesNotOutscoreAShortPost() {
        String html = "<html><body><div class=\"list\"><ul>" + sidebarLinks(30) + "</ul></div><div class=\"entry\"><p>"
                + prose(1) + "</p></div></body></html>";
        assertThat(extractor.extract(html, null).text()).contains("第1段").doesNotContain("熱門新聞標題");
        // each block's own links discount what it gives its ancestors, on top of the container's
        String item = "市場動態整理，最新消息彙整，價格走勢分析，產業新聞觀察，專家評論。";
        org.jsoup.nodes.Element plain = scored("<html><body><div id=\"c\"><p>" + item + item + "</p></div></body></html>")
                .getElementById("c");
        double plainScore = candidates.scoreOf(plain);
        org.jsoup.nodes.Element linked = scored("<html><body><div id=\"c\"><p><a href=\"/x\">" + item + "</a>" + item
                + "</p></div></body></html>").getElementById("c");
        double density = candidates.index().linkDensity(linked);
        assertThat(density).isBetween(0.4, 0.6);
        assertThat(candidates.scoreOf(linked)).isLessThan(plainScore * (1 - density) * 0.75);
    }

    @Test
    void aTinyResultFallsBackToTheCandidateWithRealText() {
        // a page of short cells (an error page of a forum): the text is the table of them
        String html = "<html><body><table><tr><th>論壇 › 錯誤信息</th></tr>"
                + "<tr><td>您在發表文章的時候發生錯誤，共有1項，下面是錯誤的詳細信息：</td></tr>"
                + "<tr><td>錯誤的版面參數！請確認您是從有效的連接進入，或者重新登入。</td></tr>"
                + "<tr><td>請仔細閱讀論壇幫助文件，確保您有相應的操作權限，謝謝合作。</td></tr>"
                + "<tr><td><a href=\"/back\">返回上一頁</a></td></tr></table></body></html>";
        assertThat(extractor.extract(html, null).text()).contains("發生錯誤").contains("版面參數").contains("幫助文件");
        // the candidate a tiny result falls back to: the best-scored one with that much real text
        scored(html);
        org.jsoup.nodes.Element real = candidates.realText(150);
        assertThat(real).isNotNull();
        assertThat(real.text()).contains("發生錯誤").contains("版面參數").contains("幫助文件");
        assertThat(candidates.realText(100_000)).isNull();
    }

    @Test
    void relatedReadingEndsTheArticleButAnInfoboxLabelDoesNot() {
        String html = "<html><body><article><p>" + prose(1) + "</p><h3>最新數據</h3><p>" + prose(2) + "</p>"
                + "<h3>相關 閱讀</h3><ul>" + sidebarLinks(3) + "</ul><p>" + prose(9) + "</p></article></body></html>";
        String text = extractor.extract(html, null).text();
        assertThat(text).contains("最新數據").contains("第2段").doesNotContain("熱門新聞").doesNotContain("第9段");
    }

    @Test
    void legalAndReprintNoticesEndTheArticle() {
        String zh = "<html><body><article><p>" + prose(1) + "</p><p>" + prose(2) + "</p><p>版權聲明：</p><p>"
                + prose(3) + "</p></article></body></html>";
        assertThat(extractor.extract(zh, null).text()).contains("第2段").doesNotContain("版權聲明").doesNotContain("第3段");
        String inline = "<html><body><article><p>" + prose(1) + "</p><p>" + prose(2) + "</p><p>免责声明：本文仅代表作者"
                + "本人观点，与本站无关，转载请注明出处，本站对文中陈述、观点判断保持中立。</p></article></body></html>";
        assertThat(extractor.extract(inline, null).text()).contains("第2段").doesNotContain("免责声明");
        String en = "<html><body><article><p>The council approved the budget on Tuesday after a long debate, "
                + "with eight votes for and three against, and the mayor said she would sign it.</p><p>The plan "
                + "funds new buses, repairs two bridges and hires forty teachers, officials said.</p><p>Disclaimer:"
                + "</p><p>The views expressed are the author's own and do not reflect those of this site.</p>"
                + "</article></body></html>";
        assertThat(extractor.extract(en, null).text()).contains("forty teachers").doesNotContain("views expressed");
    }

    @Test
    void aRowHoldingThePostAndALinkHeavySidebarIsDescendedInto() {
        // the sidebar's entries each score a little (commas) and pull the row above the post's cell
        StringBuilder side = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            side.append("<p>〖網友").append(i).append("〗回覆：《<a href=\"/p/").append(i)
                    .append("\">市場動態整理與最新消息彙整第").append(i).append("則</a>》說得好，支持。</p>");
        }
        String html = "<html><body><table><tr><td><p>" + prose(1) + "</p><p>" + prose(2) + "</p><p>"
                + prose(3) + "</p></td><td>" + side + "</td></tr></table></body></html>";
        String text = extractor.extract(html, null).text();
        assertThat(text).contains("第1段").contains("第3段").doesNotContain("回覆");
        // from the row, the rule goes down to the post's cell: the rest of the row is mostly links
        org.jsoup.nodes.Element row = scored(html).selectFirst("tr");
        assertThat(candidates.descend(row).normalName()).isEqualTo("td");
        assertThat(candidates.descend(row).text()).startsWith("第1段").doesNotContain("回覆");
        // but not when the rest of the row is prose too: then the row is the article
        String twoColumns = "<html><body><table><tr><td><p>" + prose(1) + "</p><p>" + prose(2) + "</p><p>" + prose(3)
                + "</p></td><td><p>" + prose(4) + "</p></td></tr></table></body></html>";
        org.jsoup.nodes.Element both = scored(twoColumns).selectFirst("tr");
        assertThat(candidates.descend(both)).isSameAs(both);
    }

    private Candidates candidates;

    private org.jsoup.nodes.Element scored(String html) {
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(html).body();
        ClassSignals signals = new ClassSignals();
        Pruner.prune(body, signals, null);
        candidates = new Candidates(signals);
        candidates.score(body);
        return body;
    }

    @Test
    void theTextsLanguageWinsOverAPageThatSaysAnotherOrNone() {
        String body = "<body><article><p>" + prose(1) + "</p><p>" + prose(2) + "</p></article></body>";
        assertThat(extractor.extract("<html lang=\"en\">" + body + "</html>", null).language()).isEqualTo("zh-Hant");
        assertThat(extractor.extract("<html lang=\"utf\">" + body + "</html>", null).language()).isEqualTo("zh-Hant");
    }

    @Test
    void chineseBylinesAreNamesWhereverThePageWritesThem() {
        assertThat(VisibleMetadata.byline("作者：宋大明 李小華 我要評論")).isEqualTo("宋大明 李小華");
        assertThat(VisibleMetadata.byline("作者： 飛鳥&遠山 版主(五級) 積分:1200")).isEqualTo("飛鳥&遠山");
        assertThat(VisibleMetadata.byline("日報記者 王建國 張文山 土豆，聽名字就土")).isEqualTo("王建國 張文山");
        assertThat(VisibleMetadata.byline("商報記者陳志明/文 受訪者供圖")).isEqualTo("陳志明");
        assertThat(VisibleMetadata.byline("本報記者透露了 最新消息")).isNull();
        assertThat(VisibleMetadata.byline("2004年7月16日08:19 [ 黃大宇 ] 來源：[ 金融報 ]")).isEqualTo("黃大宇");
        assertThat(VisibleMetadata.byline("預祝大會圓滿成功！ 來源：日報 編輯：蘇明")).isEqualTo("蘇明");
        assertThat(VisibleMetadata.signed("（袁小源）")).isEqualTo("袁小源");
        assertThat(VisibleMetadata.isOrganisation("中文期刊,某某出版社,Some Publishers")).isTrue();
        // a byline in the header just above the article beats a 記者 in a sidebar title far above it
        String html = "<html><body><div class=\"side\"><a href=\"/x\">小記者訓練營 報名開始</a><ul>" + sidebarLinks(12)
                + "</ul></div>"
                + "<div class=\"story\"><p>商報記者陳志明/文</p><p>" + prose(1) + "</p><p>" + prose(2)
                + "</p></div></body></html>";
        assertThat(extractor.extract(html, null).byline()).isEqualTo("陳志明");
        // signed on its own line after the article
        String signed = "<html><body><div class=\"story\"><p>" + prose(1) + "</p><p>" + prose(2)
                + "</p></div><div align=\"right\">（袁小源）</div></body></html>";
        assertThat(extractor.extract(signed, null).byline()).isEqualTo("袁小源");
    }

    @Test
    void chineseDatesAsPagesStampThem() {
        assertThat(DateParser.parseVisible("文章提到2005年4月18日的事。 發表於 2005-4-27 14:32"))
                .isEqualTo(Instant.parse("2005-04-27T00:00:00Z"));
        assertThat(DateParser.parseVisible("2005年07月31日 12:30")).isEqualTo(Instant.parse("2005-07-31T00:00:00Z"));
        assertThat(DateParser.parseVisible("更新：9/17/2004 5:54:13 AM")).isEqualTo(Instant.parse("2004-09-17T00:00:00Z"));
        assertThat(DateParser.parseVisible("中華民國94年5月7日")).isEqualTo(Instant.parse("2005-05-07T00:00:00Z"));
        // the date stamped above the article wins over one written in a sidebar that comes first on the page
        String html = "<html><body><div class=\"side\"><p>2006-08-10 網站公告</p><ul>" + sidebarLinks(12)
                + "</ul></div><div class=\"story\">"
                + "<p>發表時間：2005-06-14 03:25:55</p><p>" + prose(1) + "</p><p>" + prose(2) + "</p></div></body></html>";
        assertThat(extractor.extract(html, null).published()).isEqualTo(Instant.parse("2005-06-14T00:00:00Z"));
    }
}
