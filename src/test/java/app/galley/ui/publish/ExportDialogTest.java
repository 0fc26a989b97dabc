package app.galley.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Article › Export Selected…: a format and a folder chosen in the dialog, the files written, a profile kept. */
class ExportDialogTest extends GalleyFxTest {

    private long sample;

    @Override
    protected void prepare(Library library) {
        sample = ((ImportOutcome.Imported) Services.of(library).imports().importFile(TestFiles.samplePath())).articleId();
    }

    @Test
    void theSelectedArticleIsExportedAsMarkdownAndTheChoiceKeptAsAProfile() throws Exception {
        Path out = Files.createTempDirectory("galley-export-ui");
        interact(() -> window.controller().selectArticle(sample));
        clickOn("Article").clickOn("#exportItem");
        settle(); // its quotations are not checked yet: the fact-check gate asks first
        clickOn("#overrideReason").write("Export for the layout desk only");
        clickOn("Go Ahead");
        settle();
        // a built-in template by its name, not its id
        @SuppressWarnings("unchecked")
        ComboBox<String> template = lookup("#exportTemplate").queryAs(ComboBox.class);
        assertThat(template.getConverter().toString(template.getValue())).isEqualTo("Newspaper (web)");
        ComboBox<?> format = lookup("#exportFormat").queryAs(ComboBox.class);
        clickOn(format).clickOn("Markdown for Hugo and Jekyll");
        TextField destination = lookup("#exportDestination").queryAs(TextField.class);
        doubleClickOn(destination).push(KeyCode.SHORTCUT, KeyCode.A).write(out.toString());
        clickOn("#exportSaveProfile");
        clickOn("#exportProfileName").push(KeyCode.SHORTCUT, KeyCode.A).write("Hugo site").push(KeyCode.ENTER);
        settle();
        assertThat(destination.getText()).isEqualTo(out.toString());
        clickOn("#exportRun");
        try {
            waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out.resolve("export-log.json")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no export; status: " + window.viewModel().messageProperty().get(), e);
        }
        assertThat(Files.readString(out.resolve("galley-" + sample + "/index.md"))).contains("title: \"" + TestFiles.SAMPLE_TITLE + "\"");
        waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().messageProperty().get().contains("1 exported, 0 failed"));
        assertThat(settings.get(ExportDialog.PROFILES, "")).contains("\"name\":\"Hugo site\"", "\"format\":\"markdown\"",
                out.toString().replace("\\", "\\\\"));

        // the profile is on the menu: one click exports the selection again, to the same place
        Files.delete(out.resolve("export-log.json"));
        clickOn("Article").clickOn("#exportWithMenu").clickOn("#exportProfile-Hugo-site");
        settle(); // still not checked: asked again, each export its own decision
        clickOn("#overrideReason").write("Again for the layout desk");
        clickOn("Go Ahead");
        waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out.resolve("export-log.json")));
        try (var files = Files.walk(out)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
