package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleDraft;
import app.galley.model.Original;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

    private static ArticleDraft read(String html) throws ImportProblem {
        return HtmlArticleReader.read(html, null,
                new Original(html.getBytes(StandardCharsets.UTF_8), "text/html", "UTF-8", "p.html"));
    }

    @Test
    void aCreditAfterTheArticleAndABylineBarNameTheOutlet() throws Exception {
        // issue 20: a repost site's page; the credit the trimmer takes from the article's end names the original
        ArticleDraft zh = read("""
                <html><head><meta charset="utf-8"><title>夜市攤商漲價 - 每日趣聞網</title>
                <meta property="og:site_name" content="每日趣聞網"></head><body>
                <div class="nav">首頁 | 生活 | 財經</div>
                <div class="post"><h1>夜市攤商漲價</h1>
                <div class="meta">撰文：王小明　攝影：李大華　2026-06-18</div>
                <p>物價上漲，夜市攤商紛紛調漲售價，消費者直呼吃不消，業者也很無奈，紛紛表示成本漲太多，不得不調整。</p>
                <p>攤商說：「成本漲太多了，我們也不想漲。」一位消費者則表示：「以後少來了。」</p>
                <p>經濟部表示，將持續關注物價變化，必要時採取措施穩定民生物價，並與業者溝通。</p>
                <p>（本文摘自《遠見雜誌》）</p>
                </div><div class="footer">© 2026 每日趣聞網 版權所有</div></body></html>
                """);
        assertThat(zh.source()).isEqualTo("遠見雜誌");
        assertThat(zh.byline()).isEqualTo("王小明");
        ArticleDraft en = read("""
                <html><head><title>Ferry fares rise - Daily Clicks</title><meta property="og:site_name" content="Daily Clicks">
                </head><body><nav>Home | News | Sport</nav>
                <article><h1>Ferry fares rise</h1>
                <div class="byline">By Jane Doe · Rail &amp; Road · June 3, 2026</div>
                <p>Ferry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs and staff shortages.</p>
                <p>Commuters were not pleased. "It is a scandal," said Tom Hill, who takes the ferry every day to work in the city.</p>
                <p>The operator said the rise was unavoidable and that it would review prices again in the spring of next year.</p>
                </article><footer>© 2026 Daily Clicks</footer></body></html>
                """);
        assertThat(en.byline()).isEqualTo("Jane Doe");
        assertThat(en.source()).isEqualTo("Rail & Road");
    }

    @Test
    void aRepostNoteThePageKeepsApartFromTheArticleNamesTheOutlet() throws Exception {
        // the note stands in its own box under the text (a "copyright" or footer class the pruner drops)
        ArticleDraft zh = read("""
                <html><head><meta charset="utf-8"><title>河堤整修明年動工 - 熱門新聞網</title>
                <meta property="og:site_name" content="熱門新聞網"></head><body>
                <h1>河堤整修明年動工</h1><div class="post">
                <p>市府今天宣布，將投入三億元整修河堤，預計明年春天動工，工程經費由中央與地方共同負擔。</p>
                <p>市長表示：「這是市民期待已久的工程，我們會確保品質與進度。」</p>
                <p>工程預計為期兩年半，完工後可承受百年一遇的洪水，沿岸居民將不再擔心淹水。</p>
                <p class="copyright">本文轉載自 天下雜誌</p></div><div class="related">延伸閱讀</div></body></html>
                """);
        assertThat(zh.source()).isEqualTo("天下雜誌");
        ArticleDraft en = read("""
                <html><head><title>Ferry fares rise - NewsHub</title><meta property="og:site_name" content="NewsHub">
                </head><body><article><h1>Ferry fares rise</h1><div class="body">
                <p>Ferry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs and staff shortages.</p>
                <p>Commuters were not pleased. "It is a scandal," said Tom Hill, who takes the ferry every day to work in the city.</p>
                <p>The operator said the rise was unavoidable and that it would review prices again in the spring of next year.</p>
                </div><div class="footer-note"><p>This article was originally published on <a href="https://example.org">The
                Conversation</a>. Read the <a href="#">original article</a>.</p></div></article></body></html>
                """);
        assertThat(en.source()).isEqualTo("The Conversation");
    }

    @Test
    void anOutletThePageOnlyMarksAsTheSourceWinsOverTheSiteButNotOverACredit() throws Exception {
        // a portal's date bar: the outlet in an element of class "source", no 來源 label in the text
        ArticleDraft zh = read("""
                <html><head><meta charset="utf-8"><title>口袋公园开放 - 城市门户网</title>
                <meta property="og:site_name" content="城市门户网"></head><body>
                <h1>口袋公园开放</h1><div class="date-source"><span class="date">2026年05月02日 14:20</span>
                <a class="source ent-source" href="https://example.org">新华网</a></div>
                <div class="article"><p>市里今年新建的二十座口袋公园本周陆续开放，附近居民下楼就能散步、健身和带孩子玩耍。</p>
                <p>园林局负责人说：「明年还要再建三十座，尽量让每个社区都有一座。」</p>
                <p>不少居民表示，公园虽小，却让老旧小区多了一处可以坐下来聊天的地方，希望能多种些树。</p></div>
                <div class="footer">© 2026 城市门户网</div></body></html>
                """);
        assertThat(zh.source()).isEqualTo("新华网");
        ArticleDraft en = read("""
                <html><head><title>Bridge to close - Metro Daily</title><meta property="og:site_name" content="Metro Daily">
                <meta name="source" content="Reuters"></head><body><article><h1>Bridge to close</h1>
                <p>The old river bridge will close for repairs for six weeks from Monday, the city said on Tuesday afternoon.</p>
                <p>"We know it is a nuisance, but the bearings cannot wait," said the city engineer, Ana Ruiz, at a briefing.</p>
                <p>Buses will be diverted over the ring road, adding about ten minutes to most journeys into the centre.</p>
                </article></body></html>
                """);
        assertThat(en.source()).isEqualTo("Reuters");
        ArticleDraft credited = read("""
                <html><head><meta charset="utf-8"><title>口袋公园开放 - 城市门户网</title>
                <meta property="og:site_name" content="城市门户网"></head><body>
                <h1>口袋公园开放</h1><div class="info"><span class="source">原创</span></div>
                <div class="article"><p>市里今年新建的二十座口袋公园本周陆续开放，附近居民下楼就能散步、健身和带孩子玩耍。</p>
                <p>园林局负责人说：「明年还要再建三十座，尽量让每个社区都有一座。」</p>
                <p>不少居民表示，公园虽小，却让老旧小区多了一处可以坐下来聊天的地方，希望能多种些树。</p>
                <p>（本文转载自北京日报）</p></div></body></html>
                """);
        assertThat(credited.source()).isEqualTo("北京日报"); // "原创" names no outlet, and a credit wins anyway
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            a reporter line under the headline | <h1>颱風逼近 高鐵減班</h1><div class="author">中央社記者王小明／台北報導</div> |  | 中央社 | 王小明
            an outlet before the headline      | <h1>【中央社】颱風逼近 高鐵減班</h1> |  | 中央社 |
            an address under the story         | <h1>颱風逼近 高鐵減班</h1> | <p>原文網址：https://www.cna.com.tw/news/ahel/202607150123.aspx</p> | 中央社 |
            a retold report opening the story  | <h1>颱風逼近 高鐵減班</h1><div class="post"><p>據中央社報導，颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可免費退票。</p></div> |  | 中央社 |
            """)
    void theLinesAroundAPagesArticleNameItsOutletAsTextCopysWould(String what, String above, String below, String source,
                                                                     String byline) throws Exception {
        ArticleDraft d = read("""
                <html><head><meta charset="utf-8"><title>颱風逼近 高鐵減班 - 好文分享網</title>
                <meta property="og:site_name" content="好文分享網"></head><body><div class="nav">首頁 | 生活</div>
                %s<div class="post">
                <p>颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可以免費退票或改搭其他班次。</p>
                <p>高鐵發言人表示：「我們會視風雨情況隨時調整，請旅客留意公告。」</p>
                <p>交通部也提醒民眾，颱風期間盡量減少外出，注意自身安全，並隨時留意最新氣象資訊。</p>%s</div>
                <div class="footer">© 2026 好文分享網</div></body></html>
                """.formatted(above, below == null ? "" : below));
        assertThat(d.source()).isEqualTo(source);
        assertThat(d.byline()).isEqualTo(byline);
    }

    @Test
    void anAuthorThatIsAnOutletIsTheSourceAndAWiresCopySaysWhoSuppliedIt() throws Exception {
        String en = """
                <p>Ferry fares will rise by a fifth next month, the operator said on Tuesday, citing fuel costs and staff shortages.</p>
                <p>"It is a scandal," said Tom Hill, who takes the ferry every day to work in the city.</p>
                <p>The operator said the rise was unavoidable and that it would review prices again in the spring.</p>""";
        ArticleDraft author = read("<html><head><title>Ferry fares rise - Daily Clicks</title><meta property=\"og:site_name\" "
                + "content=\"Daily Clicks\"><meta property=\"article:author\" content=\"Reuters\"></head><body><h1>Ferry fares rise"
                + "</h1><article>" + en + "</article></body></html>");
        assertThat(author.source()).isEqualTo("Reuters");
        assertThat(author.byline()).isNull();
        ArticleDraft supplied = read("<html><head><title>Ferry fares rise - Daily Clicks</title><meta property=\"og:site_name\" "
                + "content=\"Daily Clicks\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Ferry fares rise\",\"sourceOrganization\":{\"@type\":\"Organization\",\"name\":\"Reuters\"}}</script>"
                + "</head><body><h1>Ferry fares rise</h1><article>" + en + "</article></body></html>");
        assertThat(supplied.source()).isEqualTo("Reuters");
    }

    @Test
    void aSyndicatedCopyWhoseCanonicalAddressIsAKnownOutletsNamesThatOutlet() throws Exception {
        String page = """
                <html><head><meta charset="utf-8"><title>颱風逼近 - 好文分享網</title>
                <meta property="og:site_name" content="好文分享網"><link rel="canonical" href="%s"></head><body>
                <h1>颱風逼近　高鐵明天班次調整</h1><div class="post">
                <p>颱風逼近，台灣高鐵公司今天宣布，明天上午起南下班次將減班，旅客可以免費退票或改搭其他班次。</p>
                <p>高鐵發言人表示：「我們會視風雨情況隨時調整，請旅客留意公告。」</p>
                <p>交通部也提醒民眾，颱風期間盡量減少外出，注意自身安全，並隨時留意最新氣象資訊。</p></div></body></html>
                """;
        assertThat(read(page.formatted("https://www.cna.com.tw/news/ahel/202607150123.aspx")).source()).isEqualTo("中央社");
        assertThat(read(page.formatted("https://share.example.net/p/1")).source()).isEqualTo("好文分享網"); // its own
    }

    @Test
    void readsMetadataAndKeepsOnlyArticleParagraphs() throws Exception {
        ArticleDraft d = read("""
                <!doctype html><html lang="zh-Hant"><head>
                <title>探秘人腦超級晶元 | 第一財經</title>
                <meta property="og:site_name" content="第一財經">
                <meta name="author" content="記者王小明">
                <meta property="article:published_time" content="2026-04-03T10:00:00+08:00">
                <link rel="canonical" href="https://example.com/news/1">
                <script>var tracking = "不要這段";</script>
                </head><body>
                <nav><a href="/">首頁</a> &gt; <a href="/news">最新</a></nav>
                <article>
                  <h1>探秘人腦超級晶元</h1>
                  <p>腦科學與類腦研究將成為上海科研領域的下一個發力點。</p>
                  <div class="share" style="display: none">分享到臉書</div>
                  <h2>尋求體制突破</h2>
                  <p>「站在改革開放40年的當口，這事對我們生物醫藥的發展至關重要。」張旭指出。</p>
                  <aside>延伸閱讀：其他文章</aside>
                </article>
                <footer>版權所有</footer>
                </body></html>
                """);
        assertThat(d.title()).isEqualTo("探秘人腦超級晶元");
        assertThat(d.source()).isEqualTo("第一財經");
        assertThat(d.byline()).isEqualTo("記者王小明");
        assertThat(d.sourceUrl()).isEqualTo("https://example.com/news/1");
        assertThat(d.published()).isEqualTo(Instant.parse("2026-04-03T02:00:00Z"));
        assertThat(d.language()).isEqualTo("zh-Hant");
        assertThat(d.body()).isEqualTo("腦科學與類腦研究將成為上海科研領域的下一個發力點。\n\n尋求體制突破\n\n"
                + "「站在改革開放40年的當口，這事對我們生物醫藥的發展至關重要。」張旭指出。");
    }

    @Test
    void titleFallsBackToTheFirstHeadingAndLanguageIsDetected() throws Exception {
        ArticleDraft d = read("<html><body><h1>Brain chips</h1><p>The city said it will spend more than"
                + " one billion yuan a year on the research, and the lab is in Zhangjiang.</p></body></html>");
        assertThat(d.title()).isEqualTo("Brain chips");
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.body()).startsWith("The city said");
    }
}
