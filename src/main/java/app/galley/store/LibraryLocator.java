package app.galley.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * Decides which folder holds the library: an explicit {@code --db DIR}, else the folder chosen in
 * Preferences, else the platform's usual place for application data.
 */
public final class LibraryLocator {

    /** Preference key (under the {@code app/galley} user node) of the chosen library folder. */
    public static final String PREF_KEY = "library.dir";

    private final Supplier<Preferences> preferences;
    private final Map<String, String> env;
    private final String osName;
    private final Path home;

    /**
     * @param preferences where the chosen folder is remembered; asked only when needed, so that
     *                    {@code --db DIR} never touches the user's preferences
     */
    public LibraryLocator(Supplier<Preferences> preferences, Map<String, String> env, String osName, Path home) {
        this.preferences = preferences;
        this.env = env;
        this.osName = osName;
        this.home = home;
    }

    /** The locator for this user and machine. */
    public static LibraryLocator forCurrentUser() {
        return new LibraryLocator(() -> Preferences.userRoot().node("app/galley"), System.getenv(),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The library folder to open, given an optional explicit folder. */
    public Path resolve(Path explicit) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        return preferred().orElseGet(this::platformDefault);
    }

    /** The folder chosen in Preferences, if any. */
    public Optional<Path> preferred() {
        String value = preferences.get().get(PREF_KEY, null);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** Remembers {@code dir} as the library to open from now on; {@code null} goes back to the default. */
    public void setPreferred(Path dir) {
        if (dir == null) {
            preferences.get().remove(PREF_KEY);
        } else {
            preferences.get().put(PREF_KEY, dir.toAbsolutePath().normalize().toString());
        }
    }

    /** XDG data home on Linux, Application Support on macOS, %APPDATA% on Windows. */
    public Path platformDefault() {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("Galley").resolve("library");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Galley/library");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("galley").resolve("library");
    }
}
