package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.store.Library;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists and tables a Word document brought (pandoc's, from the producer fixtures) in the preview and the exports. */
class StructuredBodyTest {

    @TempDir
    Path tmp;
    private Library library;
    private long id;

    @BeforeEach
    void open() throws Exception {
        library = Library.openEmbedded(tmp.resolve("lib"));
        Path file = tmp.resolve("en-pandoc.docx");
        try (InputStream in = getClass().getResourceAsStream("/producers/word/en-pandoc.docx")) {
            Files.write(file, in.readAllBytes());
        }
        id = ((ImportOutcome.Imported) Services.of(library).imports().importFile(file)).articleId();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void thePreviewShowsListsAndATableWithItsHead() throws Exception {
        PreviewRenderer.Options options = new PreviewRenderer.Options(false, false, false,
                Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC, PageWords.english());
        PreviewRenderer.Request r = Services.of(library).preview().request(id, false);
        for (String template : List.of("newspaper", "mobile", "proof")) {
            Document page = Jsoup.parse(PreviewRenderer.render(r, Templates.load(null).require(template), options));
            assertThat(page.select(".body ul li").eachText()).as(template).containsExactly(
                    "new pumps at the river gate", "a raised levee along the east bank", "sirens in every district");
            assertThat(page.select(".body ol li").eachText()).as(template).containsExactly(
                    "a first reading in October", "public hearings in November", "the final vote on Thursday");
            assertThat(page.select(".body table thead th").eachText()).as(template)
                    .containsExactly("District", "Homes at risk", "Share of budget");
            assertThat(page.select(".body table tbody tr")).as(template).hasSize(2);
            assertThat(page.select(".body table tbody tr").get(0).select("td").eachText()).containsExactly("East", "1,200", "45%");
            assertThat(page.select(".body h2").eachText()).as(template)
                    .containsExactly("What the money buys", "What comes next", "Notes");
            assertThat(page.select(".body").text()).as(template).doesNotContain("•", " | ");
        }
    }

    @Test
    void aHighlightInsideACellStaysInItsCell() {
        Article a = library.articles().find(id).orElseThrow();
        int at = a.body().indexOf("1,200");
        String html = ArticleHtml.body(a.body(), List.of(new ArticleHtml.Highlight(at, at + 5, "claim", "verified", 1,
                null)), List.of(), false);
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("td mark.ann").text()).isEqualTo("1,200");
        assertThat(d.select("td").get(1).text()).isEqualTo("1,2001");
    }

    @Test
    void markdownWritesAListAndAPipeTable() {
        Map<String, byte[]> files = MarkdownExport.files(Exportable.load(library, id));
        String md = new String(files.get("galley-" + id + "/index.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("\n- new pumps at the river gate\n- a raised levee along the east bank\n"
                + "- sirens in every district\n");
        assertThat(md).contains("\n1. a first reading in October\n2. public hearings in November\n");
        assertThat(md).contains("\n| District | Homes at risk | Share of budget |"
                + "\n| --- | --- | --- |\n| East | 1,200 | 45% |\n| Harbour | 800 | 30% |\n");
        assertThat(md).contains("\n## Notes\n\n\\[1\\] The meeting was streamed");
    }
}
