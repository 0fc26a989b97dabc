package app.galley.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.store.Library;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.PlainContext;
import app.galley.ui.editor.EditingViewModel;
import app.galley.ui.library.LibraryViewModel;
import app.galley.ui.search.SearchWorker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The tag strip alone on a stage of its own (no main window): its view model, the window's kind of
 * executor and a real library. Typing 科技 and pressing Enter at once chooses the taxonomy's topic
 * that completion offers, even before the completion has arrived; it never makes a free tag.
 */
class TagStripPaneTest extends ApplicationTest {

    private Path dir;
    private Library library;
    private BackgroundTasks tasks;
    private SearchWorker search;
    private long sample;

    @Override
    public void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("galley-tag-pane");
        library = Library.openEmbedded(dir);
        tasks = new BackgroundTasks();
        AppContext context = PlainContext.of(library, dir);
        sample = ((ImportOutcome.Imported) context.services().imports().importFile(TestFiles.samplePath())).articleId();
        Article a = context.services().articles().find(sample).orElseThrow();
        I18n i18n = new I18n("zh-Hant");
        LibraryViewModel model = new LibraryViewModel(context, tasks, i18n);
        EditingViewModel editing = new EditingViewModel(context, model, tasks, i18n);
        search = new SearchWorker(context.services(), tasks);
        TagViewModel tags = new TagViewModel(context.services().tags(), search, "zh-Hant", editing);
        stage.setScene(new Scene(new VBox(new TagStrip(tags, i18n).node()), 640, 240));
        stage.show();
        tags.show(a);
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> {
            search.close();
            tasks.close();
        });
        library.close();
    }

    private List<Tag> tagsOfSample() {
        var ids = library.tags().tagIds(sample);
        return library.tags().all().stream().filter(t -> ids.contains(t.id())).toList();
    }

    @Test
    void enterTakesTheOfferedTopicNotAFreeTag() throws Exception {
        clickOn("#tagField").write("科技").push(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> !tagsOfSample().isEmpty());
        assertThat(tagsOfSample()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TagKind.SUBJECT);
            assertThat(t.qcode()).startsWith("medtop:");
        });
        waitFor(5, TimeUnit.SECONDS, () -> lookup("#tagChips .tag-subject").tryQuery().isPresent());
    }
}
