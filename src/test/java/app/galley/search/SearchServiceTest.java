package app.galley.search;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.ArticleStatus;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search on a real library and a real index: scripts, widths, fields, dates, snippets, recovery. */
class SearchServiceTest {

    @TempDir
    Path tmp;
    private Library library;
    private SearchService search;
    private long traditional;
    private long simplified;
    private long english;
    private long chips;

    @BeforeEach
    void open() {
        library = Library.openEmbedded(tmp.resolve("lib"));
        ImportService importer = Services.of(library).imports();
        traditional = id(importer.importFile(TestFiles.samplePath()));
        simplified = id(importer.importText(TestFiles.simplifiedRepost(), "repost.txt"));
        english = id(importer.importText("Council approves transit budget\n\nThe city council approved the ＡＢＣ"
                + " transit plan on Tuesday after a long debate.\n\n\"We have waited eleven years,\" said Council"
                + " Member Alicia Moreno.", "council.txt"));
        chips = id(importer.importText("台積電擴大投資\n\n台積電宣布擴大先進製程晶片的投資，預計明年量產。", "chips.txt"));
        search = SearchService.open(library);
    }

    @AfterEach
    void close() {
        search.close();
        library.close();
    }

    private static long id(ImportOutcome o) {
        return o instanceof ImportOutcome.Imported i ? i.articleId() : ((ImportOutcome.Repost) o).articleId();
    }

    private List<Long> ids(String query) {
        return search.search(query, 50).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void eitherScriptFindsBoth() {
        assertThat(ids("腦科學")).containsExactlyInAnyOrder(traditional, simplified);
        assertThat(ids("脑科学")).containsExactlyInAnyOrder(traditional, simplified);
        assertThat(ids("晶片")).containsExactly(chips);
        assertThat(ids("晶元")).containsExactlyInAnyOrder(traditional, simplified);
    }

    @Test
    void widthAndCaseAndStemsDoNotMatter() {
        assertThat(ids("ABC")).containsExactly(english);
        assertThat(ids("abc")).containsExactly(english);
        assertThat(ids("approve")).containsExactly(english);
        assertThat(ids("ＣＯＵＮＣＩＬ")).containsExactly(english);
    }

    @Test
    void aPartOfALongerWordIsFoundByItsCharacters() {
        // 神經科學家 is one word to the segmenter; 經科 is found through the bigrams
        assertThat(ids("神經科")).containsExactlyInAnyOrder(traditional, simplified);
        assertThat(ids("\"人工智慧晶元\"")).contains(traditional);
    }

    @Test
    void fieldsAndOperators() {
        assertThat(ids("title:晶元")).containsExactlyInAnyOrder(traditional, simplified);
        assertThat(ids("title:探秘")).containsExactly(traditional);
        assertThat(ids("source:第一財經")).containsExactly(traditional);
        assertThat(ids("speaker:张旭")).containsExactlyInAnyOrder(traditional, simplified);
        assertThat(ids("speaker:\"Alicia Moreno\"")).containsExactly(english);
        assertThat(ids("lang:en")).containsExactly(english);
        assertThat(ids("lang:zh")).containsExactlyInAnyOrder(traditional, simplified, chips);
        assertThat(ids("lang:zh-hans")).containsExactly(simplified);
        assertThat(ids("status:inbox")).hasSize(4);
        assertThat(ids("晶片 OR 腦科學")).containsExactlyInAnyOrder(traditional, simplified, chips);
        assertThat(ids("腦科學 AND NOT 科技快訊")).containsExactly(traditional);
        assertThat(ids("腦科學 -lang:zh-hant")).containsExactly(simplified);
    }

    @Test
    void statusChangesAreFoundAfterTheChange() {
        var a = library.articles().find(english).orElseThrow();
        library.articles().updateStatus(english, a.version(), ArticleStatus.FACT_CHECK);
        assertThat(ids("status:fact-check")).containsExactly(english);
        assertThat(ids("status:inbox")).hasSize(3);
    }

    @Test
    void datesAndRanges() {
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        assertThat(ids("published:" + year)).hasSize(4);
        assertThat(ids("published:2018-01..2018-12")).isEmpty();
        assertThat(ids("published:2000.." + year + " title:探秘")).containsExactly(traditional);
        assertThatThrownBy(() -> search.search("published:2018-13", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a date: 2018-13");
    }

    @Test
    void snippetsMarkTheWordsFound() {
        SearchService.Results r = search.search("脑科学", 10);
        assertThat(r.total()).isEqualTo(2);
        SearchHit t = r.hits().stream().filter(h -> h.id() == traditional).findFirst().orElseThrow();
        assertThat(t.snippet()).contains("[[腦科學]]");
        assertThat(t.title()).isEqualTo(TestFiles.SAMPLE_TITLE);
    }

    @Test
    void aDeletedIndexIsRebuiltFromTheDatabase() throws Exception {
        assertThat(search.size()).isEqualTo(4);
        search.close();
        Path folder = SearchService.indexFolder(library);
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(folder).doesNotExist();
        search = SearchService.open(library);
        assertThat(search.size()).isEqualTo(4);
        assertThat(ids("腦科學")).containsExactlyInAnyOrder(traditional, simplified);
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheDatabase() throws Exception {
        search.close();
        Path folder = SearchService.indexFolder(library);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(p, "not an index");
            }
        }
        search = SearchService.open(library);
        assertThat(ids("晶片")).containsExactly(chips);
    }

    @Test
    void aSecondGalleyReadsTheIndexTheFirstKeeps() {
        // the window keeps the index open; a command line search still answers, from the last commit
        try (SearchService second = SearchService.open(library)) {
            assertThat(second.readOnly()).isTrue();
            assertThat(second.search("晶片", 10).hits()).extracting(SearchHit::id).containsExactly(chips);
            assertThatThrownBy(second::rebuild).isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
        }
        assertThat(search.readOnly()).isFalse();
    }

    @Test
    void newArticlesAreFoundWithoutReindexing() {
        long added = id(Services.of(library).imports().importText("Mayor opens bridge\n\nThe mayor opened the bridge.", "b.txt"));
        assertThat(ids("bridge")).containsExactly(added);
        assertThat(search.rebuild()).isEqualTo(5);
        assertThat(ids("bridge")).containsExactly(added);
    }
}
