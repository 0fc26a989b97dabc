package app.galley.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.TagKind;
import app.galley.store.Library;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.DirectTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.PlainContext;
import app.galley.ui.editor.EditingViewModel;
import app.galley.ui.library.LibraryViewModel;
import app.galley.ui.search.SearchWorker;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tag strip's view model with plain JUnit (no toolkit; its reads, search and writes run at once). */
class TagViewModelTest {

    @TempDir
    Path dir;

    @Test
    void suggestionsAreOfferedAcceptedAsTagsAndTakenOffAgainUndoably() {
        try (Library library = Library.openEmbedded(dir); DirectTasks tasks = new DirectTasks()) {
            AppContext context = PlainContext.of(library, dir);
            I18n i18n = new I18n("en");
            LibraryViewModel model = new LibraryViewModel(context, tasks, i18n);
            EditingViewModel editing = new EditingViewModel(context, model, tasks, i18n);
            long id = ((ImportOutcome.Imported) context.services().imports().importFile(TestFiles.samplePath())).articleId();
            Article sample = context.services().articles().find(id).orElseThrow();
            try (SearchWorker search = new SearchWorker(context.services(), tasks)) {
                TagViewModel tags = new TagViewModel(context.services().tags(), search, "en", editing);
                tags.show(sample);
                assertThat(tags.tags()).isEmpty();
                assertThat(tags.suggestions()).isNotEmpty()
                        .anySatisfy(s -> assertThat(s.kind()).isEqualTo(TagKind.SUBJECT));

                var topic = tags.suggestions().stream().filter(s -> s.kind() == TagKind.SUBJECT).findFirst().orElseThrow();
                tags.accept(topic);
                assertThat(tags.tags()).singleElement().satisfies(t -> assertThat(t.qcode()).isEqualTo(topic.qcode()));
                assertThat(tags.suggestions()).doesNotContain(topic);

                tags.add(TagKind.PERSON, "張旭");
                assertThat(tags.tags()).extracting(t -> t.name()).contains("張旭");
                tags.remove(tags.tags().stream().filter(t -> t.name().equals("張旭")).findFirst().orElseThrow());
                assertThat(tags.tags()).extracting(t -> t.name()).doesNotContain("張旭");
                editing.undo(); // the person comes back
                assertThat(tags.tags()).extracting(t -> t.name()).contains("張旭");
                assertThat(context.services().tags().tagsOf(id)).hasSize(2);
            }
        }
    }
}
