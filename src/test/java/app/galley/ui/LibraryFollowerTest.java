package app.galley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.ingest.ImportService;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;
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
        try (Library library = Library.openEmbedded(dir); BackgroundTasks tasks = new BackgroundTasks()) {
            LibraryLocator locator = new LibraryLocator(() -> Preferences.userRoot().node("app/galley-test/follow-"
                    + System.nanoTime()), Map.of(), "Linux", dir);
            LibraryViewModel model = new LibraryViewModel(AppContext.of(library, UiSettings.inMemory(), locator), tasks,
                    new I18n("en"));
            long id = ((ImportOutcome.Imported) new ImportService(library).importText(
                    "Council approves budget\n\nThe council voted 7 to 2.", "c.txt")).articleId();
            long other = ((ImportOutcome.Imported) new ImportService(library).importText(
                    "Second story\n\nSomething else happened.", "s.txt")).articleId();
            model.refresh();
            model.select(id);
            Article shown = model.currentProperty().get();
            Article elsewhere = library.revisions().save(id, shown.version(),
                    ArticleEdit.of(shown).withBody("The council voted 8 to 1."), "elsewhere", null);

            // the editor holds typing: the shown article stays (its save meets the change as a conflict)
            model.changedElsewhere(library.articles().list(), 0, id, elsewhere, true);
            assertThat(model.currentProperty().get()).isSameAs(shown);
            // nothing typed: the other writer's version is shown
            model.changedElsewhere(library.articles().list(), 0, id, elsewhere, false);
            assertThat(model.currentProperty().get().body()).isEqualTo("The council voted 8 to 1.");
            // a gone row removed, the counts following
            model.changedElsewhere(library.articles().list().stream().filter(a -> a.id() != other).toList(), 0, id,
                    elsewhere, false);
            assertThat(model.allArticles()).extracting(a -> a.id()).containsExactly(id);
            assertThat(model.totalProperty().get()).isEqualTo(1);
        }
    }
}
