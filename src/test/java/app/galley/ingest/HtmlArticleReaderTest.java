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
