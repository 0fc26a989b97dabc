package app.galley.publish;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleDraft;
import app.galley.model.Attachment;
import app.galley.model.ImportOutcome;
import app.galley.model.Original;
import app.galley.store.Library;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of hostile articles: well-formed whatever the title holds, files only where they belong. */
class HostileExportTest {

    @TempDir
    Path tmp;

    @Test
    void aTitleWithControlCharactersGivesWellFormedNewsMlAndAttachmentNamesCannotLeaveTheBundle() throws Exception {
        try (Library lib = Library.openEmbedded(tmp.resolve("lib"))) {
            String body = "上海腦科學與類腦研究中心已開始了實質性建設，中心將整合並且加強腦智科技的基礎科學研究。".repeat(3);
            ArticleDraft d = new ArticleDraft("標題\u0007\u001b[31m\u0000終", null, "記者\u0001王", null, null, "zh-Hant", null,
                    body, new Original(body.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", "x.txt"))
                    .withAttachments(List.of(new Attachment("../../../escape\u0000.png", "image/png", new byte[] {1, 2, 3}, "圖", "a.png"),
                            new Attachment("CON.png", "image/png", new byte[] {4}, null, null),
                            new Attachment("長".repeat(300) + ".jpg", "image/jpeg", new byte[] {5}, null, null)));
            long id = ((ImportOutcome.Imported) Services.of(lib).imports().storeDraft(d, "x.txt")).articleId();
            Exportable x = Exportable.load(lib, id);

            String xml = NewsMlExport.write(x);
            var parsed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            assertThat(parsed.getElementsByTagName("headline").item(0).getTextContent()).isEqualTo("標題[31m終");

            Map<String, byte[]> files = MarkdownExport.files(x);
            Path out = Files.createDirectories(tmp.resolve("out"));
            for (String name : files.keySet()) {
                Path p = out.resolve(name).normalize();
                assertThat(p).startsWithRaw(out);
                assertThat(p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            }
            assertThat(files.keySet()).anyMatch(n -> n.endsWith("escape_.png")).anyMatch(n -> n.endsWith("file-CON.png"))
                    .noneMatch(n -> n.contains(".."));
        }
    }

    @Test
    void attachmentNamesAreSafeOnEveryFileSystem() {
        assertThat(Attachment.safeName("..\\..\\win.ini")).isEqualTo("win.ini");
        assertThat(Attachment.safeName("a<b>c:d|e?.png")).isEqualTo("a_b_c_d_e_.png");
        assertThat(Attachment.safeName(".hidden")).isEqualTo("hidden");
        assertThat(Attachment.safeName("nul")).isEqualTo("file-nul");
        assertThat(Attachment.safeName("")).isEqualTo("file");
        String longName = Attachment.safeName("圖".repeat(200) + ".jpeg");
        assertThat(longName).endsWith(".jpeg");
        assertThat(longName.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Attachment.MAX_NAME_BYTES);
    }
}
