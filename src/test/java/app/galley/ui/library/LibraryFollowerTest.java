package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.DirectTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.UiSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model's side of following other writers, without a toolkit: rows in place, typing kept. */
class LibraryFollowerTest {

    @TempDir
    Path dir;

    @Test
    void anotherWritersVersionReplacesTheShownArticleUnlessItIsBeingTypedIn() {
        try (Library library = Library.openEmbedded(dir); DirectTasks tasks = new DirectTasks()) {
            LibraryLocator locator = new LibraryLocator(() -> Preferences.userRoot().node("app/galley-test/follow-"
                    + System.nanoTime()), Map.of(), "Linux", dir);
            LibraryViewModel model = new LibraryViewModel(AppContext.of(library, UiSettings.inMemory(), locator), tasks,
                    new I18n("en"));
            long id = ((ImportOutcome.Imported) Services.of(library).imports().importText(
                    "Council approves budget\n\nThe council voted 7 to 2.", "c.txt")).articleId();
            long other = ((ImportOutcome.Imported) Services.of(library).imports().importText(
                    "Second story\n\nSomething else happened.", "s.txt")).articleId();
            model.refresh();
            model.select(id);
            Article shown = model.currentProperty().get();
            Article elsewhere = library.revisions().save(id, shown.version(),
                    ArticleEdit.of(shown).withBody("The council voted 8 to 1."), "elsewhere", null);

            // the editor holds typing: the shown article stays (its save meets the change as a conflict)
            model.changedElsewhere(0, id, elsewhere, true);
            assertThat(model.currentProperty().get()).isSameAs(shown);
            // nothing typed: the other writer's version is shown
            model.changedElsewhere(0, id, elsewhere, false);
            assertThat(model.currentProperty().get().body()).isEqualTo("The council voted 8 to 1.");
            // rows and counts read again in place, the other writer's headline in its row
            library.revisions().save(other, library.articles().find(other).orElseThrow().version(),
                    ArticleEdit.of(library.articles().find(other).orElseThrow()).withTitle("Second story, updated"),
                    "elsewhere", null);
            model.changedElsewhere(0, id, elsewhere, false);
            assertThat(model.visibleArticles()).extracting(a -> a.title())
                    .containsExactly("Second story, updated", "Council approves budget");
            assertThat(model.totalProperty().get()).isEqualTo(2);
        }
    }

    @Test
    void theFollowerShowsWhatAnotherProcessWroteOnItsNextTick() {
        try (Library library = Library.openEmbedded(dir); Library elsewhere = Library.openEmbedded(dir);
             DirectTasks tasks = new DirectTasks()) {
            LibraryLocator locator = new LibraryLocator(() -> Preferences.userRoot().node("app/galley-test/follow-"
                    + System.nanoTime()), Map.of(), "Linux", dir);
            AppContext context = AppContext.of(library, UiSettings.inMemory(), locator);
            LibraryViewModel model = new LibraryViewModel(context, tasks, new I18n("en"));
            model.refresh();
            int[] tagReloads = {0};
            LibraryFollower follower = new LibraryFollower(context.services(), model, tasks, () -> false,
                    () -> tagReloads[0]++);
            follower.start();
            assertThat(model.visibleArticles()).isEmpty();

            // this window's own write is not "elsewhere": nothing is read again
            long mine = ((ImportOutcome.Imported) context.services().imports().importText(
                    "Mine\n\nWritten here.", "m.txt")).articleId();
            tasks.tick();
            assertThat(tagReloads[0]).isZero();

            // another Library object (as another process would) imports: the next tick shows it
            long theirs = ((ImportOutcome.Imported) Services.of(elsewhere).imports().importText(
                    "Theirs\n\nWritten elsewhere.", "t.txt")).articleId();
            tasks.tick();
            assertThat(model.visibleArticles()).extracting(a -> a.id()).contains(mine, theirs);
            assertThat(tagReloads[0]).isEqualTo(1);

            follower.stop();
            Services.of(elsewhere).imports().importText("Later\n\nAfter the window stopped following.", "l.txt");
            tasks.tick();
            assertThat(model.visibleArticles()).hasSize(2);
        }
    }
}
