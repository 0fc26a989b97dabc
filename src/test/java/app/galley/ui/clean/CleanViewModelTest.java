package app.galley.ui.clean;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.service.EditService;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.DirectTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.PlainContext;
import app.galley.ui.editor.EditingViewModel;
import app.galley.ui.library.LibraryViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Clean tab's view model with plain JUnit (no toolkit; its work and its lane of writes run at once). */
class CleanViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesProposalIsReviewedRuleByRuleAndWhatIsAcceptedIsSaved() {
        try (Library library = Library.openEmbedded(dir); DirectTasks tasks = new DirectTasks()) {
            AppContext context = PlainContext.of(library, dir);
            I18n i18n = new I18n("en");
            LibraryViewModel model = new LibraryViewModel(context, tasks, i18n);
            CleanViewModel clean = new CleanViewModel(new EditingViewModel(context, model, tasks, i18n), tasks, i18n);
            long id = ((ImportOutcome.Imported) context.services().imports().importFile(TestFiles.samplePath())).articleId();
            Article sample = context.services().articles().find(id).orElseThrow();

            clean.propose(sample, new EditService.Proposal.Rules());
            assertThat(clean.items()).isNotEmpty()
                    .anySatisfy(i -> assertThat(i.change().rule()).isEqualTo("punctuation-width"))
                    .anySatisfy(i -> assertThat(i.change().rule()).isEqualTo("conversion-repair"));
            int all = clean.items().size();
            assertThat(clean.acceptedCount()).isEqualTo(all);

            // the editor keeps the half-width punctuation as it is, and takes that back once
            clean.setRule("punctuation-width", false);
            int punctuation = (int) clean.items().stream().filter(i -> i.change().rule().equals("punctuation-width")).count();
            assertThat(clean.acceptedCount()).isEqualTo(all - punctuation);
            clean.undo();
            assertThat(clean.acceptedCount()).isEqualTo(all);
            clean.redo();
            assertThat(clean.summaryProperty().get()).contains(String.valueOf(all - punctuation));

            assertThat(clean.apply()).isTrue();
            Article saved = context.services().articles().find(id).orElseThrow();
            assertThat(saved.body()).contains("整合並且").doesNotContain("整合併且").contains(",");
            assertThat(context.services().articles().revisions(id)).hasSize(2);
            // proposed again on the saved article: the rejected punctuation stays rejected, not proposed
            assertThat(clean.articleProperty().get().version()).isEqualTo(saved.version());
            assertThat(clean.items()).isEmpty();
            assertThat(clean.leftOutProperty().get()).isEqualTo(punctuation);
            // nor after a restart, nor on the command line: the decisions are the library's
            CleanViewModel again = new CleanViewModel(new EditingViewModel(context, model, tasks, i18n), tasks, i18n);
            again.propose(saved, new EditService.Proposal.Rules());
            assertThat(again.items()).isEmpty();
            assertThat(Services.of(library).editing().propose(saved, new EditService.Proposal.Rules()).changes()).isEmpty();
            // until the editor asks for them again
            again.resetRejections();
            assertThat(again.items()).hasSize(punctuation)
                    .allSatisfy(i -> assertThat(i.change().rule()).isEqualTo("punctuation-width"));
            assertThat(again.leftOutProperty().get()).isZero();
        }
    }
}
