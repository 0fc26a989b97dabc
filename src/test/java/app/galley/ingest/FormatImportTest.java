package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.LibraryTestBase;
import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file format import reads, with fixtures made here. */
class FormatImportTest extends LibraryTestBase {

    private static final String PARA = "The city council approved the budget early Thursday, after a nine-hour meeting"
            + " in which members argued over police funding, school repairs and a new bridge.";

    private Article imported(Path file) {
        return stored(importer.importFile(file));
    }

    @Test
    void markdownWithFrontMatter() throws IOException {
        Article a = imported(write("story.md", ("---\nlayout: post\n---\n# Council approves budget\n\n" + PARA
                + "\n\n## What changes\n\n- Taxes rise 1.5 percent.\n- Fares stay at $2.\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(a.title()).isEqualTo("Council approves budget");
        assertThat(a.body()).startsWith("The city council approved").contains("What changes")
                .contains("Taxes rise 1.5 percent.").doesNotContain("layout");
        assertThat(library.articles().original(a.id()).orElseThrow().mediaType()).isEqualTo("text/markdown");
    }

    @Test
    void xhtmlAndGzippedHtml() throws IOException {
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"
                + "<head><title>Budget vote - The Ledger</title></head><body><article><p>" + PARA + "</p></article></body></html>";
        Article x = imported(write("a.xhtml", page.getBytes(StandardCharsets.UTF_8)));
        assertThat(x.title()).isEqualTo("Budget vote");
        assertThat(library.articles().original(x.id()).orElseThrow().mediaType()).isEqualTo("application/xhtml+xml");

        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(page.replace("Budget vote", "Second vote").replace("approved", "passed").getBytes(StandardCharsets.UTF_8));
        }
        Article g = imported(write("b.html.gz", gz.toByteArray()));
        assertThat(g.title()).isEqualTo("Second vote");
        assertThat(g.body()).contains("council passed the budget");
    }

    @Test
    void emailWithAQuotedPrintableBig5HtmlPart() throws IOException {
        String html = "<html><body><p>" + TestFiles.sampleText().split("\n\n")[3] + "</p><p>"
                + TestFiles.sampleText().split("\n\n")[4] + "</p></body></html>";
        byte[] big5 = html.getBytes(Charset.forName("Big5"));
        String qp = quotedPrintable(big5);
        String eml = "From: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString("王小明".getBytes(StandardCharsets.UTF_8))
                + "?= <desk@example.com>\r\nTo: news@example.com\r\nSubject: =?UTF-8?B?"
                + java.util.Base64.getEncoder().encodeToString("上海腦中心啟動".getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Date: Fri, 03 Apr 2026 10:00:00 +0800\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n\r\nsee html\r\n--b1\r\n"
                + "Content-Type: text/html; charset=big5\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + qp + "\r\n--b1--\r\n";
        Article a = imported(write("wire.eml", eml.getBytes(StandardCharsets.US_ASCII)));
        assertThat(a.body()).contains("上海腦中心").contains("張旭");
        assertThat(a.byline()).isEqualTo("王小明");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-04-03T02:00:00Z"));
        assertThat(a.language()).isEqualTo("zh-Hant");
    }

    @Test
    void aMailDateAsMailersReallyWriteItKeepsItsTime() throws IOException {
        // no space after the day's comma, and a zone name mail's standard does not have (ET, five hours behind)
        String eml = "From: desk@example.com\r\nSubject: Storm hits coast\r\nDate: Fri,24 Nov 2023 18:28:36 ET\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "A storm hit the coast on Friday, officials said, and thousands of homes lost power overnight.\r\n";
        Article a = imported(write("storm.eml", eml.getBytes(StandardCharsets.US_ASCII)));
        assertThat(a.published()).isEqualTo(Instant.parse("2023-11-24T23:28:36Z"));
    }

    @Test
    void mailPartsLabelledGb2312AndBig5AreReadAsMailProgramsReadThem() throws IOException {
        // 镕 (in 朱镕基's name) is in GBK, not GB2312; 㗎 is in Hong Kong's additions to Big5, not in Big5
        String gbText = "国务院前总理朱镕基今天出席了在北京举行的经济论坛，并就金融改革发表了讲话。";
        String hkText = "香港市民話：「呢度啲嘢好平㗎，大家都嚟買。」政府表示會繼續監察物價。";
        for (String[] c : new String[][] {{"gb2312", "GB18030", gbText}, {"big5", "Big5-HKSCS", hkText}}) {
            byte[] part = java.util.Base64.getMimeEncoder().encode(c[2].getBytes(java.nio.charset.Charset.forName(c[1])));
            String eml = "From: desk@example.com\r\nSubject: =?UTF-8?B?"
                    + java.util.Base64.getEncoder().encodeToString("論壇".getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                    + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=" + c[0]
                    + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + new String(part, StandardCharsets.US_ASCII) + "\r\n";
            Article a = imported(write("part-" + c[0] + ".eml", eml.getBytes(StandardCharsets.US_ASCII)));
            assertThat(a.body()).as(c[0]).isEqualTo(c[2]);
        }
    }

    private static String quotedPrintable(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            String piece = v >= 33 && v <= 126 && v != '=' ? String.valueOf((char) v) : String.format("=%02X", v);
            if (col + piece.length() > 72) {
                sb.append("=\r\n");
                col = 0;
            }
            sb.append(piece);
            col += piece.length();
        }
        return sb.toString();
    }

    @Test
    void mhtmlSavedPage() throws IOException {
        String mhtml = "From: <Saved by Blink>\r\nSubject: Budget vote\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----b\"\r\n\r\n------b\r\n"
                + "Content-Type: text/html\r\nContent-Transfer-Encoding: 7bit\r\nContent-Location: https://example.com/a\r\n\r\n"
                + "<html><head><title>Budget vote | Ledger</title></head><body><article><p>" + PARA
                + "</p></article></body></html>\r\n------b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "iVBORw0KGgo=\r\n------b--\r\n";
        Article a = imported(write("page.mhtml", mhtml.getBytes(StandardCharsets.US_ASCII)));
        assertThat(a.title()).isEqualTo("Budget vote");
        assertThat(a.body()).isEqualTo(PARA);
    }

    @Test
    void wordDocumentWithTitleAndHeadings() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setCreator("Maria Gonzalez");
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("探秘人腦超級晶元 上海腦智產業年投入逾10億");
            doc.createParagraph().createRun().setText("腦科學與類腦研究將成為上海科研領域的下一個發力點。");
            XWPFParagraph sub = doc.createParagraph();
            sub.setStyle("Heading2");
            sub.createRun().setText("尋求體制突破");
            doc.createParagraph().createRun().setText("「站在改革開放40年的當口,這事對我們生物醫藥的發展至關重要。」張旭指出。");
            doc.write(out);
        }
        Article a = imported(write("reporter.docx", out.toByteArray()));
        assertThat(a.title()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(a.byline()).isEqualTo("Maria Gonzalez");
        assertThat(a.body()).isEqualTo("腦科學與類腦研究將成為上海科研領域的下一個發力點。\n\n尋求體制突破\n\n"
                + "「站在改革開放40年的當口,這事對我們生物醫藥的發展至關重要。」張旭指出。");
        assertThat(TextArticleReader.subheads(a.body())).containsExactly("尋求體制突破");
    }

    @Test
    void ninjsThreeInCamelCaseAndOneWithXhtml() throws IOException {
        String v3 = "{\"uri\":\"https://wire.example.com/3\",\"standard\":{\"name\":\"ninjs\",\"version\":\"3.1\"},"
                + "\"headlines\":[{\"role\":\"sub\",\"value\":\"Nine hours of debate\"},"
                + "{\"role\":\"main\",\"value\":\"Council approves budget\"}],\"by\":\"Maria Gonzalez\","
                + "\"contentCreated\":\"2026-08-14T22:15:00Z\",\"firstCreated\":\"2026-08-15T06:00:00Z\","
                + "\"infoSources\":[{\"name\":\"The Ledger\"}],\"bodies\":["
                + "{\"role\":\"main\",\"contentType\":\"text/html\",\"value\":\"<p>ignored when there is plain text</p>\"},"
                + "{\"role\":\"main\",\"contentType\":\"text/plain\",\"value\":\"" + PARA + "\"}]}";
        Article a = imported(write("item3.json", v3.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.title()).isEqualTo("Council approves budget");
        assertThat(a.subtitle()).isEqualTo("Nine hours of debate");
        assertThat(a.byline()).isEqualTo("Maria Gonzalez");
        assertThat(a.source()).isEqualTo("The Ledger");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-08-14T22:15:00Z")); // the story's, not the item's
        assertThat(a.body()).isEqualTo(PARA); // the plain text is preferred over the markup

        String v1 = "{\"headline_main\":\"Bridge reopens\",\"body_xhtml\":\"<div xmlns='http://www.w3.org/1999/xhtml'>"
                + "<p>" + PARA + "</p><p>Traffic returned to normal within hours, officials said.</p></div>\"}";
        Article b = imported(write("item1x.json", v1.getBytes(StandardCharsets.UTF_8)));
        assertThat(b.title()).isEqualTo("Bridge reopens");
        assertThat(b.body()).isEqualTo(PARA + "\n\nTraffic returned to normal within hours, officials said.")
                .doesNotContain("<"); // markup as paragraphs, never stored raw
    }

    @Test
    void ninjsOneAndTwo() throws IOException {
        String v1 = "{\"uri\":\"https://wire.example.com/1\",\"type\":\"text\",\"headline\":\"Council approves budget\","
                + "\"byline\":\"Maria Gonzalez\",\"language\":\"en\",\"versioncreated\":\"2026-08-14T22:15:00Z\","
                + "\"body_html\":\"<p>" + PARA + "</p><h2>What changes</h2><p>Taxes rise 1.5 percent, the council said on Thursday.</p>\"}";
        Article a = imported(write("item1.json", v1.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.title()).isEqualTo("Council approves budget");
        assertThat(a.byline()).isEqualTo("Maria Gonzalez");
        assertThat(a.sourceUrl()).isEqualTo("https://wire.example.com/1");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-08-14T22:15:00Z"));
        assertThat(a.body()).isEqualTo(PARA + "\n\nWhat changes\n\nTaxes rise 1.5 percent, the council said on Thursday.");

        String v2 = "{\"uri\":\"urn:x:2\",\"headlines\":[{\"value\":\"上海腦中心啟動\"}],\"bylines\":[{\"byline\":\"記者王小明\"}],"
                + "\"firstcreated\":\"2026-04-03T02:00:00Z\",\"bodies\":[{\"role\":\"main\",\"contenttype\":\"text/plain\","
                + "\"value\":\"上海腦科學與類腦研究中心已開始了實質性建設。\\n\\n中心將整合並且加強腦智科技的研究。\"}]}";
        Article b = imported(write("item2.json", v2.getBytes(StandardCharsets.UTF_8)));
        assertThat(b.title()).isEqualTo("上海腦中心啟動");
        assertThat(b.byline()).isEqualTo("記者王小明");
        assertThat(b.language()).isEqualTo("zh-Hant");
        assertThat(b.body()).isEqualTo("上海腦科學與類腦研究中心已開始了實質性建設。\n\n中心將整合並且加強腦智科技的研究。");

        assertThat(importer.importFile(write("bad.json", "{\"foo\":1}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportOutcome.Failed.class, f -> assertThat(f.problem()).startsWith("not a ninjs item"));
        assertThat(importer.importFile(write("broken.json", "{\"headline\":".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportOutcome.Failed.class, f -> assertThat(f.problem()).startsWith("not valid JSON"));
    }

    @Test
    void newsMlG2NewsItem() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" "
                + "guid=\"urn:newsml:example.com:1\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.35\">"
                + "<itemMeta><itemClass qcode=\"ninat:text\"/><provider><name>Example Wire</name></provider>"
                + "<firstCreated>2026-08-14T22:15:00Z</firstCreated></itemMeta>"
                + "<contentMeta><headline>Council approves budget</headline><by>Maria Gonzalez</by><language tag=\"en\"/></contentMeta>"
                + "<contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>x</title></head><body><p>" + PARA + "</p></body></html></inlineXML></contentSet></newsItem>";
        Article a = imported(write("item.xml", xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.title()).isEqualTo("Council approves budget");
        assertThat(a.byline()).isEqualTo("Maria Gonzalez");
        assertThat(a.source()).isEqualTo("Example Wire");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-08-14T22:15:00Z"));
        assertThat(a.body()).isEqualTo(PARA);
        assertThat(importer.importFile(write("other.xml", "<rss><channel/></rss>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportOutcome.Failed.class,
                        f -> assertThat(f.problem()).isEqualTo("not a NewsML-G2 newsItem document"));
    }

    @Test
    void windows1252TextIsDetected() throws IOException {
        String text = "Café owners protest new rules\n\nThe café owners’ association said on Tuesday that the rules,"
                + " which take effect in March, would cost each of its members about €2,000 a year – “far too much”.";
        Article a = imported(write("cafe.txt", text.getBytes(Charset.forName("windows-1252"))));
        assertThat(a.title()).isEqualTo("Café owners protest new rules");
        assertThat(a.body()).contains("owners’ association").contains("€2,000").contains("“far too much”");
        assertThat(library.articles().original(a.id()).orElseThrow().charset()).isEqualTo("windows-1252");
    }

    @Test
    void zipArchivesAreImportedEntryByEntry() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("desk/sample.txt"));
            zip.write(TestFiles.sampleText().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("desk/vote.html"));
            zip.write(("<html><head><title>Vote</title></head><body><p>" + PARA + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("desk/empty.txt"));
            zip.putNextEntry(new ZipEntry("__MACOSX/desk/._vote.html"));
            zip.write(new byte[] {0, 5, 22, 7});
            zip.putNextEntry(new ZipEntry("desk/photo.jpg"));
            zip.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        }
        Path archive = write("desk.zip", bytes.toByteArray());
        ImportReport report = importer.importPaths(List.of(archive), ImportListener.NONE, () -> false);
        assertThat(report.imported()).extracting(ImportOutcome.Imported::title)
                .containsExactlyInAnyOrder(TestFiles.SAMPLE_TITLE, "Vote");
        assertThat(report.failures()).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo(archive + "!/desk/empty.txt: empty file"));
        assertThat(library.articles().original(report.imported().get(0).articleId()).orElseThrow().location())
                .isIn("sample.txt", "vote.html");
    }

    @Test
    void zipBombsAreRefusedBeforeAnythingIsImported() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a-real-story.txt"));
            zip.write(TestFiles.sampleText().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros); // 20 MB of zeros compress about a thousand times
            }
        }
        Path archive = write("bomb.zip", bytes.toByteArray());
        ImportReport report = importer.importPaths(List.of(archive), ImportListener.NONE, () -> false);
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith(archive + ": refused as a possible zip bomb: bomb.txt expands"));
        assertThat(library.articles().count()).isZero();
    }

    @Test
    void archiveLimitsOnEntriesAndTotalSize() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 5; i++) {
                zip.putNextEntry(new ZipEntry("s" + i + ".txt"));
                zip.write(("Story " + i + "\n\n" + PARA).getBytes(StandardCharsets.UTF_8));
            }
        }
        Path archive = write("five.zip", bytes.toByteArray());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ArchiveReader.read(archive,
                new ArchiveReader.Limits(4, 1 << 20, 1 << 20, 100))))
                .isInstanceOf(ImportProblem.class).hasMessage("refused as a possible zip bomb: 5 entries (the limit is 4)");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ArchiveReader.read(archive,
                new ArchiveReader.Limits(10, 300, 1 << 20, 100))))
                .isInstanceOf(ImportProblem.class).hasMessageStartingWith("refused as a possible zip bomb: more than 300 bytes");
    }

    @Test
    void aSavedPagesFilesFolderIsNotImportedAsArticles() throws IOException {
        write("saved/story.html", ("<html><head><title>Vote</title></head><body><p>" + PARA + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        write("saved/story_files/frame.html", "<html><body><p>An advert frame with enough words to look like a paragraph of text.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        write("saved/story_files/style.css", "p{}".getBytes(StandardCharsets.UTF_8));
        ImportReport report = importer.importPaths(List.of(tmp.resolve("in/saved")), ImportListener.NONE, () -> false);
        assertThat(report.outcomes()).singleElement().isInstanceOf(ImportOutcome.Imported.class);
    }
}
