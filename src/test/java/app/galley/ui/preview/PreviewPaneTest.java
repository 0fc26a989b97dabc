package app.galley.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ImportOutcome;
import app.galley.publish.HostileInputs;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import app.galley.ui.app.UiSettings;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The preview pane driven as an editor would: the sample rendered, widths, edits, comparison, proofs, safety. */
class PreviewPaneTest extends GalleyFxTest {

    private long sample;
    private long hostile;
    private long pictured;
    private Path templates;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer listener;
    private long fromWord;

    @Override
    protected void prepare(Library library) {
        try {
            listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            listener.createContext("/", exchange -> {
                requests.add(exchange.getRequestURI().toString());
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            });
            listener.start();
            String host = "127.0.0.1:" + listener.getAddress().getPort();
            ImportService importer = Services.of(library).imports();
            hostile = ((ImportOutcome.Imported) importer.importText("Hostile page\n\nIt starts politely.\n\n"
                    + String.join("\n\n", HostileInputs.corpus(host)) + "\n\nIt ends politely.", "hostile.txt")).articleId();
            sample = ((ImportOutcome.Imported) importer.importFile(TestFiles.samplePath())).articleId();
            byte[] png = java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
            String text = "The bridge reopens after two years of repairs, the council said on Tuesday.";
            app.galley.model.ArticleDraft draft = new app.galley.model.ArticleDraft("Bridge reopens", null, null, null,
                    null, "en", null, text + "\n\n" + text, new app.galley.model.Original(text.getBytes(), "text/plain",
                    "UTF-8", "bridge.txt")).withAttachments(List.of(
                    new app.galley.model.Attachment("kept.png", "image/png", png, "Kept with the article", "kept.png"),
                    new app.galley.model.Attachment("web.png", "image/png", new byte[0], "On the web",
                            "http://" + host + "/web.png")));
            pictured = ((ImportOutcome.Imported) importer.storeDraft(draft, "bridge.txt")).articleId();
            Path word = Files.createTempFile("galley-word", ".docx");
            try (var in = getClass().getResourceAsStream("/producers/word/en-libreoffice.docx")) {
                Files.write(word, in.readAllBytes());
            }
            fromWord = ((ImportOutcome.Imported) importer.importFile(word)).articleId();
            Files.delete(word);
            templates = Files.createTempDirectory("galley-templates");
            Path evil = Files.createDirectories(templates.resolve("evil"));
            Files.writeString(evil.resolve("manifest.json"), "{\"name\":\"Evil\"}");
            Files.writeString(evil.resolve("article.html"), "<html><head>" + String.join("", HostileInputs.corpus(host))
                    + "</head><body><h1>{{headline}}</h1>" + String.join("", HostileInputs.corpus(host)) + "{{{body}}}</body></html>");
            Path broken = Files.createDirectories(templates.resolve("broken"));
            Files.writeString(broken.resolve("manifest.json"), "{\"name\":\"Broken\"}");
            Files.writeString(broken.resolve("article.html"), "<html>{{#tags}}<b>{{.}}</b></html>");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void prepareSettings(UiSettings settings) {
        settings.put(PreviewPane.PANEL, "shown");
        settings.put(PreviewViewModel.TEMPLATE_FOLDER, templates.toString());
    }

    private PreviewPane pane() {
        return window.controller().preview();
    }

    private <T> T fx(Supplier<T> s) {
        java.util.concurrent.atomic.AtomicReference<T> r = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> r.set(s.get()));
        return r.get();
    }

    private String text(WebEngine engine, String tag) {
        return fx(() -> {
            var doc = engine.getDocument();
            if (doc == null) {
                return "";
            }
            var nodes = doc.getElementsByTagName(tag);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < nodes.getLength(); i++) {
                sb.append(i == 0 ? "" : "|").append(nodes.item(i).getTextContent().strip());
            }
            return sb.toString();
        });
    }

    /** The start of each image's address on the page. */
    private List<String> images() {
        return fx(() -> {
            var nodes = pane().engine().getDocument().getElementsByTagName("img");
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                String src = ((org.w3c.dom.Element) nodes.item(i)).getAttribute("src");
                out.add(src.startsWith("data:") ? src.substring(0, src.indexOf(';')) : src.substring(0, src.lastIndexOf(':')));
            }
            return out;
        });
    }

    private Object script(String js) {
        return fx(() -> pane().engine().executeScript(js));
    }

    /**
     * Waits until the preview has rendered what was asked (the window idle) and its page has loaded:
     * the engine's load ends only after every image, style sheet and frame of the page was fetched or
     * refused, so a request the page makes has reached the listener by then; a navigation (a refresh,
     * a link followed) would have changed the engine's location, which the pane undoes.
     */
    @SafeVarargs
    private void pageLoaded(Supplier<WebEngine>... engines) throws Exception {
        Supplier<Boolean> loaded = () -> fx(() -> java.util.Arrays.stream(engines).allMatch(e ->
                e.get().getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED));
        waitUntil(loaded); // and settled: a render that was still to come has loaded a new page
        waitUntil(loaded); // which has loaded too
    }

    private void waitUntil(Supplier<Boolean> condition) throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> condition.get());
        settle();
    }

    @org.junit.jupiter.api.AfterEach
    void removeTemplates() throws Exception {
        try (var files = Files.walk(templates)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void theSampleRendersFollowsTypingAndChangesWidth() throws Exception {
        interact(() -> window.controller().selectArticle(sample));
        waitUntil(() -> text(pane().engine(), "h1").equals(TestFiles.SAMPLE_TITLE));
        assertThat(text(pane().engine(), "h2")).isEqualTo("尋求體制突破|建大科學裝置|產學研一體化");
        assertThat(text(pane().engine(), "article")).contains("「站在改革開放40年的當口,這事對我們生物醫藥的發展至關重要。」");

        // the page is laid out at the template's width, whatever the pane's
        clickOn("#preview-desktop");
        waitUntil(() -> ((Number) script("document.documentElement.clientWidth")).intValue() > 1200);
        assertThat(script("getComputedStyle(document.querySelector('.sections')).display")).isNotEqualTo("none");
        clickOn("#preview-phone");
        waitUntil(() -> ((Number) script("document.documentElement.clientWidth")).intValue() <= 390);
        assertThat(script("getComputedStyle(document.querySelector('.sections')).display")).isEqualTo("none");
        assertThat(lookup("#previewStatus").queryAs(Label.class).getText()).startsWith("Phone, 390 px")
                .endsWith(" · not signed off"); // the sign-off state of the text shown (issue 23)
        // and it is not the page's own script that answered: the page has none and runs none
        assertThat(script("document.scripts.length")).isEqualTo(0);

        // typing shows up, the scroll position stays
        script("window.scrollTo(0, 300)");
        double before = ((Number) script("window.scrollY")).doubleValue();
        assertThat(before).isGreaterThan(0);
        clickOn("#articleText");
        press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        write("\n\nPreview follows the typing.");
        waitUntil(() -> text(pane().engine(), "article").contains("Preview follows the typing."));
        // kept to within rounding (the page is zoomed to fit the pane)
        assertThat(((Number) script("window.scrollY")).doubleValue()).isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
        interact(() -> window.controller().flushEdits());
        assertThat(library.articles().find(sample).orElseThrow().body()).endsWith("Preview follows the typing.");
    }

    /** Typing is saved before the library closes, whatever a test left pending. */
    @org.junit.jupiter.api.AfterEach
    void saveTyping() {
        interact(() -> window.controller().flushEdits());
    }

    @Test
    void theOriginalStandsBesideTheCleanedTextAndAnnotationsCanShow() throws Exception {
        Article a = library.articles().find(sample).orElseThrow();
        library.revisions().save(sample, a.version(), ArticleEdit.of(a).withBody(a.body().replace("整合併且", "整合並且")),
                "Cleaned", null);
        interact(() -> {
            window.viewModel().refresh();
            window.controller().selectArticle(sample);
        });
        waitUntil(() -> text(pane().engine(), "article").contains("整合並且"));
        clickOn("#previewCompare");
        waitUntil(() -> text(pane().originalEngine(), "article").contains("整合併且"));
        assertThat(text(pane().engine(), "article")).contains("整合並且").doesNotContain("整合併且");
        assertThat(lookup("#previewOriginal").query().isVisible()).isTrue();

        clickOn("#previewAnnotations");
        assertThat(window.previewModel().annotationsProperty().get()).isTrue();
    }

    @Test
    void aHostileArticleAndAHostileTemplateRunAndFetchNothing() throws Exception {
        interact(() -> window.controller().selectArticle(hostile));
        waitUntil(() -> text(pane().engine(), "article").contains("It ends politely."));
        assertThat(text(pane().engine(), "article")).contains("<script>document.title='pwned'</script>");
        ComboBox<?> choice = lookup("#previewTemplate").queryAs(ComboBox.class);
        interact(() -> window.previewModel().templateProperty().set(window.previewModel().templates().stream()
                .filter(c -> c.id().equals("evil")).findFirst().orElseThrow()));
        assertThat(choice.getValue().toString()).isEqualTo("Evil");
        waitUntil(() -> text(pane().engine(), "h1").equals("Hostile page"));
        clickOn("#previewCompare");
        clickOn("#previewAnnotations");
        clickOn("#preview-phone");
        pageLoaded(() -> pane().engine(), () -> pane().originalEngine()); // the article and, compared, its original
        assertThat(requests).isEmpty();
        assertThat(fx(() -> pane().engine().getTitle())).isNotEqualTo("pwned");
        assertThat(fx(() -> pane().engine().getLocation())).doesNotContain("127.0.0.1");
        assertThat(text(pane().engine(), "script")).isEmpty();
        listener.stop(0);
    }

    @Test
    void keptImagesShowWithCaptionsAndWebImagesLoadOnlyWhenAllowed() throws Exception {
        interact(() -> window.controller().selectArticle(pictured));
        waitUntil(() -> text(pane().engine(), "figcaption").contains("Kept with the article"));
        assertThat(text(pane().engine(), "figcaption")).isEqualTo("Kept with the article|On the web");
        assertThat(images()).containsExactly("data:image/png");
        assertThat(text(pane().engine(), "div")).contains("Remote image not loaded");
        pageLoaded(() -> pane().engine());
        assertThat(requests).isEmpty();

        clickOn("#previewRemoteImages");
        waitUntil(() -> requests.contains("/web.png"));
        assertThat(images()).containsExactly("data:image/png", "http://127.0.0.1");
        assertThat(window.context().services().preview().remoteImagesAllowed(pictured)).isTrue();
        // another article does not inherit the choice
        interact(() -> window.controller().selectArticle(sample));
        waitUntil(() -> text(pane().engine(), "h1").equals(TestFiles.SAMPLE_TITLE));
        assertThat(window.previewModel().remoteImagesProperty().get()).isFalse();
        assertThat(lookup("#previewRemoteImages").query().isVisible()).isFalse();
        listener.stop(0);
    }

    @Test
    void aWordDocumentsListsAndTableShowAsListsAndATable() throws Exception {
        interact(() -> window.controller().selectArticle(fromWord));
        waitUntil(() -> text(pane().engine(), "h1").equals("Council approves flood budget"));
        assertThat(text(pane().engine(), "li")).contains("new pumps at the river gate|a raised levee along the east bank"
                + "|sirens in every district|a first reading in October|public hearings in November");
        assertThat(script("document.querySelectorAll('.body ul > li').length")).isEqualTo(3);
        assertThat(script("document.querySelectorAll('.body ol > li').length")).isEqualTo(3);
        assertThat(text(pane().engine(), "th")).isEqualTo("District|Homes at risk|Share of budget");
        assertThat(text(pane().engine(), "td")).isEqualTo("East|1,200|45%|Harbour|800|30%");
        assertThat(text(pane().engine(), "figcaption")).isEqualTo("Water levels at the river gate since 2020");
        assertThat(text(pane().engine(), "article")).doesNotContain("footnoteRef", "•");
        // a Word file has no charset: the Original row names its type only
        assertThat(lookup("#originalLabel").queryAs(javafx.scene.control.Label.class).getText())
                .endsWith("(application/vnd.openxmlformats-officedocument.wordprocessingml.document)")
                .doesNotContain("null");
    }

    @Test
    void aBrokenTemplateExplainsItselfAndAProofCanBeWritten() throws Exception {
        interact(() -> window.controller().selectArticle(sample));
        waitUntil(() -> text(pane().engine(), "h1").equals(TestFiles.SAMPLE_TITLE));
        interact(() -> window.previewModel().templateProperty().set(window.previewModel().templates().stream()
                .filter(c -> c.id().equals("broken")).findFirst().orElseThrow()));
        Label error = lookup("#previewError").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertThat(error.getText()).contains("broken").contains("article.html");

        Path pdf = libraryDir.resolve("proof.pdf");
        interact(() -> pane().exportPdf(pdf));
        waitUntil(() -> lookup("#previewStatus").queryAs(Label.class).getText().contains("proof.pdf"));
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains(TestFiles.SAMPLE_TITLE.replaceAll("\\s+", ""));
        }
    }
}
