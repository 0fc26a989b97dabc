package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.store.Library;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: on a 1366×768 laptop and a 1920×1080 desktop, in both themes, nothing in the main window,
 * its menus and its dialogs is drawn cut short ("So…", "Interfac…"), and no dialog is taller or wider
 * than a laptop's screen. One subclass per interface language; each opens every dialog as an editor
 * would (from its menu item) at each size and theme, and lists everything cut off before it fails.
 */
abstract class NothingCutOff extends GalleyFxTest {

    private static final double[][] SIZES = {{1366, 768}, {1920, 1080}};
    /** With GALLEY_SCREENSHOTS=DIR, the light theme's windows and dialogs are also saved there (docs/screenshots). */
    private static final String SHOTS = System.getenv("GALLEY_SCREENSHOTS");

    private String size;
    private Theme theme;

    private final List<String> problems = new ArrayList<>();
    private final ScriptedDialogs answers = new ScriptedDialogs();
    private Path badFolder;
    private long repost;
    private long sample;
    private boolean annotated;

    @Override
    protected void prepare(Library library) {
        ImportService importer = Services.of(library).imports();
        sample = ((ImportOutcome.Imported) importer.importText(TestFiles.sampleText(), "sample.txt")).articleId();
        String farm = TestFiles.simplifiedRepost();
        repost = ((ImportOutcome.Repost) importer.importText(farm, "farm.txt")).articleId();
        try {
            badFolder = Files.createTempDirectory("galley-bad-files");
            Files.write(badFolder.resolve("scan.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 0});
            Files.writeString(badFolder.resolve("empty.html"), "<html><body></body></html>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected DialogService dialogs() {
        answers.folder = badFolder; // the import report lists its files' problems
        answers.realReasons = true; // the fact-check gate's own dialog is one of those checked
        return answers;
    }

    @Test
    void nothingIsCutOffAtEitherSizeInEitherTheme() throws Exception {
        settle();
        for (double[] size : SIZES) {
            for (Theme theme : Theme.values()) {
                String at = language() + " " + (int) size[0] + "×" + (int) size[1] + " " + theme;
                this.size = (int) size[0] + "x" + (int) size[1];
                this.theme = theme;
                interact(() -> {
                    theme.apply();
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                settle();
                mainWindow(at);
                dialogs(at);
            }
        }
        try (var files = Files.walk(badFolder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        answers.errors().forEach(e -> problems.add("an error was shown: " + e));
        assertThat(problems).isEmpty();
    }

    private void mainWindow(String at) {
        interact(() -> window.controller().selectArticle(sample)); // its 121 proposed changes in the Clean tab
        settle();
        TabPane tools = lookup("#toolTabs").queryAs(TabPane.class);
        for (Tab tab : tools.getTabs()) {
            interact(() -> tools.getSelectionModel().select(tab));
            settle();
            check(at + " main window, " + tab.getId(), stage.getScene().getRoot());
            shot("main-" + tab.getId().replace("Tab", ""), stage, true);
        }
        interact(() -> tools.getSelectionModel().select(tools.getTabs().stream()
                .filter(t -> t.getId().equals("factCheckTab")).findFirst().orElseThrow()));
        if (!annotated) { // the quotations annotated, as a fact-checker starts: the panel and the preview full
            interact(() -> lookup("#fcAcceptAll").queryAs(javafx.scene.control.ButtonBase.class).fire());
            settle();
            annotated = true;
        }
        CheckMenuItem preview = (CheckMenuItem) item("previewItem");
        interact(() -> preview.setSelected(true)); // the preview under the tools, as a click on the item does
        settle();
        waitForPreview();
        check(at + " main window with the preview", stage.getScene().getRoot());
        shot("main-factCheck-preview", stage, true);
        interact(() -> preview.setSelected(false));
        interact(() -> window.controller().selectArticle(repost)); // the repost link over it, for the comparison
        settle();
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            interact(menu::show);
            WaitForAsyncUtils.waitForFxEvents();
            for (Window w : interactAndGet(() -> List.copyOf(Window.getWindows()))) {
                if (w instanceof ContextMenu && w.isShowing()) {
                    check(at + " menu " + menu.getText(), w.getScene().getRoot());
                }
            }
            interact(menu::hide);
        }
    }

    private void dialogs(String at) throws TimeoutException {
        // Preferences, and its Team tab
        Window prefs = opened(item("preferencesItem")::fire);
        checkDialog(at + " Preferences", prefs);
        shot("preferences", prefs, false);
        interact(() -> ((javafx.scene.control.TabPane) prefs.getScene().getRoot().lookup(".tab-pane")).getSelectionModel()
                .select(1));
        settle();
        checkDialog(at + " Preferences › Team", prefs);
        shot("preferences-team", prefs, false);
        interact(() -> ((javafx.scene.control.TabPane) prefs.getScene().getRoot().lookup(".tab-pane")).getSelectionModel()
                .select(2));
        settle();
        checkDialog(at + " Preferences › Workflow", prefs);
        shot("preferences-workflow", prefs, false);
        close(prefs);
        dialog(at, "Feeds", "feedsItem");
        dialog(at, "Add Feed", "addFeedItem");
        dialog(at, "Import Web Address", "importUrlItem");
        dialog(at, "Outbox", "outboxItem");
        dialog(at, "Publishing Targets", "targetsItem");
        dialog(at, "Rules", "rulesItem");
        dialog(at, "Tag Selected Articles", "tagSelectedItem");
        dialog(at, "Assign Selected Articles", "assignItem");
        dialog(at, "Sign Off", "signOffItem");
        dialog(at, "Comment Inbox", "inboxItem");
        dialog(at, "Embargo", "embargoItem");
        dialog(at, "Details", "detailsItem");
        dialog(at, "Find and Replace", "findReplaceItem");
        dialog(at, "Keyboard Shortcuts", "shortcutsItem");
        dialog(at, "User Guide", "guideItem");
        dialog(at, "About", "aboutItem");

        // the fact-check gate asks before the export; given a reason, the export dialog follows
        MenuItem export = item("exportItem");
        Window gate = opened(export::fire);
        checkDialog(at + " fact-check gate", gate);
        shot("fact-check-gate", gate, false);
        Window exportDialog = opened(() -> {
            ((TextField) gate.getScene().getRoot().lookup("#overrideReason")).setText("Checked by the desk");
            DialogPane pane = (DialogPane) gate.getScene().getRoot();
            pane.getButtonTypes().stream().filter(b -> b.getButtonData().isDefaultButton()).findFirst()
                    .map(b -> (Button) pane.lookupButton(b)).orElseThrow().fire();
        });
        checkDialog(at + " Export", exportDialog);
        shot("export", exportDialog, false);
        close(exportDialog);

        // the import report of a folder of bad files
        MenuItem folder = item("importFolderItem");
        Window report = opened(folder::fire);
        checkDialog(at + " import report", report);
        if (!language().equals("en")) { // why each file failed, in the interface's language too
            String why = ((javafx.scene.control.TextArea) report.getScene().getRoot().lookup("#importProblems")).getText();
            assertThat(why).as(at + " the import report's reasons").doesNotContain("binary file", "no article text", "empty file");
        }
        shot("import-report", report, false);
        close(report);

        // the repost comparison, from the link over the shown repost
        javafx.scene.control.Hyperlink link = lookup("#repostLink").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(link.isVisible()).as(at + " the repost link over article " + window.viewModel().currentProperty().get().id()).isTrue();
        Window compare = opened(() -> ((javafx.scene.control.Hyperlink) lookup("#repostLink").query()).fire());
        checkDialog(at + " repost comparison", compare);
        shot("repost-comparison", compare, false);
        close(compare);
    }

    private void dialog(String at, String name, String itemId) throws TimeoutException {
        MenuItem item = item(itemId);
        Window w = opened(item::fire);
        checkDialog(at + " " + name, w);
        shot(itemId.replace("Item", ""), w, false);
        close(w);
    }

    /**
     * Saves a picture of a window when asked (GALLEY_SCREENSHOTS): light theme, English and Traditional
     * Chinese; the main window at each size, a dialog (the same at both) once.
     */
    private void shot(String name, Window w, boolean bySize) {
        if (SHOTS == null || theme != Theme.LIGHT || language().equals("zh-Hans") || (!bySize && !size.startsWith("1366"))) {
            return;
        }
        Path file = Path.of(SHOTS, language().toLowerCase(java.util.Locale.ROOT) + (bySize ? "-" + size : ""), name + ".png");
        javafx.scene.image.WritableImage image = interactAndGet(() -> w.getScene().snapshot(null));
        try {
            Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the preview shows a page (only for a picture: the check of the texts needs no page). */
    private void waitForPreview() {
        if (SHOTS == null) {
            return;
        }
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.previewModel().htmlProperty().get().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("the preview showed nothing", e);
        }
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS); // WebKit lays the page out after it has it
        settle();
    }

    private void checkDialog(String where, Window w) {
        check(where, w.getScene().getRoot());
        if (!language().equals("en")) { // the toolkit's own buttons speak the interface language too
            for (javafx.scene.Node b : interactAndGet(() -> List.copyOf(w.getScene().getRoot().lookupAll(".button")))) {
                String text = ((javafx.scene.control.Button) b).getText();
                if (List.of("OK", "Cancel", "Close", "Yes", "No", "Apply").contains(text)) {
                    problems.add(where + ": a button says \"" + text + "\"");
                }
            }
        }
        if (w.getHeight() > 768 || w.getWidth() > 1366) {
            problems.add(where + ": " + (int) w.getWidth() + "×" + (int) w.getHeight() + " does not fit a laptop's screen");
        }
    }

    private void check(String where, Parent root) {
        for (String s : interactAndGet(() -> Clipped.in(root))) {
            problems.add(where + ": " + s);
        }
        // not crushed: a list shows several rows and a text two lines (a dialog sized to its content, a
        // tool that keeps its room beside the preview)
        List<javafx.scene.Node> lists = interactAndGet(() -> java.util.stream.Stream.of(".list-view", ".table-view",
                ".tree-view", ".text-area").flatMap(c -> root.lookupAll(c).stream()) // one class a lookup
                .filter(NothingCutOff::onScreen).toList());
        for (javafx.scene.Node n : lists) {
            double least = n instanceof javafx.scene.control.TextArea ? 40 : 60;
            if (n.getLayoutBounds().getHeight() < least) {
                problems.add(where + ": " + n.getTypeSelector() + (n.getId() == null ? "" : " #" + n.getId())
                        + " only " + (int) n.getLayoutBounds().getHeight() + " px high");
            }
        }
    }

    /** Shown: it and every parent visible, and not the list inside a closed drop-down. */
    private static boolean onScreen(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p instanceof javafx.scene.control.ComboBoxBase<?>) {
                return false;
            }
        }
        return n.getScene() != null && n.getParent() != null && !n.getStyleClass().contains("combo-box-popup")
                && !"list-view".equals(n.getId());
    }

    /** Runs {@code open} as a menu click would and waits for the window it opens. */
    private Window opened(Runnable open) throws TimeoutException {
        Set<Window> before = new HashSet<>(interactAndGet(() -> List.copyOf(Window.getWindows())));
        Platform.runLater(open); // a dialog's showAndWait must not hold up the test
        List<Window> found = new ArrayList<>();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> interactAndGet(() -> {
                found.clear();
                Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && !before.contains(w))
                        .forEach(found::add);
                return !found.isEmpty();
            }));
        } catch (TimeoutException e) {
            throw new AssertionError("no window opened; the status bar says \""
                    + window.viewModel().messageProperty().get() + "\"; report " + window.viewModel().imports().lastReportProperty().get()
                    + "; importing " + window.viewModel().imports().importingProperty().get() + "; windows " + interactAndGet(() -> Window.getWindows().stream().map(w -> w.getClass().getSimpleName() + w.isShowing()).toList()), e);
        }
        settle();
        WaitForAsyncUtils.waitForFxEvents();
        return found.get(0);
    }

    /** Closes a dialog as its Close or Cancel button does, deciding nothing. */
    private void close(Window w) {
        interact(() -> {
            if (w.getScene().getRoot() instanceof DialogPane pane) {
                // Cancel or Close; a report with nothing to decide has only OK ("No" would decide)
                Optional<ButtonType> cancel = pane.getButtonTypes().stream()
                        .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                        .or(() -> pane.getButtonTypes().stream().filter(b -> b == ButtonType.OK).findFirst());
                if (cancel.isPresent()) {
                    ((Button) pane.lookupButton(cancel.get())).fire();
                    return;
                }
            }
            w.hide();
        });
        settle();
    }

    private MenuItem item(String id) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        return interactAndGet(() -> find(bar.getMenus(), id)).orElseThrow(() -> new AssertionError("no menu item #" + id));
    }

    private static Optional<MenuItem> find(List<? extends MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return Optional.of(i);
            }
            if (i instanceof Menu m) {
                Optional<MenuItem> in = find(m.getItems(), id);
                if (in.isPresent()) {
                    return in;
                }
            }
        }
        return Optional.empty();
    }
}
