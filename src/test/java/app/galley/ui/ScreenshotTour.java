package app.galley.ui;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import com.ibm.icu.text.Transliterator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Development tool behind {@code docs/screenshots/capture.sh}: the real window on a real display
 * (Xvfb), taken through the repost comparison and the import report, each snapshotted to a PNG.
 */
public final class ScreenshotTour extends Application {

    private static Path out;
    private Library library;
    private MainWindow window;
    private Stage stage;

    /** The entry point (not in the Application subclass, so JavaFX may come from the class path). */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
            Application.launch(ScreenshotTour.class, args);
        }
    }

    @Override
    public void start(Stage primary) throws IOException {
        stage = primary;
        Path dir = Files.createTempDirectory("galley-tour");
        library = Library.openEmbedded(dir.resolve("library"));
        ImportService importer = new ImportService(library);
        importer.importText(TestFiles.sampleText(), "content-farm-zh-hant.txt");
        String story = TestFiles.sampleText().split("\n\n", 3)[2];
        story = story.substring(0, story.indexOf("喜歡這篇文章嗎"));
        importer.importText(Transliterator.getInstance("Traditional-Simplified")
                .transliterate("上海腦智產業年投入逾10億 晶元研發提速\n\n來源：某某新聞網\n\n" + story + "\n\n責任編輯：小王"),
                "farm-repost.txt");
        UiSettings settings = UiSettings.inMemory();
        settings.put(UiSettings.LANGUAGE, "en");
        settings.putDouble("window.width", 1280);
        settings.putDouble("window.height", 800);
        settings.putDouble("window.x", 0);
        settings.putDouble("window.y", 0);
        Preferences prefs = Preferences.userRoot().node("app/galley-tour");
        window = new MainWindow(stage, AppContext.of(library, settings,
                new LibraryLocator(() -> prefs, Map.of(), "Linux", dir)));
        window.show();
        later(2, this::compareRepost);
    }

    private void compareRepost() {
        Node link = stage.getScene().lookup("#repostLink");
        later(2, () -> {
            snapshot("Compare with the earlier article", "repost-comparison.png");
            close("Compare with the earlier article");
            later(1, this::importReport);
        });
        // showAndWait may not run inside an animation's handler: open the dialog on the next turn
        Platform.runLater(((javafx.scene.control.Hyperlink) link)::fire);
    }

    private void importReport() {
        try {
            Path bad = Files.createTempDirectory("galley-bad");
            Path empty = Files.createFile(bad.resolve("empty.txt"));
            Path png = Files.write(bad.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
            Path html = Files.writeString(bad.resolve("council.html"), "<html><head><title>Council approves budget"
                    + "</title></head><body><article><p>The city council approved the budget early Thursday, after a"
                    + " nine-hour meeting about schools, buses and the bridge.</p></article></body></html>");
            window.viewModel().importPaths(List.of(empty, png, html, bad.resolve("gone.txt")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        later(3, () -> {
            snapshot("Some files were not imported", "import-report.png");
            close("Some files were not imported");
            later(1, () -> {
                library.close();
                Platform.exit();
            });
        });
    }

    private static void later(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private static Window find(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no window " + title));
    }

    private static void snapshot(String title, String file) {
        Window w = find(title);
        var image = w.getScene().snapshot(null);
        try {
            Files.createDirectories(out);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(out.toFile(), file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(String title) {
        ((Stage) find(title)).close();
    }
}
