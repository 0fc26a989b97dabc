package app.galley.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.model.ArticleSummary;
import app.galley.ui.app.GalleyFxTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.junit.jupiter.api.Test;

/**
 * Dropping files from the desktop onto the window. Headless Monocle has no desktop to drag from, so
 * the test delivers the drag-over and drop events a desktop delivers, with a real dragboard.
 */
class DropImportTest extends GalleyFxTest {

    @Test
    void droppingFilesAndFoldersOnTheWindowImportsThem() throws Exception {
        Path folder = Files.createTempDirectory("galley-drop");
        Files.writeString(folder.resolve("wire.txt"), "Wire: council passes budget\n\nThe vote was 7 to 2.");
        Map<DataFormat, Object> content = Map.of(DataFormat.FILES,
                List.of(TestFiles.samplePath().toAbsolutePath().toFile(), folder.toFile()));
        Node table = lookup("#table").query();

        DragEvent over = dropOn(table, content, DragEvent.DRAG_OVER);
        assertThat(over.getAcceptedTransferMode()).isEqualTo(TransferMode.COPY);
        DragEvent drop = dropOn(table, content, DragEvent.DRAG_DROPPED);
        assertThat(drop.isDropCompleted()).isTrue();
        waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().imports().lastReportProperty().get() != null);
        settle();

        assertThat(window.viewModel().visibleArticles()).extracting(ArticleSummary::title)
                .containsExactlyInAnyOrder(TestFiles.SAMPLE_TITLE, "Wire: council passes budget");
        assertThat(library.articles().count()).isEqualTo(2);
    }

    @Test
    void droppingHtmlFromABrowserGoesThroughTheExtractor() throws Exception {
        Map<DataFormat, Object> content = Map.of(DataFormat.HTML, "<html><body><nav><a href='/'>Home</a></nav>"
                + "<article><h1>Dropped page</h1><p>The mayor said on Monday that the new library will open in the"
                + " spring, two months later than planned.</p></article></body></html>",
                DataFormat.PLAIN_TEXT, "Dropped page The mayor said");
        dropOn(lookup("#table").query(), content, DragEvent.DRAG_DROPPED);
        waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().imports().lastReportProperty().get() != null);
        settle();
        assertThat(window.viewModel().visibleArticles()).extracting(ArticleSummary::title).containsExactly("Dropped page");
        assertThat(library.articles().find(window.viewModel().visibleArticles().get(0).id()).orElseThrow().body())
                .doesNotContain("Home");
    }

    @Test
    void droppingTextMakesAnArticle() throws Exception {
        Map<DataFormat, Object> content = Map.of(DataFormat.PLAIN_TEXT, "市議會通過預算\n\n市議會週二以七比二通過明年度預算。");
        dropOn(lookup("#table").query(), content, DragEvent.DRAG_DROPPED);
        waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().imports().lastReportProperty().get() != null);
        settle();
        assertThat(window.viewModel().visibleArticles()).extracting(ArticleSummary::title).containsExactly("市議會通過預算");
        assertThat(new File(libraryDir.toFile(), "galley.mv.db")).exists();
    }
}
