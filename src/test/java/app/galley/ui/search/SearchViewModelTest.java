package app.galley.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.DirectTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.PlainContext;
import app.galley.ui.library.LibraryViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search box's view model with plain JUnit: the index opens and queries run at once, no toolkit. */
class SearchViewModelTest {

    @TempDir
    Path dir;

    @Test
    void typingRanksTheTableShowsSnippetsAndExplainsAnUnreadableQuery() {
        try (Library library = Library.openEmbedded(dir); DirectTasks tasks = new DirectTasks()) {
            AppContext context = PlainContext.of(library, dir);
            long sample = ((ImportOutcome.Imported) context.services().imports().importFile(TestFiles.samplePath()))
                    .articleId();
            long council = ((ImportOutcome.Imported) context.services().imports().importText(
                    "Council approves budget\n\nThe council voted on Tuesday to approve the budget.", "c.txt"))
                    .articleId();
            I18n i18n = new I18n("en");
            LibraryViewModel library2 = new LibraryViewModel(context, tasks, i18n);
            try (SearchWorker worker = new SearchWorker(context.services(), tasks)) {
                SearchViewModel search = new SearchViewModel(worker, tasks, library2, i18n);

                // Simplified query, Traditional article: the index folds the scripts
                search.queryProperty().set("脑科学");
                assertThat(library2.searchRankProperty().get()).containsOnlyKeys(sample);
                assertThat(search.snippetsProperty().get().get(sample)).contains("[[");
                assertThat(search.statusProperty().get()).isEqualTo("1 article");
                assertThat(search.errorProperty().get()).isEmpty();

                search.queryProperty().set("budget");
                assertThat(library2.searchRankProperty().get()).containsOnlyKeys(council);

                search.queryProperty().set("published:2018-13");
                assertThat(search.statusProperty().get()).isEqualTo("Cannot read the query");
                assertThat(search.errorProperty().get()).isNotBlank();
                assertThat(library2.searchRankProperty().get()).as("the last good result stays").containsOnlyKeys(council);

                search.clear();
                assertThat(library2.searchRankProperty().get()).isNull();
                assertThat(search.snippetsProperty().get()).isEmpty();
                assertThat(search.statusProperty().get()).isEmpty();
            }
        }
    }
}
