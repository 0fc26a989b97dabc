package app.galley.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.ingest.ImportReport;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.BackgroundTask;
import app.galley.ui.app.DirectTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.PlainContext;
import app.galley.ui.library.LibraryViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import view model with plain JUnit: imports run at once as background tasks, no toolkit. */
class ImportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsImportedWithProgressEachOutcomeAndASummaryNamingWhatFailed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestFiles.samplePath(), folder.resolve("sample.txt"));
        Files.copy(TestFiles.samplePath(), folder.resolve("copy.txt"));
        Files.writeString(folder.resolve("council.txt"), "Council approves budget\n\nThe council voted 7 to 2.");
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0});
        try (Library library = Library.openEmbedded(dir.resolve("lib")); DirectTasks tasks = new DirectTasks()) {
            AppContext context = PlainContext.of(library, dir);
            I18n i18n = new I18n("en");
            LibraryViewModel table = new LibraryViewModel(context, tasks, i18n);
            StringProperty message = new SimpleStringProperty("");
            ImportViewModel imports = new ImportViewModel(context, tasks, i18n, table, message);
            List<ImportOutcome> seen = new ArrayList<>();
            imports.lastOutcomeProperty().addListener((o, was, now) -> seen.add(now));

            BackgroundTask<ImportReport> task = imports.importPaths(List.of(folder));
            assertThat(task.progressProperty().get()).isEqualTo(1.0);
            assertThat(imports.importingProperty().get()).isFalse();
            ImportReport report = imports.lastReportProperty().get();
            assertThat(report.imported()).hasSize(2);
            assertThat(report.duplicates()).hasSize(1);
            assertThat(report.failures()).singleElement()
                    .satisfies(f -> assertThat(f.toString()).contains("broken.txt"));
            assertThat(seen).hasSize(4);
            assertThat(message.get()).isEqualTo("2 imported, 1 duplicate, 1 failed");
            assertThat(table.visibleArticles()).extracting(a -> a.title())
                    .containsExactlyInAnyOrder(TestFiles.SAMPLE_TITLE, "Council approves budget");

            imports.importText("Mayor opens bridge\n\nThe bridge opened on Monday.");
            assertThat(imports.lastReportProperty().get().imported()).hasSize(1);
            assertThat(table.visibleArticles()).hasSize(3);
            assertThat(message.get()).isEqualTo("1 imported, 0 duplicates, 0 failed");
        }
    }

    @Test
    void aStoppedImportKeepsWhatItImportedAndSaysItStopped() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        String[] stories = {
            "Council approves budget\n\nThe council voted 7 to 2 on Tuesday for the new budget.",
            "Mayor opens bridge\n\nCrowds crossed the river on foot as the bridge opened on Monday.",
            "Storm closes schools\n\nHeavy rain and wind kept forty schools shut across the county.",
            "Library extends hours\n\nReaders can borrow books until ten at night from next month.",
            "Harbour dredging begins\n\nShips will wait offshore while the channel is deepened this summer."};
        for (int i = 0; i < stories.length; i++) {
            Files.writeString(folder.resolve("a" + i + ".txt"), stories[i]);
        }
        try (Library library = Library.openEmbedded(dir.resolve("lib")); DirectTasks tasks = new DirectTasks()) {
            AppContext context = PlainContext.of(library, dir);
            I18n i18n = new I18n("en");
            LibraryViewModel table = new LibraryViewModel(context, tasks, i18n);
            StringProperty message = new SimpleStringProperty("");
            ImportViewModel imports = new ImportViewModel(context, tasks, i18n, table, message);
            // the editor presses Stop as the second file arrives
            imports.lastOutcomeProperty().addListener((o, was, now) -> {
                if (table.visibleArticles().size() >= 2) {
                    imports.cancelImport();
                }
            });
            imports.importPaths(List.of(folder));
            ImportReport report = imports.lastReportProperty().get();
            assertThat(report.cancelled()).isTrue();
            assertThat(report.imported()).hasSizeBetween(2, 4);
            assertThat(table.visibleArticles()).hasSize(report.imported().size());
            assertThat(message.get()).startsWith("Import cancelled: ");
        }
    }
}
