package app.galley.ui.app;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the CJK font Galley ships (WenQuanYi Micro Hei, Apache 2.0), so Chinese renders as glyphs on
 * any machine: JavaFX's own fallback skips the CFF-flavoured Noto CJK fonts most Linux systems have.
 */
public final class Fonts {

    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    /** The family the stylesheet names. */
    public static final String CJK_FAMILY = "WenQuanYi Micro Hei";
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/wqy-microhei.ttc")) {
            if (in == null) {
                LOG.warn("The bundled CJK font is missing; Chinese text depends on the system's fonts");
                return;
            }
            Font[] fonts = Font.loadFonts(in, 13);
            LOG.debug("Loaded {} bundled font face(s)", fonts == null ? 0 : fonts.length);
        } catch (IOException e) {
            LOG.warn("Could not load the bundled CJK font", e);
        }
    }
}
