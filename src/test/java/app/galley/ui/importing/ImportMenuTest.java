package app.galley.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleSummary;
import app.galley.ui.app.DialogService;
import app.galley.ui.app.GalleyFxTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * File › Import Files… and Import Folder… driven from the menu; the editor's answers to the file
 * dialogs come from a scripted dialog service (Monocle has no native file dialogs).
 */
class ImportMenuTest extends GalleyFxTest {

    private final app.galley.ui.app.ScriptedDialogs answers = new app.galley.ui.app.ScriptedDialogs();

    @Override
    protected DialogService dialogs() {
        return answers;
    }

    @Test
    void filesAndAFolderChosenFromTheFileMenuAreImported() throws Exception {
        Path dir = Files.createTempDirectory("galley-import-menu");
        Path story = Files.writeString(dir.resolve("budget.txt"), "市議會通過預算\n\n市長說,預算今年通過。",
                StandardCharsets.UTF_8);
        answers.files = List.of(story);
        clickOn("File").clickOn("#importFilesItem");
        settle();
        assertThat(answers.asked).containsExactly("Import Files…");
        assertThat(answers.filters.get(0).patterns()).contains("*.html");
        assertThat(table().getItems()).extracting(ArticleSummary::title).containsExactly("市議會通過預算");

        Path folder = Files.createDirectories(dir.resolve("wire"));
        Files.writeString(folder.resolve("a.txt"), "Council approves budget\n\nThe vote was 7 to 2.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "Bridge reopens\n\nTraffic flows again.", StandardCharsets.UTF_8);
        answers.folder = folder;
        clickOn("File").clickOn("Import Folder…");
        settle();
        assertThat(table().getItems()).extracting(ArticleSummary::title)
                .containsExactlyInAnyOrder("市議會通過預算", "Council approves budget", "Bridge reopens");
        assertThat(window.viewModel().imports().lastReportProperty().get().imported()).hasSize(2);
    }

    @Test
    void aWireItemChosenFromTheFileMenuShowsItsDatelineAndSubjects() throws Exception {
        Path dir = Files.createTempDirectory("galley-import-wire");
        Path item = dir.resolve("fed.xml");
        try (var in = getClass().getResourceAsStream("/producers/newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml")) {
            Files.write(item, in.readAllBytes());
        }
        Path photo = dir.resolve("photo.xml");
        try (var in = getClass().getResourceAsStream("/producers/newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml")) {
            Files.write(photo, in.readAllBytes());
        }
        answers.files = List.of(item, photo);
        clickOn("File").clickOn("#importFilesItem");
        settle();
        assertThat(table().getItems()).extracting(ArticleSummary::title).containsExactly("Fed to halt QE to avert \"bubble\"");
        var report = window.viewModel().imports().lastReportProperty().get();
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("photo.xml", "a NewsML-G2 picture item (ninat:picture), not a story"));

        clickOn(lookup(".table-row-cell").match((javafx.scene.Node n) ->
                ((javafx.scene.control.TableRow<?>) n).getItem() != null).queryAs(javafx.scene.Node.class));
        settle();
        assertThat(lookup("#datelineLabel").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("New York, NY");
        assertThat(lookup("#datelineLabel").query().isVisible()).isTrue();
        assertThat(lookup("#bylineLabel").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("Meredith Jameson");
        assertThat(lookup("#tagChips .tag-subject").queryAll()).hasSize(3);
    }
}
