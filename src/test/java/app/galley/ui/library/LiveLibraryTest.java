package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.analyze.TagService;
import app.galley.ingest.ImportService;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/**
 * The window follows what others write to its library: another writer (here a second library object
 * on the same folder, as the command line or a second window opens it) imports, edits, tags and moves
 * articles, and the table, the counts and the shown article follow within two seconds, with no key
 * pressed, while the editor's selection stays where it was.
 */
class LiveLibraryTest extends GalleyFxTest {

    private long sample;
    private long council;

    @Override
    protected void prepare(Library library) {
        ImportService importer = Services.of(library).imports();
        sample = ((ImportOutcome.Imported) importer.importFile(TestFiles.samplePath())).articleId();
        council = ((ImportOutcome.Imported) importer.importText("Council approves budget\n\nThe council voted 7 to 2.",
                "council.txt")).articleId();
    }


    private boolean shows(long id, java.util.function.Predicate<ArticleSummary> what) {
        return table().getItems().stream().anyMatch(a -> a.id() == id && what.test(a));
    }

    @Test
    void whatAnotherWriterDoesShowsUpWithinTwoSeconds() throws Exception {
        selectArticle(council);
        int before = table().getItems().size();
        long added;
        try (Library other = Library.openEmbedded(libraryDir)) {
            added = ((ImportOutcome.Imported) Services.of(other).imports().importText(
                    "另一處匯入的稿件\n\n這是在命令列匯入的文章，視窗應該自己看到。", "cli.txt")).articleId();
            Article shown = other.articles().find(council).orElseThrow();
            other.revisions().save(council, shown.version(),
                    ArticleEdit.of(shown).withBody("The council voted 8 to 1, the clerk said."), "edited elsewhere", null);
            Article s = other.articles().find(sample).orElseThrow();
            other.articles().updateStatus(sample, s.version(), ArticleStatus.READY);
            TagService tags = new TagService(other.tags());
            tags.add(List.of(council), tags.subject("medtop:11000000"));
        }

        waitFor(2, TimeUnit.SECONDS, () -> table().getItems().size() == before + 1
                && shows(sample, a -> a.status() == ArticleStatus.READY));
        assertThat(table().getItems()).anyMatch(a -> a.id() == added && a.title().equals("另一處匯入的稿件"));
        // the shown article is the other writer's version, and the table still has it selected
        waitFor(2, TimeUnit.SECONDS, () -> lookup("#articleText").queryAs(StyleClassedTextArea.class).getText()
                .contains("8 to 1"));
        settle(); // the follower's pulse is over
        assertThat(table().getSelectionModel().getSelectedItem().id()).isEqualTo(council);
        assertThat(window.detailController().typing()).isFalse();
    }
}
