package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.store.SimilarityRepository;
import app.galley.ui.app.GalleyFxTest;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

class RepostCompareTest extends GalleyFxTest {

    private long original;
    private long repost;

    @Override
    protected void prepare(Library library) {
        ImportService importer = Services.of(library).imports();
        original = ((ImportOutcome.Imported) importer.importText(TestFiles.sampleText(), "sample.txt")).articleId();
        String farm = TestFiles.simplifiedRepost();
        repost = ((ImportOutcome.Repost) importer.importText(farm, "farm.txt")).articleId();
    }

    @Test
    void theRepostIsComparedSideBySideAndMarkedNotDuplicates() {
        settle(); // the shown article's repost is read with it
        Hyperlink link = lookup("#repostLink").queryAs(Hyperlink.class); // the newest, the repost, is selected
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).startsWith("Looks like a repost of #" + original + " (");

        clickOn(link);
        settle(); // the earlier article is read before the comparison opens
        assertThat(lookup("#repostLeft").queryAs(TextArea.class).getText()).contains("整合併且");
        assertThat(lookup("#repostRight").queryAs(TextArea.class).getText()).contains("整合并且");
        clickOn("Not Duplicates");
        settle();

        assertThat(link.isVisible()).isFalse();
        assertThat(library.similarity().relation(original, repost)).contains(SimilarityRepository.Relation.NOT_DUPLICATE);
    }

    @Test
    void theRepostIsLinkedAsTheSameStory() {
        settle();
        clickOn("#repostLink");
        settle(); // the earlier article is read before the comparison opens
        clickOn("Same Story");
        settle();
        Hyperlink link = lookup("#repostLink").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("Same story as #" + original);
        assertThat(library.similarity().relation(original, repost)).contains(SimilarityRepository.Relation.SAME_STORY);
    }
}
