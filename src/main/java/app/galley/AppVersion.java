package app.galley;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Galley was built as. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
