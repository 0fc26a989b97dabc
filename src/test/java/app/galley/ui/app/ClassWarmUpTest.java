package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The warm-up list still names the classes the window loads (a stale list quietly loses its point). */
class ClassWarmUpTest {

    @Test
    void nearlyEveryListedClassExistsAndTheWindowsOwnAreAmongThem() throws Exception {
        String list;
        try (InputStream in = ClassWarmUp.class.getResourceAsStream("/app/galley/ui/preload.txt")) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long names = list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
        assertThat(list).contains("app.galley.ui.app.MainWindowController", "app.galley.ui.editor.DetailController",
                "org.fxmisc.richtext.StyleClassedTextArea");
        int loaded = ClassWarmUp.load();
        assertThat(loaded).as("classes loaded of %d listed; regenerate the list (README, Benchmarks)", names)
                .isGreaterThan((int) (names * 0.95));
    }
}
