package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.Test;

/** Help as an editor uses it: the shortcut sheet, the user guide and About with the licences. */
class HelpFxTest extends GalleyFxTest {

    private static List<MenuItem> withKeys(List<MenuItem> items) {
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem i : items) {
            if (i instanceof Menu m) {
                out.addAll(withKeys(m.getItems()));
            } else if (i.getAccelerator() != null) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void theShortcutSheetListsEveryMenuKeyAndTheGuideAndLicencesOpen() {
        settle();
        clickOn("Help");
        clickOn("Keyboard Shortcuts");
        settle();
        GridPane sheet = lookup("#shortcutSheet").queryAs(GridPane.class);
        List<String> texts = sheet.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        List<MenuItem> keyed = new ArrayList<>();
        bar.getMenus().forEach(m -> keyed.addAll(withKeys(m.getItems())));
        assertThat(keyed).hasSizeGreaterThan(10);
        for (MenuItem item : keyed) {
            int at = texts.indexOf(HelpWindows.plain(item.getText()));
            assertThat(at).as(item.getText()).isNotNegative();
            assertThat(texts.get(at + 1)).isEqualTo(item.getAccelerator().getDisplayText());
        }
        assertThat(texts).contains("Move to Trash", "Article table", "Reviewing cleaning", "N / P", "A / R");
        clickOn("Close");

        clickOn("Help");
        clickOn("User Guide");
        settle();
        WebView guide = lookup("#userGuide").queryAs(WebView.class);
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> interactAndGet(
                    () -> guide.getEngine().getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the guide did not load", e);
        }
        assertThat(interactAndGet(() -> (String) guide.getEngine().executeScript("document.querySelector('h1').textContent")))
                .isEqualTo("Galley: a short guide");
        clickOn("Close");

        clickOn("Help");
        clickOn("About Galley");
        settle();
        assertThat(lookup("#licences").queryAs(TextArea.class).getText()).contains("H2 Database", "RichTextFX");
        clickOn("Close");
    }
}
