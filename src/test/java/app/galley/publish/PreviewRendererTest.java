package app.galley.publish;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.text.Paragraphs;
import app.galley.model.Annotation;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.Attachment;
import app.galley.model.ImportOutcome;
import app.galley.model.TextTarget;
import app.galley.model.Verdict;
import app.galley.store.Library;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample through each shipped template: its structure, quotations and punctuation survive intact. */
class PreviewRendererTest {

    private static final PreviewRenderer.Options OPTIONS = new PreviewRenderer.Options(false, false, false,
            Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.ofHours(8), PageWords.english());

    @TempDir
    Path tmp;
    private Library library;
    private PreviewService service;
    private long sample;
    private final Templates templates = Templates.load(null);

    @BeforeEach
    void open() {
        library = Library.openEmbedded(tmp.resolve("lib"));
        service = Services.of(library).preview();
        sample = ((ImportOutcome.Imported) Services.of(library).imports().importFile(TestFiles.samplePath())).articleId();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Document render(String template, PreviewRenderer.Request r, PreviewRenderer.Options o) throws Exception {
        return Jsoup.parse(PreviewRenderer.render(r, templates.require(template), o));
    }

    @Test
    void theSampleKeepsHeadlineSubheadsQuotesAndFullWidthPunctuationInEveryTemplate() throws Exception {
        PreviewRenderer.Request r = service.request(sample, false);
        String body = r.body();
        List<String> subheads = Paragraphs.subheads(body);
        assertThat(subheads).containsExactly("尋求體制突破", "建大科學裝置", "產學研一體化");
        for (String id : List.of("newspaper", "mobile", "proof")) {
            Document page = render(id, r, OPTIONS);
            assertThat(page.select("h1").eachText()).as(id).containsExactly(TestFiles.SAMPLE_TITLE);
            assertThat(page.select(".body h2").eachText()).as(id).containsExactlyElementsOf(subheads);
            assertThat(page.select(".body p")).as(id).hasSize(Paragraphs.of(body).size() - 3);
            String shown = page.select(".body").text();
            // every quotation whole, every full-width mark kept
            for (char mark : "「」，。：、（）".toCharArray()) {
                assertThat(count(shown, mark)).as(id + " " + mark).isEqualTo(count(body, mark));
            }
            assertThat(shown).contains("「站在改革開放40年的當口,這事對我們生物醫藥的發展至關重要。」張旭指出");
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-Hant");
            assertThat(page.selectFirst("body").hasClass("cjk")).isTrue();
            assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .contains("default-src 'none'").doesNotContain("http:");
        }
    }

    @Test
    void theProofCarriesItsHeaderAndNotesBesideTheirParagraphs() throws Exception {
        String body = library.articles().find(sample).orElseThrow().body();
        int at = body.indexOf("新成立的上海腦科學");
        Article a = library.articles().find(sample).orElseThrow();
        Annotation quote = new Annotation(1, sample, AnnotationKind.QUOTE, TextTarget.of(body, at, at + 20),
                Annotation.Anchor.ANCHORED, null, "張旭", Verdict.VERIFIED, "Transcript, p. 2", List.of(), "checker",
                Instant.EPOCH, Instant.EPOCH, 1, false);
        int figure = body.indexOf("10億");
        Annotation claim = new Annotation(2, sample, AnnotationKind.CLAIM, TextTarget.of(body, figure, figure + 3),
                Annotation.Anchor.ANCHORED, null, null, Verdict.FALSE, "Budget says 8億", List.of(), "checker",
                Instant.EPOCH, Instant.EPOCH, 1, false);
        PreviewRenderer.Request r = new PreviewRenderer.Request(a, a.title(), body, List.of(), List.of(quote, claim),
                List.of("科學與技術"), 3);
        Document proof = render("proof", r, OPTIONS.withAnnotations(true).withProofHeader(true));
        assertThat(proof.select(".proof-header").text()).contains("#" + sample, "3", "inbox", "2026-11-29 16:00");
        assertThat(proof.select("mark.ann.quote.verdict-verified").text()).startsWith("新成立的上海腦科學");
        assertThat(proof.select("mark.ann.claim.verdict-false").text()).startsWith("10億");
        assertThat(proof.select(".margin-note").eachText()).hasSize(2)
                .anyMatch(n -> n.contains("verified") && n.contains("張旭") && n.contains("Transcript, p. 2"))
                .anyMatch(n -> n.contains("false") && n.contains("Budget says 8億"));
        // in the web layouts the notes are listed after the story instead
        Document web = render("newspaper", r, OPTIONS.withAnnotations(true));
        assertThat(web.select(".notes li")).hasSize(2);
        assertThat(web.select(".margin-note")).isEmpty();
        // without annotations: no marks, no notes
        Document plain = render("newspaper", r, OPTIONS);
        assertThat(plain.select("mark, .notes, .margin-note")).isEmpty();
        assertThat(plain.select(".tags li").eachText()).containsExactly("科學與技術");
    }

    @Test
    void theProofShowsTheSignOffsThatHoldForItsTextAndThePreviewReadsThem() throws Exception {
        Article a = library.articles().find(sample).orElseThrow();
        Services ruth = Services.of(library, Services.Options.standard().withUser("Ruth Delgado"));
        ruth.gate().signOffs().signOff(a, app.galley.model.ArticleStatus.READY, "讀過");
        PreviewRenderer.Request r = service.request(sample, false);
        assertThat(r.signOffs()).singleElement().satisfies(s -> assertThat(s.by()).isEqualTo("Ruth Delgado"));
        Document proof = render("proof", r, OPTIONS.withProofHeader(true));
        assertThat(proof.select(".signoff .signed").text()).startsWith("Signed off for ready: Ruth Delgado · ");
        assertThat(proof.select(".signoff").text()).doesNotContain("Approved");
        // the text as typed differs from the one signed off: the proof has the blank line to sign on again
        PreviewRenderer.Request typed = service.request(a, a.title(), a.body() + "\n\n（更正）", false);
        Document again = render("proof", typed, OPTIONS.withProofHeader(true));
        assertThat(again.select(".signoff .signed")).isEmpty();
        assertThat(again.select(".signoff").text()).contains("Approved ____________");
        // in the editor's language
        Document zh = render("proof", r, OPTIONS.withProofHeader(true).withWords(PageWords.of("zh-Hant")));
        assertThat(zh.select(".signoff .signed").text()).startsWith("簽核 待發");
    }

    @Test
    void theProofsOwnWordsAreInTheEditorsLanguageNotTheArticles() throws Exception {
        Article a = library.articles().find(sample).orElseThrow(); // a Traditional-Chinese article
        String body = a.body();
        int figure = body.indexOf("10億");
        Annotation claim = new Annotation(2, sample, AnnotationKind.CLAIM, TextTarget.of(body, figure, figure + 3),
                Annotation.Anchor.ANCHORED, null, null, Verdict.FALSE, "", List.of(), "checker",
                Instant.EPOCH, Instant.EPOCH, 1, false);
        PreviewRenderer.Request r = new PreviewRenderer.Request(a, a.title(), body, List.of(), List.of(claim), List.of(), 3);
        PreviewRenderer.Options proof = OPTIONS.withAnnotations(true).withProofHeader(true);

        Document english = render("proof", r, proof);
        assertThat(english.select(".proof-title").text()).startsWith("PROOF");
        assertThat(english.select(".proof-header").text()).contains("rev. 3", "inbox");
        assertThat(english.select(".signoff").text()).contains("Editor", "Fact-check", "Approved");
        assertThat(english.select(".margin-note").text()).contains("false");

        Document simplified = render("proof", r, proof.withWords(PageWords.of("zh-Hans")));
        assertThat(simplified.select(".proof-title").text()).startsWith("校样");
        assertThat(simplified.select(".proof-header").text()).contains("修订 3", "收件箱");
        assertThat(simplified.select(".signoff").text()).contains("编辑", "核查", "核准");
        assertThat(simplified.select(".margin-note").text()).contains("错误");
        Document notes = render("newspaper", r, OPTIONS.withAnnotations(true).withWords(PageWords.of("zh-Hant")));
        assertThat(notes.select(".notes h2").text()).isEqualTo("查核備註");
        assertThat(notes.select(".notes .note-verdict").text()).isEqualTo("錯誤");
        assertThat(notes.select("nav.sections").text()).contains("要聞"); // the masthead in the article's script

        // every status and verdict has its word in every language
        for (String language : PageWords.LANGUAGES) {
            PageWords w = PageWords.of(language);
            for (app.galley.model.ArticleStatus st : app.galley.model.ArticleStatus.values()) {
                assertThat(w.asMap()).as(language).containsKey("status." + st.key());
            }
            for (Verdict v : Verdict.values()) {
                assertThat(w.asMap()).as(language).containsKey("verdict." + v.id());
            }
            assertThat(w.asMap().keySet()).isEqualTo(PageWords.english().asMap().keySet());
        }
    }

    @Test
    void aNoteNumberFollowsTheClosingQuotationMarkSoThatNeverStartsALine() throws Exception {
        Article a = library.articles().find(sample).orElseThrow();
        String quote = "站在改革開放40年的當口,這事對我們生物醫藥的發展至關重要。";
        int at = a.body().indexOf(quote);
        Annotation q = new Annotation(1, sample, AnnotationKind.QUOTE, TextTarget.of(a.body(), at, at + quote.length()),
                Annotation.Anchor.ANCHORED, null, "張旭", Verdict.VERIFIED, "", List.of(), "checker", Instant.EPOCH,
                Instant.EPOCH, 1, false);
        PreviewRenderer.Request r = new PreviewRenderer.Request(a, a.title(), a.body(), List.of(), List.of(q), List.of(), 1);
        Element mark = render("newspaper", r, OPTIONS.withAnnotations(true)).selectFirst("mark.ann");
        assertThat(mark.text()).isEqualTo(quote);
        Element end = mark.nextElementSibling();
        assertThat(end.hasClass("ann-end")).isTrue();
        assertThat(end.text()).isEqualTo("」1");
        assertThat(end.selectFirst("sup.ann-ref").text()).isEqualTo("1");
    }

    @Test
    void imagesAppearWithCaptionsAndRemoteOnesOnlyWhenAllowed() throws Exception {
        Article a = library.articles().find(sample).orElseThrow();
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        List<Attachment> images = List.of(new Attachment("lab.png", "image/png", png, "張江實驗室外觀", "lab.png"),
                new Attachment("chip.jpg", "image/jpeg", new byte[0], "晶元", "https://img.example.com/chip.jpg"),
                new Attachment("evil.svg", "image/svg+xml", "<svg onload=alert(1)>".getBytes(), "svg", "evil.svg"));
        PreviewRenderer.Request r = new PreviewRenderer.Request(a, a.title(), a.body(), images, List.of(), List.of(), 1);
        Document page = render("newspaper", r, OPTIONS);
        Element first = page.selectFirst(".body figure");
        assertThat(first.selectFirst("img").attr("src")).startsWith("data:image/png;base64,");
        assertThat(first.selectFirst("figcaption").text()).isEqualTo("張江實驗室外觀");
        assertThat(page.select("img[src^=http]")).isEmpty();
        assertThat(page.select(".image-placeholder").eachText()).contains(HtmlSafety.REMOTE_IMAGE_NOTE);
        assertThat(page.html()).doesNotContain("img.example.com").doesNotContain("svg+xml").doesNotContain("onload");

        Document allowed = render("newspaper", r, OPTIONS.withRemoteImages(true));
        assertThat(allowed.select("img[src=https://img.example.com/chip.jpg]")).hasSize(1);
        assertThat(allowed.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("img-src data: https:");
        assertThat(allowed.html()).doesNotContain("svg+xml");
    }

    @Test
    void theOriginalIsTheTextAsImported() throws Exception {
        Article a = library.articles().find(sample).orElseThrow();
        library.revisions().save(sample, a.version(), app.galley.model.ArticleEdit.of(a)
                .withBody(a.body().replace("整合併且", "整合並且")), "Cleaned", null);
        assertThat(service.request(sample, false).body()).contains("整合並且").doesNotContain("整合併且");
        PreviewRenderer.Request original = service.request(sample, true);
        assertThat(original.body()).contains("整合併且");
        assertThat(original.revision()).isEqualTo(1);
        assertThat(service.request(sample, false).revision()).isEqualTo(2);
    }

    @Test
    void aRemoteImageChoiceIsRememberedPerArticle() {
        assertThat(service.remoteImagesAllowed(sample)).isFalse();
        service.allowRemoteImages(sample, true);
        assertThat(Services.of(library).preview().remoteImagesAllowed(sample)).isTrue();
        assertThat(service.remoteImagesAllowed(sample + 1)).isFalse();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
