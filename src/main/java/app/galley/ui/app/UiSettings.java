package app.galley.ui.app;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Per-user settings of the window: theme, language, geometry. Backed by {@link Preferences} for the
 * real app and by a map in tests, so tests never touch the user's own settings.
 */
public abstract class UiSettings {

    public static final String THEME = "ui.theme";
    public static final String LANGUAGE = "ui.language";
    /** The name a fact-checker signs annotations and comments with (default: the system user name). */
    public static final String CHECKER = "factcheck.name";

    public abstract String get(String key, String fallback);

    public abstract void put(String key, String value);

    public double getDouble(String key, double fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    /** Settings saved in the user's preferences under {@code app/galley}. */
    public static UiSettings user() {
        Preferences node = Preferences.userRoot().node("app/galley");
        return new UiSettings() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                if (value.equals(node.get(key, null))) {
                    return; // unchanged (a window restoring its layout): no write to the disk
                }
                node.put(key, value);
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // preferences are best-effort: the window still works without them
                }
            }
        };
    }

    /** Settings kept in memory only. */
    public static UiSettings inMemory() {
        Map<String, String> map = new HashMap<>();
        return new UiSettings() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
            }
        };
    }
}
