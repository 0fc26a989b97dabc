package app.galley.ui.app;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX application; understands {@code --db DIR} to open a particular library. */
public final class GuiLauncher {

    private GuiLauncher() {
    }

    public static void launch(String[] args) {
        Path db = null;
        for (int i = 0; i < args.length; i++) {
            if ("--db".equals(args[i]) && i + 1 < args.length) {
                db = Path.of(args[++i]);
            } else if (args[i].startsWith("--db=")) {
                db = Path.of(args[i].substring("--db=".length()));
            }
        }
        GalleyApp.libraryOverride = db;
        GalleyApp.beginOpening(); // the library opens while the toolkit starts
        Application.launch(GalleyApp.class, args);
    }
}
