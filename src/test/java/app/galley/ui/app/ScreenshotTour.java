package app.galley.ui.app;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.store.LibraryLocator;
import app.galley.ui.clean.RulesDialog;
import app.galley.ui.importing.FeedsDialog;
import app.galley.ui.publish.OutboxDialog;
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
        ImportService importer = Services.of(library).imports();
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
            window.viewModel().imports().importPaths(List.of(empty, png, html, bad.resolve("gone.txt")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        later(3, () -> {
            snapshot("Some files were not imported", "import-report.png");
            close("Some files were not imported");
            later(1, this::attachments);
        });
    }

    /** A saved page with its images, selected: the attachments under the text. */
    private void attachments() {
        try {
            Path page = Files.createTempDirectory("galley-saved");
            Files.createDirectories(page.resolve("lab_files"));
            ImageIO.write(picture(false), "png", page.resolve("lab_files/lab.png").toFile());
            ImageIO.write(picture(true), "png", page.resolve("lab_files/chart.png").toFile());
            String para = "上海市科委表示，腦科學與類腦研究是本市科技創新中心建設的重要方向。張江實驗室腦與智能科技研究院"
                    + "將整合並且加強腦智科技的研究力量，推動成果轉化與產業化。";
            Files.writeString(page.resolve("lab.html"), "<html><head><title>上海建腦智研究院 | 科技日報</title></head><body>"
                    + "<article><h1>上海建腦智研究院</h1><p>" + para + "</p><figure><img src=\"lab_files/lab.png\">"
                    + "<figcaption>張江實驗室的研究人員在調試設備。</figcaption></figure><p>" + para + "</p>"
                    + "<p><img src=\"lab_files/chart.png\" alt=\"2016至2020年投入（億元）\"></p><p>" + para
                    + "</p></article></body></html>");
            window.viewModel().imports().importPaths(List.of(page));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        later(3, () -> {
            @SuppressWarnings("unchecked")
            var table = (javafx.scene.control.TableView<app.galley.model.ArticleSummary>) stage.getScene().lookup("#table");
            table.getItems().stream().filter(a -> a.title().equals("上海建腦智研究院")).findFirst()
                    .ifPresent(a -> table.getSelectionModel().select(a));
        });
        later(5, () -> {
            snapshot(stage.getTitle(), "attachments.png");
            later(0.5, this::feeds);
        });
    }

    /** The saved feeds dialog with two feeds that have been read. */
    private void feeds() {
        var a = library.feeds().save("https://www.yicai.com/feed/tech.xml", "第一財經 · 科技");
        var b = library.feeds().save("https://www.example.com/city/rss", "City Ledger");
        for (int i = 0; i < 12; i++) {
            library.feeds().markSeen(a.id(), "item-" + i, null);
        }
        for (int i = 0; i < 5; i++) {
            library.feeds().markSeen(b.id(), "item-" + i, null);
        }
        library.feeds().markRefreshed(a.id());
        library.feeds().markRefreshed(b.id());
        later(2, () -> {
            snapshot("Saved Feeds", "saved-feeds.png");
            close("Saved Feeds");
            later(1, this::rulesEditor);
        });
        Platform.runLater(() -> new FeedsDialog(stage, window.viewModel(), new I18n("en"),
                java.util.Optional::empty).showAndWait());
    }

    /** The cleaning rules editor: each built-in rule with its hint and the options it declares. */
    private void rulesEditor() {
        later(2, () -> {
            snapshot("Cleaning Rules", "rules-editor.png");
            close("Cleaning Rules");
            later(1, this::cleanDiff);
        });
        Platform.runLater(() -> new RulesDialog(stage, window.context().services(), window.tasks(), new FxDialogService(), new I18n("en"), null)
                .showAndSave(() -> { }));
    }

    /** The sample's cleaning in the Clean tab, then (applied) its revision history. */
    @SuppressWarnings("unchecked")
    private void cleanDiff() {
        var table = (javafx.scene.control.TableView<app.galley.model.ArticleSummary>) stage.getScene().lookup("#table");
        table.getItems().stream().filter(a -> a.title().equals(TestFiles.SAMPLE_TITLE)).findFirst()
                .ifPresent(a -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(a)));
        later(1, () -> window.detailController().showTab("clean"));
        later(3, () -> {
            snapshot(stage.getTitle(), "clean-diff.png");
            Node apply = stage.getScene().lookup("#applyCleaningButton");
            ((javafx.scene.control.Button) apply).fire();
            window.detailController().showTab("history");
        });
        later(5, () -> {
            snapshot(stage.getTitle(), "revision-history.png");
            window.detailController().showTab("factcheck");
            factCheck();
        });
    }

    /**
     * The cleaned sample fact-checked: every quotation annotated (grouped by speaker), a few verdicts,
     * a claim marked false, one quotation selected in the panel and highlighted in the text.
     */
    @SuppressWarnings("unchecked")
    private void factCheck() {
        ((javafx.scene.control.Button) stage.getScene().lookup("#fcAcceptAll")).fire();
        var tree = (javafx.scene.control.TreeView<Object>) stage.getScene().lookup("#fcTree");
        var service = Services.of(library).annotations("Mei Lin");
        var article = library.articles().list().stream().filter(a -> a.title().equals(TestFiles.SAMPLE_TITLE))
                .findFirst().flatMap(a -> library.articles().find(a.id())).orElseThrow();
        app.galley.analyze.AnnotationService.analyse(article.body()).claims().stream()
                .filter(c -> c.text().equals("7.56億元")).findFirst()
                .ifPresent(c -> service.setVerdict(service.annotate(article, c), app.galley.model.Verdict.FALSE));
        // verdicts as a checker gives them: select a quotation in the panel, click a chip (once the
        // annotations, made in the background, are in the panel)
        later(2, () -> {
            String[] verdicts = {"verified", "verified", "checking", "verified"};
            for (int i = 0; i < verdicts.length; i++) {
                var item = tree.getRoot().getChildren().get(0).getChildren().get(0).getChildren().get(i);
                tree.getSelectionModel().select(item);
                ((javafx.scene.control.ToggleButton) stage.getScene().lookup("#verdict-" + verdicts[i])).fire();
            }
            later(1, () -> tree.getSelectionModel().select(
                    tree.getRoot().getChildren().get(0).getChildren().get(0).getChildren().get(1)));
            later(3, () -> {
                snapshot(stage.getTitle(), "fact-check.png");
                search();
            });
        });
    }

    /** A Traditional-Chinese query finding articles in both scripts, the words found in bold. */
    private void search() {
        var field = (javafx.scene.control.TextField) stage.getScene().lookup("#searchField");
        field.setText("腦科學 晶元");
        later(4, () -> {
            snapshot(stage.getTitle(), "search.png");
            field.setText("");
            preview();
        });
    }

    /**
     * The fact-checked sample in the preview pane: the newspaper layout at desktop width with
     * annotations, then the phone layout; and the first page of its PDF proof.
     */
    private void preview() {
        var article = library.articles().list().stream().filter(a -> a.title().equals(TestFiles.SAMPLE_TITLE))
                .findFirst().orElseThrow();
        window.controller().selectArticle(article.id());
        // fact-checking with the preview under the panel, the library out of the way (focused work)
        window.controller().workspace().previewToggle().setSelected(true);
        window.controller().workspace().focusToggle().setSelected(true);
        window.previewModel().annotationsProperty().set(true);
        later(4, () -> {
            snapshot(stage.getTitle(), "preview-desktop.png");
            ((javafx.scene.control.ToggleButton) stage.getScene().lookup("#preview-phone")).fire();
            later(3, () -> {
                snapshot(stage.getTitle(), "preview-phone.png");
                proofPage(article.id());
                conflict(article.id(), () -> publish(article.id()));
            });
        });
    }

    /**
     * Typing in the sample while another editor saved it meanwhile (a second library object on the same
     * folder, as the command line would): the window asks which version to keep.
     */
    private void conflict(long id, Runnable next) {
        window.controller().workspace().previewToggle().setSelected(false);
        window.controller().workspace().focusToggle().setSelected(false);
        window.follower().stop(); // the window has not yet heard of the other save when the typing is saved
        var a = library.articles().find(id).orElseThrow();
        try (Library other = Library.openEmbedded(Path.of(library.location()))) {
            other.revisions().save(id, a.version(), app.galley.model.ArticleEdit.of(a)
                    .withBody(a.body() + "\n\n（另一位編輯補充的段落。）"), "elsewhere", null);
        }
        var text = (org.fxmisc.richtext.StyleClassedTextArea) stage.getScene().lookup("#articleText");
        text.appendText("（記者補充）");
        window.detailController().flush();
        later(2, () -> {
            snapshot("Changed elsewhere", "conflict.png");
            var dialog = (javafx.scene.control.DialogPane) find("Changed elsewhere").getScene().lookup("#conflictDialog");
            ((javafx.scene.control.Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).fire();
            later(1, () -> {
                window.follower().start();
                next.run();
            });
        });
    }

    /**
     * The sample published to the local WordPress (when capture.sh started one: its env file named by
     * galley.wordpress.env), and the outbox showing it done.
     */
    private void publish(long id) {
        String envFile = System.getProperty("galley.wordpress.env", "");
        if (envFile.isBlank()) {
            library.close();
            Platform.exit();
            return;
        }
        try {
            java.util.Properties env = app.galley.publish.WordPressSite.read(Path.of(envFile));
            window.controller().workspace().previewToggle().setSelected(false);
            window.outboxModel().saveTarget("Local WordPress", env.getProperty("GALLEY_WP_URL"),
                    env.getProperty("GALLEY_WP_USER"), env.getProperty("GALLEY_WP_APP_PASSWORD"), problem -> {
                        if (problem != null) {
                            throw new IllegalStateException("the publishing target was refused: " + problem);
                        }
                        window.outboxModel().publish(java.util.List.of(id), "Local WordPress", "publish");
                        library.articles().list().stream().filter(a -> a.id() != id).limit(1)
                                .forEach(a -> window.outboxModel().publish(java.util.List.of(a.id()), "Local WordPress", "draft"));
                    });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        later(6, () -> {
            window.outboxModel().refresh();
            new OutboxDialog(window.outboxModel(), window.i18n()).show(stage);
            later(2, () -> {
                snapshot("Outbox", "publish.png");
                library.close();
                Platform.exit();
            });
        });
    }

    /** The first page of the sample's PDF proof, with its annotations as margin notes, as an image. */
    private void proofPage(long id) {
        try {
            Path pdf = Files.createTempFile("galley-proof", ".pdf");
            var service = Services.of(library).preview();
            service.writePdf(service.request(id, false), app.galley.publish.Templates.load(null).require("proof"),
                    app.galley.publish.PreviewRenderer.Options.preview(library.clock()).withAnnotations(true), pdf);
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                var page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 110);
                ImageIO.write(page, "png", out.resolve("proof-pdf.png").toFile());
            }
            Files.delete(pdf);
        } catch (Exception e) {
            throw new IllegalStateException("the proof could not be made", e);
        }
    }

    /** A made-up picture: a lab bench in flat colours, or a bar chart. */
    private static java.awt.image.BufferedImage picture(boolean chart) {
        var img = new java.awt.image.BufferedImage(480, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        if (chart) {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 480, 300);
            int[] values = {3, 4, 6, 8, 10};
            for (int i = 0; i < values.length; i++) {
                g.setColor(new java.awt.Color(40, 100 + i * 25, 200));
                g.fillRect(50 + i * 85, 270 - values[i] * 24, 60, values[i] * 24);
            }
            g.setColor(java.awt.Color.DARK_GRAY);
            g.drawLine(40, 270, 460, 270);
        } else {
            g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(200, 225, 245), 0, 300,
                    new java.awt.Color(90, 120, 160)));
            g.fillRect(0, 0, 480, 300);
            g.setColor(new java.awt.Color(70, 70, 80));
            g.fillRect(0, 210, 480, 90);
            g.setColor(new java.awt.Color(230, 230, 235));
            g.fillRoundRect(120, 120, 240, 100, 16, 16);
            g.setColor(new java.awt.Color(60, 160, 120));
            g.fillOval(160, 140, 50, 50);
            g.setColor(new java.awt.Color(240, 180, 60));
            g.fillRect(250, 145, 80, 40);
        }
        g.dispose();
        return img;
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
