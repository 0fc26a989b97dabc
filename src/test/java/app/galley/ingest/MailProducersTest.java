package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.LibraryTestBase;
import app.galley.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Mail as Python's standard email library writes it (src/test/scripts/make-mail-fixtures.py; parts in
 * gb2312, Big5 and UTF-8, quoted-printable and base64, a Subject in RFC 2047 words).
 */
class MailProducersTest extends LibraryTestBase {

    private Article imported(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/producers/mail/" + fixture)) {
            return stored(importer.importFile(write(fixture, in.readAllBytes())));
        }
    }

    @Test
    void anHtmlPartWithoutAHeadlineIsTitledByTheSubjectAndKeepsItsFirstParagraph() throws IOException {
        Article a = imported("portal-gb2312.eml");
        assertThat(a.title()).isEqualTo("每日要闻：长江禁渔五年");
        assertThat(a.body()).isEqualTo("长江禁渔五年 渔民上岸转产\n\n长江十年禁渔实施五年来，沿江渔民大多已经上岸转产。\n\n"
                + "湖北省农业农村厅表示，禁渔期间长江干流鱼类资源明显恢复。");
        assertThat(a.byline()).isEqualTo("新闻中心");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T01:30:00Z"));
        assertThat(a.language()).isEqualTo("zh-Hans");
    }

    @Test
    void aBig5QuotedPrintablePart() throws IOException {
        Article a = imported("desk-big5.eml");
        assertThat(a.title()).isEqualTo("市議會通過防洪預算");
        assertThat(a.body()).isEqualTo("市議會週四清晨通過防洪預算。\n\n議員在長達九小時的會議中，為抽水站、堤防與新橋爭論不休。");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T10:05:00Z"));
    }

    @Test
    void aPartWithItsOwnHeadlineKeepsIt() throws IOException {
        Article a = imported("wire-en.eml");
        assertThat(a.title()).isEqualTo("Storm closes harbour bridge");
        assertThat(a.body()).isEqualTo("The harbour bridge was closed on Saturday as winds reached 120 km/h, the port"
                + " authority said.\n\nFerries were cancelled until Sunday morning.");
        assertThat(a.byline()).isEqualTo("Wire Desk");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-11-21T22:42:00Z"));
    }
}
