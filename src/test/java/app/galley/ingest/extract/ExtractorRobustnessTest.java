package app.galley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExtractorRobustnessTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String story(int paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            sb.append("<p>The council met on Tuesday, for the ").append(i)
                    .append("th time this year, and voted on the budget, the schools and the new bridge.</p>\n");
        }
        return sb.toString();
    }

    @Test
    void aHundredThousandNestedDivsNeitherOverflowNorHang() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep inside, a sentence with words, commas, "
                + "and enough length to count as a paragraph of the article.</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        Extraction x = extractor.extract(html, null);
        assertThat(x.text()).contains("Deep inside, a sentence");
    }

    @Test
    void aTwentyMegabytePageIsExtracted() {
        StringBuilder html = new StringBuilder("<html><head><title>Big page - Site</title></head><body>");
        html.append("<nav>").append("<a href='/x'>Section</a> ".repeat(1000)).append("</nav><article>");
        html.append(story(165_000));
        html.append("</article></body></html>");
        assertThat(html.length()).isGreaterThan(20_000_000);
        Extraction x = extractor.extract(html.toString(), null);
        assertThat(x.title()).isEqualTo("Big page");
        assertThat(x.blocks()).hasSize(165_000);
        assertThat(x.text()).doesNotContain("Section");
    }

    @Test
    void malformedHtmlStillGivesTheText() {
        String html = "<html><body><div><p>First paragraph of the story, with a comma, and more words here"
                + "<p>Second paragraph, unclosed <b>bold <i>italic</b> text, and an <a href='x'>unclosed link"
                + "<div><table><tr><td>cell</div></p></html>";
        Extraction x = extractor.extract(html, null);
        assertThat(x.text()).contains("First paragraph of the story").contains("Second paragraph");
    }

    @Test
    void aPageWithNoArticleGivesAnEmptyBodyNotAnError() {
        String login = "<html><head><title>Sign in</title></head><body><form><label>Email</label><input name=e>"
                + "<label>Password</label><input type=password name=p><button>Sign in</button></form></body></html>";
        Extraction x = extractor.extract(login, null);
        assertThat(x.title()).isEqualTo("Sign in");
        assertThat(x.text()).isEmpty();

        String home = "<html><body><nav><a href=/a>News</a> <a href=/b>Sport</a></nav><ul>"
                + "<li><a href=/1>Headline one</a></li><li><a href=/2>Headline two</a></li></ul></body></html>";
        assertThat(extractor.extract(home, null).text()).isEmpty();
        assertThat(extractor.extract("", null).text()).isEmpty();
    }

    @Test
    void chinesePagesInBig5AndGb18030AreDecodedDeclaredOrNot() {
        String body = "<p>花蓮縣政府今天表示，太魯閣國家公園的步道將在下週重新開放，遊客應注意落石並遵守管制。</p>"
                + "<p>縣府官員說，這次修復工程花了三個月，經費約新台幣五千萬元，是近年來規模最大的一次。</p>";
        for (String cs : new String[] {"Big5", "GB18030"}) {
            String declared = "<html><head><meta charset=\"" + cs + "\"><title>步道重新開放</title></head><body>"
                    + body + "</body></html>";
            String undeclared = "<html><head><title>步道重新開放</title></head><body>" + body + "</body></html>";
            String wrong = "<html><head><meta charset=\"iso-8859-1\"><title>步道重新開放</title></head><body>" + body
                    + "</body></html>";
            for (String page : new String[] {declared, undeclared, wrong}) {
                Extraction x = extractor.extract(page.getBytes(Charset.forName(cs)), null);
                assertThat(x.title()).as(cs + ": " + page.substring(0, 40)).isEqualTo("步道重新開放");
                assertThat(x.text()).contains("太魯閣國家公園").contains("新台幣五千萬元");
                assertThat(x.language()).isEqualTo("zh-Hant");
            }
        }
        // and UTF-8 declared as Big5 (a wrong declaration the bytes contradict)
        String lie = "<html><head><meta charset=\"big5\"><title>步道重新開放</title></head><body>" + body + "</body></html>";
        assertThat(extractor.extract(lie.getBytes(StandardCharsets.UTF_8), null).text()).contains("太魯閣國家公園");
    }
}
