package app.galley.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.ui.app.GalleyFxTest;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;

class ImportProgressTest extends GalleyFxTest {

    @Test
    void aLongImportShowsProgressAndCanBeCancelled() throws Exception {
        Path folder = Files.createTempDirectory("galley-many");
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            inputs.add(Files.writeString(folder.resolve(String.format("story-%02d.txt", i)),
                    "Story number " + i + "\n\nThe council met for the " + i + "th time on Tuesday.",
                    StandardCharsets.UTF_8));
        }
        // The 11th input is a named pipe: reading it blocks until the test writes to it, like a slow
        // network share, so the import is certainly still running when Cancel is clicked.
        Path slow = folder.resolve("slow-share.txt");
        assertThat(new ProcessBuilder("mkfifo", slow.toString()).start().waitFor()).isZero();
        inputs.add(10, slow);

        interact(() -> window.viewModel().imports().importPaths(inputs));
        Button cancel = lookup("#cancelImportButton").queryAs(Button.class);
        waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().totalProperty().get() == 10);
        assertThat(cancel.isVisible()).isTrue();
        ProgressBar bar = lookup("#progressBar").queryAs(ProgressBar.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getProgress()).isCloseTo(10 / 21.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(lookup("#messageLabel").queryAs(Label.class).getText()).startsWith("Importing 10 of 21…");

        clickOn(cancel);
        assertThat(lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("Stopping after the current file…");
        try (OutputStream out = Files.newOutputStream(slow)) {
            out.write("Slow story\n\nIt arrived late.".getBytes(StandardCharsets.UTF_8));
        }
        waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().imports().importingProperty().get());
        settle();

        assertThat(lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("Import cancelled: 11 imported (9 reposts), 0 duplicates, 0 failed.");
        assertThat(cancel.isVisible()).isFalse();
        assertThat(bar.isVisible()).isFalse();
        // the file being read when Cancel was clicked is finished; nothing after it is imported
        assertThat(library.articles().count()).isEqualTo(11);
        assertThat(window.viewModel().visibleArticles()).hasSize(11);
    }
}
