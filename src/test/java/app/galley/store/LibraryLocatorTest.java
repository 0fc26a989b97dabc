package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LibraryLocatorTest {

    private final Preferences prefs = Preferences.userRoot().node("app/galley-test/locator-" + System.nanoTime());
    private final Path home = Path.of("/home/editor");

    @AfterEach
    void removeNode() throws Exception {
        prefs.removeNode();
    }

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(new LibraryLocator(() -> prefs, Map.of(), "Linux", home).resolve(null))
                .isEqualTo(Path.of("/home/editor/.local/share/galley/library"));
        assertThat(new LibraryLocator(() -> prefs, Map.of("XDG_DATA_HOME", "/data"), "Linux", home).resolve(null))
                .isEqualTo(Path.of("/data/galley/library"));
        // a relative XDG_DATA_HOME is invalid by the spec and ignored
        assertThat(new LibraryLocator(() -> prefs, Map.of("XDG_DATA_HOME", "rel"), "Linux", home).resolve(null))
                .isEqualTo(Path.of("/home/editor/.local/share/galley/library"));
    }

    @Test
    void windowsAndMacUseTheirUsualPlaces() {
        assertThat(new LibraryLocator(() -> prefs, Map.of("APPDATA", "/appdata"), "Windows 11", home)
                .platformDefault()).isEqualTo(Path.of("/appdata/Galley/library"));
        assertThat(new LibraryLocator(() -> prefs, Map.of(), "Mac OS X", home).platformDefault())
                .isEqualTo(Path.of("/home/editor/Library/Application Support/Galley/library"));
    }

    @Test
    void anExplicitFolderWinsOverThePreferenceWhichWinsOverTheDefault() {
        LibraryLocator locator = new LibraryLocator(() -> prefs, Map.of(), "Linux", home);
        locator.setPreferred(Path.of("/srv/newsroom"));
        assertThat(locator.resolve(null)).isEqualTo(Path.of("/srv/newsroom"));
        assertThat(locator.resolve(Path.of("/tmp/x"))).isEqualTo(Path.of("/tmp/x"));
        locator.setPreferred(null);
        assertThat(locator.resolve(null)).isEqualTo(Path.of("/home/editor/.local/share/galley/library"));
    }
}
