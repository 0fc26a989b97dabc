package app.galley.publish;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF proof of the sample, read back with PDFBox: Chinese text as text, the CJK font embedded. */
class PdfProofTest {

    @TempDir
    Path tmp;

    @Test
    void theProofOfTheSampleHoldsItsChineseHeadlineInAnEmbeddedCjkFont() throws Exception {
        Path out = tmp.resolve("proof.pdf");
        try (Library lib = Library.openEmbedded(tmp.resolve("lib"))) {
            long id = ((ImportOutcome.Imported) Services.of(lib).imports().importFile(TestFiles.samplePath())).articleId();
            PreviewService service = Services.of(lib).preview();
            service.writePdf(service.request(id, false), Templates.load(null).require("proof"),
                    PreviewRenderer.Options.preview(java.time.Clock.fixed(java.time.Instant.parse("2026-11-29T08:00:00Z"), java.time.ZoneOffset.UTC))
                            .withWords(PageWords.of("zh-Hant")), out);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(TestFiles.SAMPLE_TITLE.replaceAll("\\s+", ""));
            assertThat(text).contains("尋求體制突破").contains("「上海腦中心」");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            // the proof header repeats on every page
            PDFTextStripper onePage = new PDFTextStripper();
            onePage.setStartPage(2);
            onePage.setEndPage(2);
            assertThat(onePage.getText(pdf)).contains("校樣");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TestFiles.SAMPLE_TITLE);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("WenQuanYi") && f.endsWith("embedded"));
        }
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
