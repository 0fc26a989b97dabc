package app.galley.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleSummary;
import app.galley.ui.app.DialogService;
import app.galley.ui.app.GalleyFxTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * File › Import Files… and Import Folder… driven from the menu; the editor's answers to the file
 * dialogs come from a scripted dialog service (Monocle has no native file dialogs).
 */
class ImportMenuTest extends GalleyFxTest {

    private final List<Path> filesToChoose = new ArrayList<>();
    private Path folderToChoose;
    private final List<String> asked = new ArrayList<>();

    @Override
    protected DialogService dialogs() {
        return new DialogService() {
            @Override
            public List<Path> chooseFiles(Window owner, String title, List<FileFilter> filters) {
                asked.add(title + " " + filters.get(0).patterns().contains("*.html"));
                return List.copyOf(filesToChoose);
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
                asked.add(title);
                return Optional.ofNullable(folderToChoose);
            }

            @Override
            public Optional<Path> chooseSaveFile(Window owner, String title, String initialName, List<FileFilter> filters) {
                return Optional.empty();
            }

            @Override
            public boolean confirm(Window owner, String question) {
                return false;
            }

            @Override
            public void showError(Window owner, String message) {
                asked.add("error: " + message);
            }
        };
    }

    @Test
    void filesAndAFolderChosenFromTheFileMenuAreImported() throws Exception {
        Path dir = Files.createTempDirectory("galley-import-menu");
        Path story = Files.writeString(dir.resolve("budget.txt"), "市議會通過預算\n\n市長說,預算今年通過。",
                StandardCharsets.UTF_8);
        filesToChoose.add(story);
        clickOn("File").clickOn("#importFilesItem");
        settle();
        assertThat(asked).containsExactly("Import Files… true");
        assertThat(table().getItems()).extracting(ArticleSummary::title).containsExactly("市議會通過預算");

        Path folder = Files.createDirectories(dir.resolve("wire"));
        Files.writeString(folder.resolve("a.txt"), "Council approves budget\n\nThe vote was 7 to 2.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "Bridge reopens\n\nTraffic flows again.", StandardCharsets.UTF_8);
        folderToChoose = folder;
        clickOn("File").clickOn("Import Folder…");
        settle();
        assertThat(table().getItems()).extracting(ArticleSummary::title)
                .containsExactlyInAnyOrder("市議會通過預算", "Council approves budget", "Bridge reopens");
        assertThat(window.viewModel().imports().lastReportProperty().get().imported()).hasSize(2);
    }
}
