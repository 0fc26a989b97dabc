package app.galley.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.model.Article;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.ui.app.PaneFxTest;
import app.galley.ui.editor.EditingViewModel;
import app.galley.ui.library.LibraryViewModel;
import app.galley.ui.search.SearchWorker;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The tag strip alone on a stage of its own (no main window): its view model, the window's kind of
 * executor and a real library. Typing 科技 and pressing Enter at once chooses the taxonomy's topic
 * that completion offers, even before the completion has arrived; it never makes a free tag.
 */
class TagStripPaneTest extends PaneFxTest {

    private SearchWorker search;
    private long sample;
    private Article article;

    @Override
    protected String language() {
        return "zh-Hant";
    }

    @Override
    protected void prepare() {
        article = importSample();
        sample = article.id();
    }

    @Override
    protected Node mount() {
        LibraryViewModel model = new LibraryViewModel(context, tasks, i18n);
        EditingViewModel editing = new EditingViewModel(context, model, tasks, i18n);
        search = new SearchWorker(context.services(), tasks);
        TagViewModel tags = new TagViewModel(context.services().tags(), search, "zh-Hant", editing);
        tags.show(article);
        return new TagStrip(tags, i18n).node();
    }

    @Override
    protected void unmount() {
        search.close();
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
