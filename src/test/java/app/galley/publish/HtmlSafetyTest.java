package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus against every way markup reaches a preview: as article text (it must show as
 * text), as article HTML (the safelist), and inside a template (the page guard).
 */
class HtmlSafetyTest {

    private static final String HOST = "attacker.example:9";

    static List<String> corpus() {
        return HostileInputs.corpus(HOST);
    }

    private static Article article(String title, String body) {
        return new Article(7, title, title, title, title, title, title, java.util.List.of(title), null, "en", null, ArticleStatus.INBOX, body,
                Instant.EPOCH, Instant.EPOCH, 0, "x");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void asArticleTextItShowsAsTextAndRunsNothing(String hostile) throws Exception {
        Article a = article(hostile, "Lead paragraph.\n\n" + hostile + "\n\nLast paragraph.");
        PreviewRenderer.Request r = new PreviewRenderer.Request(a, a.title(), a.body(), List.of(), List.of(),
                List.of(hostile), 1);
        for (Templates.Choice c : Templates.load(null).choices()) {
            String page = PreviewRenderer.render(r, c.template(), PreviewRenderer.Options.preview(java.time.Clock.fixed(java.time.Instant.parse("2026-11-29T08:00:00Z"), java.time.ZoneOffset.UTC)).withProofHeader(true));
            HostileInputs.assertInert(page);
            // escaped, not interpreted: the reader sees exactly what the article says
            assertThat(Jsoup.parse(page).select(".body").text()).contains(hostile.strip()).contains("Last paragraph.");
            assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo(hostile.strip());
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void asArticleHtmlTheSafelistLeavesNothingActive(String hostile) {
        String clean = HtmlSafety.cleanFragment("<p>Before</p>" + hostile + "<p>After</p>", false);
        HostileInputs.assertInert("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
                + "</head><body>" + clean + "</body></html>");
        assertThat(clean).contains("Before").contains("After");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void insideATemplateThePageGuardRemovesIt(String hostile) {
        String page = HtmlSafety.guardPage("<!DOCTYPE html><html><head>" + hostile + "</head><body><h1>Title</h1>"
                + hostile + "</body></html>", false);
        HostileInputs.assertInert(page);
        assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("Title");
    }

    @org.junit.jupiter.api.Test
    void remoteImagesPassOnlyWhenAllowedAndInlinePicturesAlways() {
        String png = "data:image/png;base64,iVBORw0KGgo=";
        String html = "<p><img src=\"https://img.example.com/a.jpg\"><img src=\"" + png + "\"></p>";
        assertThat(Jsoup.parse(HtmlSafety.cleanFragment(html, false)).select("img").eachAttr("src")).containsExactly(png);
        assertThat(Jsoup.parse(HtmlSafety.cleanFragment(html, true)).select("img").eachAttr("src"))
                .containsExactly("https://img.example.com/a.jpg", png);
        assertThat(HtmlSafety.safeCss("a{background:url(data:image/png;base64,AAAA)} b{background:url(//x.example/y)}"))
                .contains("url(data:image/png;base64,AAAA)").doesNotContain("x.example");
    }
}
