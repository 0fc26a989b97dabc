package app.galley.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ImportOutcome;
import app.galley.model.TagKind;
import app.galley.store.Library;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.DirectTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.PlainContext;
import app.galley.ui.library.LibraryViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editing view model with plain JUnit: its lane of writes run at once (DirectTasks), no toolkit. */
class EditingViewModelTest {

    @TempDir
    Path dir;

    @Test
    void typingTaggingUndoAndAnotherWritersChangeAsTheWindowSeesThem() {
        try (Library library = Library.openEmbedded(dir); DirectTasks tasks = new DirectTasks()) {
            AppContext context = PlainContext.of(library, dir);
            LibraryViewModel model = new LibraryViewModel(context, tasks, new I18n("en"));
            EditingViewModel editing = new EditingViewModel(context, model, tasks, new I18n("en"));
            long id = ((ImportOutcome.Imported) context.services().imports().importText(
                    "Council approves budget\n\nThe council voted 7 to 2.", "council.txt")).articleId();
            model.refresh();
            model.select(id);
            Article shown = model.currentProperty().get();

            // typing twice on the version shown (the second before the window saw the first come back)
            editing.saveEdit(shown, ArticleEdit.of(shown).withBody("The council voted 7 to 2 on Monday."), true);
            editing.saveEdit(shown, ArticleEdit.of(shown).withBody("The council voted 7 to 2 on Monday night."), true);
            assertThat(model.currentProperty().get().body()).isEqualTo("The council voted 7 to 2 on Monday night.");
            assertThat(editing.undoLabelProperty().get()).isEqualTo("Typing");

            int[] tagged = {-1};
            editing.tag(List.of(id), () -> context.services().tags().tag(TagKind.SUBJECT, "budget", null), true,
                    n -> tagged[0] = n);
            assertThat(tagged[0]).isEqualTo(1);
            assertThat(editing.tagsChangedProperty().get()).isEqualTo(1);
            editing.undo(); // the tag comes off
            assertThat(context.services().tags().tagsOf(id)).isEmpty();
            editing.undo(); // the second typing is taken back
            assertThat(model.currentProperty().get().body()).isEqualTo("The council voted 7 to 2 on Monday.");

            // another writer saves; an edit made on the older version is put to the editor
            Article now = model.currentProperty().get();
            context.services().articles().save(id, now.version(), ArticleEdit.of(now).withBody("Theirs."), "cli");
            List<Article> asked = new ArrayList<>();
            editing.onConflict((theirs, then) -> {
                asked.add(theirs);
                then.accept(EditingViewModel.Conflict.KEEP_MINE);
            }, x -> { });
            editing.saveEdit(now, ArticleEdit.of(now).withBody("Mine."), true);
            assertThat(asked).singleElement().extracting(Article::body).isEqualTo("Theirs.");
            assertThat(context.services().articles().find(id).orElseThrow().body()).isEqualTo("Mine.");
            assertThat(context.services().articles().revisions(id)).extracting(r -> r.body()).contains("Theirs.");
        }
    }
}
