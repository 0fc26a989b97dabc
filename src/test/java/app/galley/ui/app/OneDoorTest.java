package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.cli.CliRun;
import app.galley.ingest.ImportService;
import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import app.galley.model.ImportOutcome;
import app.galley.model.Revision;
import app.galley.model.Tag;
import app.galley.service.Services;
import app.galley.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One behaviour from both front-ends (issue 17): a use case done in the window and the same use case
 * done from the command line on a second library holding the same article leave the same stored
 * result (revision text, headline, language, source, note, changes; tags; status).
 */
class OneDoorTest extends GalleyFxTest {

    /** A headline with half-width punctuation inside Chinese text: cleaning must repair it in both. */
    static final String HEADLINE_STORY = "市長:預算今年通過,議會明日表決?\n\n市長說,預算今年一定通過。\n\n「我們準備好了,」他說。";

    private long sampleId;
    private long headlineId;
    private Path other;

    @Override
    protected void prepare(Library library) {
        long[] ids = imported(library);
        sampleId = ids[0];
        headlineId = ids[1];
    }

    private static long[] imported(Library library) {
        ImportService importer = Services.of(library).imports();
        long sample = ((ImportOutcome.Imported) importer.importFile(TestFiles.samplePath())).articleId();
        long headline = ((ImportOutcome.Imported) importer.importText(HEADLINE_STORY, "budget.txt")).articleId();
        return new long[] {sample, headline};
    }

    /** A second library with the same articles imported the same way, closed again for the command line. */
    private long[] otherLibrary() throws Exception {
        other = Files.createTempDirectory("galley-one-door");
        try (Library lib = Library.openEmbedded(other)) {
            return imported(lib);
        }
    }

    @AfterEach
    void removeOther() throws Exception {
        if (other != null) {
            try (var files = Files.walk(other)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private String[] cli(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = other.toString();
        String[] r = CliRun.run(withDb);
        assertThat(r[0]).as("galley %s: %s", String.join(" ", args), r[2]).isEqualTo("0");
        return r;
    }

    private <T> T inOther(Function<Services, T> read) {
        try (Library lib = Library.openEmbedded(other)) {
            return read.apply(Services.of(lib));
        }
    }

    /** What a revision says, without when it was made. */
    private static List<Object> content(Revision r) {
        return List.of(r.title(), r.body(), String.valueOf(r.note()), String.valueOf(r.changes()));
    }

    private static List<Object> fields(Article a) {
        return List.of(a.title(), String.valueOf(a.language()), String.valueOf(a.source()), a.body(), a.version());
    }

    private void cleanInTheCleanTab(long id) {
        selectArticle(id);
        push(KeyCode.SHORTCUT, KeyCode.K);
        settle();
        clickOn("#applyCleaningButton");
        settle();
    }

    @Test
    void cleaningInTheCleanTabAndFromTheCommandLineLeavesTheSameRevisionHeadlineIncluded() throws Exception {
        long[] theirIds = otherLibrary();
        cleanInTheCleanTab(sampleId);
        cleanInTheCleanTab(headlineId);

        cli("clean", Long.toString(theirIds[0]), Long.toString(theirIds[1]));

        Services here = Services.of(library);
        long[] myIds = {sampleId, headlineId};
        for (int i = 0; i < 2; i++) {
            long mineId = myIds[i];
            long theirsId = theirIds[i];
            List<Revision> mine = here.articles().revisions(mineId);
            List<Revision> theirs = inOther(s -> s.articles().revisions(theirsId));
            assertThat(mine).hasSize(2);
            assertThat(theirs).hasSize(2);
            assertThat(content(mine.get(mine.size() - 1))).isEqualTo(content(theirs.get(theirs.size() - 1)));
            assertThat(fields(here.articles().find(mineId).orElseThrow()))
                    .isEqualTo(fields(inOther(s -> s.articles().find(theirsId).orElseThrow())));
        }
        // the headline is cleaned alike: its half-width punctuation made full-width
        assertThat(here.articles().find(headlineId).orElseThrow().title()).isEqualTo("市長：預算今年通過，議會明日表決？");
    }

    @Test
    void taggingAndMovingTheSampleInTheWindowAndFromTheCommandLineAgree() throws Exception {
        long otherId = otherLibrary()[0];
        selectArticle(sampleId);
        clickOn("#tagField").write("科技與工程");
        settle();
        clickOn("technology and engineering  ·  Subject (IPTC Media Topic)");
        settle();
        clickOn("#statusCombo");
        clickOn(lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                ArticleStatus.FACT_CHECK.equals(c.getItem())).queryAs(javafx.scene.Node.class));
        settle();

        cli("tag", Long.toString(otherId), "--add", "medtop:20000756");
        cli("edit", Long.toString(otherId), "--status", "fact-check");

        Services here = Services.of(library);
        assertThat(here.tags().tagsOf(sampleId)).extracting(Tag::qcode, Tag::name)
                .isEqualTo(inOther(s -> s.tags().tagsOf(otherId)).stream().map(t -> org.assertj.core.groups.Tuple
                        .tuple(t.qcode(), t.name())).toList());
        assertThat(here.articles().find(sampleId).orElseThrow().status())
                .isEqualTo(inOther(s -> s.articles().find(otherId).orElseThrow().status()))
                .isEqualTo(ArticleStatus.FACT_CHECK);
    }
}
