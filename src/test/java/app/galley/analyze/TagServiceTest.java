package app.galley.analyze;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.ImportOutcome;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.search.SearchHit;
import app.galley.search.SearchService;
import app.galley.store.Library;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags on a real library: topics with their hierarchy, completion, bulk tagging, rename, merge, search. */
class TagServiceTest {

    @TempDir
    Path tmp;
    private Library library;
    private TagService tags;
    private long sample;
    private long council;

    @BeforeEach
    void open() {
        library = Library.openEmbedded(tmp.resolve("lib"));
        ImportService importer = Services.of(library).imports();
        sample = ((ImportOutcome.Imported) importer.importFile(TestFiles.samplePath())).articleId();
        council = ((ImportOutcome.Imported) importer.importText("Council approves budget\n\nThe council voted.", "c.txt"))
                .articleId();
        tags = new TagService(library.tags());
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<Long> found(String query) {
        try (SearchService search = SearchService.open(library)) {
            return search.search(query, 10).hits().stream().map(SearchHit::id).toList();
        }
    }

    @Test
    void aTopicBecomesATagWithItsBroaderTopics() {
        Tag tech = tags.subject("medtop:20000756");
        assertThat(tech.kind()).isEqualTo(TagKind.SUBJECT);
        assertThat(tech.name()).isEqualTo("technology and engineering");
        assertThat(tech.names()).containsEntry("zh-Hant", "科技與工程").containsEntry("zh-Hans", "科技与工程");
        Tag parent = library.tags().find(tech.parentId()).orElseThrow();
        assertThat(parent.qcode()).isEqualTo("medtop:13000000");
        assertThat(parent.parentId()).isNull();
        assertThat(tags.subject("medtop:20000756").id()).isEqualTo(tech.id());
    }

    @Test
    void completionOffersTopicsAcrossLanguagesAndTheLibrarysOwnTagsFirst() {
        assertThat(tags.complete("科技", "zh-Hant", 10)).extracting(TagService.Candidate::label).contains("科學與科技");
        assertThat(tags.complete("tech", "en", 10)).extracting(TagService.Candidate::label)
                .contains("technology and engineering");
        Tag series = tags.tag(TagKind.STORY, "Tech Week", null);
        List<TagService.Candidate> offered = tags.complete("tech", "en", 10);
        assertThat(offered.get(0).tag()).isEqualTo(series);
    }

    @Test
    void bulkTaggingReturnsWhatAnUndoTakesBack() {
        Tag person = tags.tag(TagKind.PERSON, "張旭", null);
        assertThat(tags.add(List.of(sample), person)).containsExactly(sample);
        // a second bulk add on both only adds the one that did not have it
        Set<Long> added = tags.add(List.of(sample, council), person);
        assertThat(added).containsExactly(council);
        assertThat(library.tags().counts()).containsEntry(person.id(), 2);
        assertThat(tags.remove(added, person)).containsExactly(council);
        assertThat(library.tags().articleIds(person.id())).containsExactly(sample);
    }

    @Test
    void renameAndMergeKeepTheArticles() {
        Tag a = tags.tag(TagKind.PLACE, "上海市", null);
        Tag b = tags.tag(TagKind.PLACE, "Shanghai", null);
        tags.add(List.of(sample), a);
        tags.add(List.of(council), b);
        tags.rename(a, "上海");
        assertThat(tags.tagsOf(sample)).extracting(Tag::name).containsExactly("上海");
        tags.merge(b, library.tags().find(a.id()).orElseThrow());
        Tag merged = library.tags().find(a.id()).orElseThrow();
        assertThat(library.tags().articleIds(merged.id())).containsExactlyInAnyOrder(sample, council);
        assertThat(merged.synonyms()).contains("Shanghai");
        assertThat(library.tags().find(b.id())).isEmpty();
        // the merged tag's old name still finds both
        assertThat(found("tag:shanghai")).containsExactlyInAnyOrder(sample, council);
    }

    @Test
    void searchByTagFindsNarrowerTagsAndEveryNameOfTheTag() {
        tags.add(List.of(sample), tags.subject("medtop:20000756"));
        assertThat(found("tag:科技與工程")).containsExactly(sample);
        assertThat(found("tag:科技与工程")).containsExactly(sample);
        assertThat(found("tag:\"science and technology\"")).containsExactly(sample);
        assertThat(found("tag:medtop:13000000")).containsExactly(sample);
        assertThat(found("tag:晶片")).containsExactly(sample);
        // by the start of a name, in any language (issue 18)
        assertThat(found("tag:science")).containsExactly(sample);
        assertThat(found("tag:科技")).containsExactly(sample);
        assertThat(found("tag:Science")).containsExactly(sample);
        assertThat(found("tag:sport")).isEmpty();
        assertThat(found("tag:medtop:1300")).isEmpty(); // a code matches whole only
    }
}
