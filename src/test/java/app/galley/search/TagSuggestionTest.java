package app.galley.search;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.analyze.TagService;
import app.galley.ingest.ImportService;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.TagKind;
import app.galley.store.Library;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag suggestions on a real library: people, places, keywords, and topics learnt from tagged articles. */
class TagSuggestionTest {

    @TempDir
    Path tmp;
    private Library library;
    private ImportService importer;

    @BeforeEach
    void open() {
        library = Library.openEmbedded(tmp.resolve("lib"));
        importer = Services.of(library).imports();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Article imported(ImportOutcome o) {
        long id = o instanceof ImportOutcome.Imported i ? i.articleId() : ((ImportOutcome.Repost) o).articleId();
        return library.articles().find(id).orElseThrow();
    }

    @Test
    void theSampleGetsItsPeoplePlacesKeywordsAndTopic() {
        Article sample = imported(importer.importFile(TestFiles.samplePath()));
        try (SearchService search = SearchService.open(library)) {
            List<TagSuggestion> s = search.suggestTags(sample, "en");
            assertThat(s).anySatisfy(x -> {
                assertThat(x.kind()).isEqualTo(TagKind.PERSON);
                assertThat(x.name()).isEqualTo("張旭");
                assertThat(x.why()).contains("中科院上海分院副院長");
            });
            assertThat(s).anyMatch(x -> x.kind() == TagKind.PLACE && x.name().equals("Shanghai"));
            // the recogniser's places beyond the gazetteer, and organisations, as the text writes them
            assertThat(s).anyMatch(x -> x.kind() == TagKind.PLACE && x.name().equals("張江"));
            assertThat(s).filteredOn(x -> x.kind() == TagKind.ORGANISATION).extracting(TagSuggestion::name)
                    .contains("華為", "張江實驗室", "中科院上海分院", "上海市政府")
                    .doesNotContain("各研究機構", "多家機構", "創業者", "腦智科技", "31日華為");
            // a gazetteer place is not suggested again in the text's script
            assertThat(s).noneMatch(x -> x.kind() == TagKind.PLACE && x.name().equals("上海"));
            assertThat(s).anyMatch(x -> x.name().equals("寒武紀"));
            assertThat(s).anyMatch(x -> x.kind() == TagKind.SUBJECT && x.name().equals("science and technology")
                    && x.qcode().equals("medtop:13000000"));
            // nothing is suggested twice, and the outlet's name is not a keyword
            assertThat(s).extracting(TagSuggestion::name).doesNotHaveDuplicates().doesNotContain("第一", "財經");

            // once tagged, a tag is no longer suggested
            TagService tags = new TagService(library.tags());
            tags.add(List.of(sample.id()), tags.subject("medtop:13000000"));
            tags.add(List.of(sample.id()), tags.tag(TagKind.PERSON, "張旭", null));
            List<TagSuggestion> after = search.suggestTags(sample, "en");
            assertThat(after).noneMatch(x -> "medtop:13000000".equals(x.qcode()) || x.name().equals("張旭"));
        }
    }

    @Test
    void topicsAreLearntFromTheArticlesEditorsTagged() {
        TagService tags = new TagService(library.tags());
        var football = tags.subject("medtop:20001108"); // sport event
        for (int i = 0; i < 3; i++) {
            Article a = imported(importer.importText("Match report " + i + "\n\nThe striker scored twice in the cup final"
                    + " and the goalkeeper saved a penalty as the league champions won " + (i + 2) + "-1 at the stadium.",
                    "match" + i + ".txt"));
            tags.add(List.of(a.id()), football);
        }
        Article budget = imported(importer.importText("Budget passes\n\nThe council passed the budget after a debate"
                + " about taxes and spending.", "budget.txt"));
        tags.add(List.of(budget.id()), tags.subject("medtop:20000593")); // government
        Article untagged = imported(importer.importText("Cup final tonight\n\nThe striker and the goalkeeper are fit for"
                + " the cup final at the stadium, the coach said.", "preview.txt"));
        try (SearchService search = SearchService.open(library)) {
            List<TagSuggestion> s = search.suggestTags(untagged, "en");
            TagSuggestion learnt = s.stream().filter(x -> "like tagged articles".equals(x.why())).findFirst().orElseThrow();
            assertThat(learnt.qcode()).isEqualTo("medtop:20001108");
            assertThat(s).noneMatch(x -> "medtop:20000593".equals(x.qcode()) && "like tagged articles".equals(x.why()));
        }
    }

    @Test
    void someoneCalledOnlyMrWangSpeaksButIsNoTag() throws Exception {
        Article a = imported(importer.importText("獨居長者送餐服務斷炊\n\n社會局副局長許哲銘表示，「不會讓任何一位長者餓肚子」。\n\n"
                + "「他們來，我才有人說話。」王老先生說，子女都在外地工作。", "meals.txt"));
        assertThat(app.galley.analyze.QuoteFinder.find(a.body()).quotes()).extracting(app.galley.analyze.Quote::speaker)
                .containsExactly("許哲銘", "王老先生");
        try (SearchService search = SearchService.open(library)) {
            List<TagSuggestion> s = search.suggestTags(a, "zh-Hant");
            assertThat(s).anyMatch(x -> x.kind() == TagKind.PERSON && x.name().equals("許哲銘"));
            assertThat(s).noneMatch(x -> x.name().contains("王老先生"));
        }
    }
}
