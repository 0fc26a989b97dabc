package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.LibraryTestBase;
import app.galley.model.Article;
import app.galley.model.AttachmentInfo;
import app.galley.model.ImportOutcome;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Images that come with an article (saved pages, MHTML, Word) are kept with it as attachments. */
public class AttachmentImportTest extends LibraryTestBase {

    private static final String PARA = "市議會週四凌晨通過預算，議員在長達九小時的會議中就警察經費、學校維修和新橋爭論不休，"
            + "最終以七票對五票通過。市長表示，這是多年來最艱難的一次預算協商。";

    public static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private List<AttachmentInfo> attachmentsOf(ImportOutcome outcome) {
        Article a = stored(outcome);
        return library.attachments().of(a.id());
    }

    @Test
    void aSavedPageKeepsTheArticlesImagesFromItsFilesFolder() throws IOException {
        byte[] photo = image("jpg", 40, 30);
        byte[] chart = image("png", 20, 20);
        write("saved/vote_files/photo%201.jpg".replace("%20", " "), photo);
        write("saved/vote_files/chart.png", chart);
        write("saved/vote_files/logo.png", image("png", 10, 10));
        write("saved/vote_files/pixel.gif", image("gif", 1, 1));
        write("saved/vote_files/fake.jpg", "not an image at all".getBytes(StandardCharsets.UTF_8));
        write("secret.png", image("png", 5, 5)); // outside the page's folder
        String html = "<html><head><title>預算案通過 | 城市日報</title></head><body>"
                + "<header><img src=\"./vote_files/logo.png\" alt=\"城市日報\"></header>"
                + "<article><h1>預算案通過</h1><p>" + PARA + "</p>"
                + "<figure><img src=\"./vote_files/photo%201.jpg\" alt=\"議場\"><figcaption>議員在議場內表決。（記者王小明攝）"
                + "</figcaption></figure><p>" + PARA + "</p>"
                + "<p><img src=\"vote_files/chart.png\" alt=\"預算分配圖\"></p>"
                + "<p><img src=\"vote_files/pixel.gif\" width=\"1\" height=\"1\"><img src=\"vote_files/fake.jpg\">"
                + "<img src=\"../../secret.png\"><img src=\"https://cdn.example.com/remote.jpg\"></p>"
                + "<p>" + PARA + "</p></article></body></html>";
        write("saved/vote.html", html.getBytes(StandardCharsets.UTF_8));

        ImportReport report = importer.importPaths(List.of(tmp.resolve("in/saved")), ImportListener.NONE, () -> false);

        List<AttachmentInfo> files = attachmentsOf(report.outcomes().get(0));
        assertThat(report.outcomes()).hasSize(1);
        // the local images with their bytes, the one on the web by its address only (nothing fetched)
        assertThat(files).extracting(AttachmentInfo::name).containsExactly("photo 1.jpg", "chart.png", "remote.jpg");
        assertThat(files).extracting(AttachmentInfo::mediaType).containsExactly("image/jpeg", "image/png", "image/jpeg");
        assertThat(files).extracting(AttachmentInfo::caption).containsExactly("議員在議場內表決。（記者王小明攝）", "預算分配圖", null);
        assertThat(files.get(2).reference()).isEqualTo("https://cdn.example.com/remote.jpg");
        assertThat(files.get(2).size()).isZero();
        assertThat(files.get(0).reference()).isEqualTo("./vote_files/photo%201.jpg");
        assertThat(library.attachments().content(files.get(0).id())).contains(photo);
        assertThat(library.attachments().content(files.get(1).id())).contains(chart);
    }

    @Test
    void anMhtmlPageKeepsItsImagePartsByAddress() throws IOException {
        byte[] photo = image("png", 16, 9);
        String b64 = Base64.getMimeEncoder().encodeToString(photo);
        String mhtml = "From: <Saved by Blink>\r\nSubject: Budget vote\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----b\"\r\n\r\n------b\r\n"
                + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
                + "Content-Location: https://example.com/a\r\n\r\n<html><head><title>預算案通過</title></head><body><article><p>" + PARA + "</p>"
                + "<figure><img src=\"https://example.com/img/vote.png\"><figcaption>表決現場</figcaption></figure>"
                + "<p>" + PARA + "</p></article></body></html>\r\n------b\r\nContent-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Location: https://example.com/img/vote.png\r\n\r\n"
                + b64 + "\r\n------b--\r\n";
        ImportOutcome outcome = importer.importFile(write("page.mhtml", mhtml.getBytes(StandardCharsets.UTF_8)));

        List<AttachmentInfo> files = attachmentsOf(outcome);
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("vote.png");
            assertThat(f.caption()).isEqualTo("表決現場");
            assertThat(library.attachments().content(f.id())).contains(photo);
        });
    }

    @Test
    void aWordDocumentKeepsItsPicturesWithTheirCaptions() throws Exception {
        byte[] photo = image("png", 30, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("預算案通過");
            doc.createParagraph().createRun().setText(PARA);
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(photo), PictureType.PNG, "vote.png",
                    Units.toEMU(30), Units.toEMU(20));
            XWPFParagraph caption = doc.createParagraph();
            caption.setStyle("Caption");
            caption.createRun().setText("議員在議場內表決");
            doc.createParagraph().createRun().setText(PARA);
            doc.write(out);
        }
        ImportOutcome outcome = importer.importFile(write("reporter.docx", out.toByteArray()));

        Article a = stored(outcome);
        assertThat(a.body()).isEqualTo(PARA + "\n\n" + PARA).doesNotContain("議員在議場內表決");
        assertThat(library.attachments().of(a.id())).singleElement().satisfies(f -> {
            assertThat(f.mediaType()).isEqualTo("image/png");
            assertThat(f.caption()).isEqualTo("議員在議場內表決");
            assertThat(library.attachments().content(f.id())).contains(photo);
        });
    }

    @Test
    void aPageWithoutAFilesFolderImportsWithoutAttachments() throws IOException {
        write("plain/story.html", ("<html><body><article><p>" + PARA + "</p><img src=\"story_files/a.png\"><p>" + PARA
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(attachmentsOf(importer.importFile(tmp.resolve("in/plain/story.html")))).isEmpty();
    }
}
