package app.galley.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.DirectTasks;
import app.galley.ui.app.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's view model with plain JUnit: templates read and pages rendered at once, no toolkit. */
class PreviewViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theArticleIsRenderedAsTypedComparedWithTheOriginalAndOnlyWhileShown() throws Exception {
        try (Library library = Library.openEmbedded(dir.resolve("lib")); DirectTasks tasks = new DirectTasks()) {
            Services services = Services.of(library);
            long id = ((ImportOutcome.Imported) services.imports().importFile(TestFiles.samplePath())).articleId();
            Article sample = services.articles().find(id).orElseThrow();
            UiSettings settings = UiSettings.inMemory();
            PreviewViewModel preview = new PreviewViewModel(services.preview(), tasks, settings);
            assertThat(preview.templates()).extracting(c -> c.id()).contains("newspaper", "mobile", "proof");
            assertThat(preview.templateProperty().get().id()).isEqualTo("newspaper");

            preview.show(sample);
            assertThat(preview.htmlProperty().get()).contains("探秘人腦超級晶元");
            assertThat(preview.errorProperty().get()).isEmpty();

            preview.edited(sample.body() + "\n\n新增的一段文字。");
            assertThat(preview.htmlProperty().get()).contains("新增的一段文字");

            preview.compareProperty().set(true);
            assertThat(preview.originalHtmlProperty().get()).contains("探秘人腦超級晶元").doesNotContain("新增的一段文字");

            // hidden, it renders nothing; shown again, it catches up
            preview.setActive(false);
            preview.edited(sample.body() + "\n\n再改一次。");
            assertThat(preview.htmlProperty().get()).doesNotContain("再改一次");
            preview.setActive(true);
            assertThat(preview.htmlProperty().get()).contains("再改一次");

            preview.templateProperty().set(preview.templates().stream().filter(c -> c.id().equals("mobile"))
                    .findFirst().orElseThrow());
            preview.layoutProperty().set("mobile");
            assertThat(settings.get(PreviewViewModel.TEMPLATE, "")).isEqualTo("mobile");
            assertThat(settings.get(PreviewViewModel.LAYOUT, "")).isEqualTo("mobile");

            Path pdf = dir.resolve("proof.pdf");
            AtomicReference<String> problem = new AtomicReference<>("not called");
            preview.exportPdf(pdf, problem::set);
            assertThat(problem.get()).isNull();
            assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("PROOF");
            }

            // the proof speaks the interface's language, not the article's
            settings.put(UiSettings.LANGUAGE, "zh-Hans");
            preview.exportPdf(pdf, problem::set);
            assertThat(problem.get()).isNull();
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("校样", "核查").doesNotContain("PROOF");
            }
            assertThat(preview.htmlProperty().get()).doesNotContain("校樣");
        }
    }

    @Test
    void aBrokenTemplateInTheEditorsFolderIsNamedWithItsProblem() throws Exception {
        try (Library library = Library.openEmbedded(dir.resolve("lib")); DirectTasks tasks = new DirectTasks()) {
            Services services = Services.of(library);
            long id = ((ImportOutcome.Imported) services.imports().importText(
                    "Council approves budget\n\nThe council voted on Tuesday.", "c.txt")).articleId();
            Path broken = dir.resolve("templates/broken");
            Files.createDirectories(broken);
            Files.writeString(broken.resolve("manifest.json"), "{\"name\":\"Broken\"}");
            Files.writeString(broken.resolve("article.html"), "<html>{{#tags}}<b>{{.}}</b></html>");
            UiSettings settings = UiSettings.inMemory();
            settings.put(PreviewViewModel.TEMPLATE_FOLDER, dir.resolve("templates").toString());
            PreviewViewModel preview = new PreviewViewModel(services.preview(), tasks, settings);
            preview.show(services.articles().find(id).orElseThrow());
            assertThat(preview.htmlProperty().get()).contains("Council approves budget");

            preview.templateProperty().set(preview.templates().stream().filter(c -> c.id().equals("broken"))
                    .findFirst().orElseThrow());
            assertThat(preview.errorProperty().get()).contains("article.html");
            assertThat(preview.htmlProperty().get()).isEmpty();
        }
    }
}
