package app.galley.ui.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the classes the main window needs (the toolkit's controls and skins, the rich-text editor,
 * the icons, the window's own classes; listed in {@code preload.txt}) on a background thread while
 * the library opens, so that building the window does not stop to read and link a thousand classes
 * from the jars. Classes are loaded and linked, not initialised: nothing of the toolkit runs here.
 */
public final class ClassWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ClassWarmUp.class);
    private static final String LIST = "/app/galley/ui/preload.txt";

    private ClassWarmUp() {
    }

    /** Starts loading in the background; returns at once. */
    public static void start() {
        BackgroundTasks.once("galley-warm-up", () -> load());
    }

    static int load() {
        ClassLoader loader = ClassWarmUp.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = ClassWarmUp.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    LOG.debug("Not preloaded: {}", name);
                }
            }
        } catch (IOException e) {
            LOG.debug("The preload list cannot be read", e);
        }
        return loaded;
    }
}
