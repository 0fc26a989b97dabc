package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleStatus;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.DirectTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.PlainContext;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library view model with plain JUnit: no toolkit, its background work run at once (DirectTasks). */
class LibraryViewModelTest {

    @TempDir
    Path dir;

    @Test
    void selectingReadsTheArticleWithWhatIsShownBesideItAndAStatusMoveIsCounted() {
        try (Library library = Library.openEmbedded(dir); DirectTasks tasks = new DirectTasks()) {
            AppContext context = PlainContext.of(library, dir);
            LibraryViewModel model = new LibraryViewModel(context, tasks, new I18n("en"));
            long id = ((ImportOutcome.Imported) context.services().imports().importText(
                    "Council approves budget\n\nThe council voted 7 to 2.", "council.txt")).articleId();
            model.refresh();
            assertThat(model.visibleArticles()).extracting(a -> a.id()).containsExactly(id);
            assertThat(model.countProperty(ArticleStatus.INBOX).get()).isEqualTo(1);

            model.select(id);
            assertThat(model.currentProperty().get().title()).isEqualTo("Council approves budget");
            assertThat(model.shownProperty().get()).satisfies(s -> {
                assertThat(s.articleId()).isEqualTo(id);
                assertThat(s.original().location()).isEqualTo("council.txt");
                assertThat(s.repostOf()).isEmpty();
                assertThat(s.attachments()).isEmpty();
            });

            model.changeStatus(id, ArticleStatus.READY);
            assertThat(model.currentProperty().get().status()).isEqualTo(ArticleStatus.READY);
            assertThat(model.countProperty(ArticleStatus.READY).get()).isEqualTo(1);
            assertThat(model.countProperty(ArticleStatus.INBOX).get()).isZero();
            assertThat(model.messageProperty().get()).contains("Council approves budget");

            // the ready section holds it; the inbox is empty
            model.sectionProperty().set(new Section(ArticleStatus.INBOX));
            assertThat(model.visibleArticles()).isEmpty();
            model.sectionProperty().set(new Section(ArticleStatus.READY));
            assertThat(model.visibleArticles()).extracting(a -> a.id()).containsExactly(id);
        }
    }
}
