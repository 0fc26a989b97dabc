package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.service.Services;
import app.galley.store.Library;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/** A library whose store went back in time opens with the editor told what was found and lost. */
class RecoveryNoticeTest extends GalleyFxTest {

    @Override
    protected void prepareFolder(Path dir) {
        try {
            Path snapshot = Files.createTempFile("galley-snapshot", ".mv.db");
            try (Library lib = Library.openEmbedded(dir)) {
                Services.of(lib).imports().importFile(TestFiles.samplePath());
            }
            Files.copy(dir.resolve("galley.mv.db"), snapshot, StandardCopyOption.REPLACE_EXISTING);
            try (Library lib = Library.openEmbedded(dir)) {
                lib.settings().put("later", "a change the store will lose");
            }
            Path backups = dir.resolve("backups");
            if (Files.exists(backups)) {
                try (Stream<Path> files = Files.walk(backups)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.copy(snapshot, dir.resolve("galley.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            Files.delete(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theEditorIsToldThatChangesWereLost() {
        settle();
        DialogPane notice = lookup("#recoveryNotice").queryAs(DialogPane.class);
        assertThat(notice.getHeaderText()).isEqualTo("Galley had to recover your library");
        assertThat(notice.getContentText()).contains("gone back in time").contains("at change 1, but change 2")
                .contains("(1 missing)").contains("No backup holds the missing changes");
        // the library itself still opens and shows its article
        assertThat(window.viewModel().visibleArticles()).hasSize(1);
        clickOn(notice.lookupButton(javafx.scene.control.ButtonType.OK));
    }
}
