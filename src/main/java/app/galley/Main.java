package app.galley;

import app.galley.cli.Cli;
import app.galley.ui.app.GuiLauncher;
import java.util.Arrays;

/**
 * Entry point of {@code galley.jar}. Not a JavaFX {@code Application}, so the JavaFX classes and
 * natives can travel inside the jar on the class path. No arguments (or {@code gui [--db DIR]})
 * opens the window; anything else runs the command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length >= 1 && "cds-train".equals(args[0])) { // the build's AppCDS training run (ADR 21)
            app.galley.ui.app.CdsTraining.run(Arrays.asList(args).contains("--window"));
            System.exit(0);
        } else if (args.length == 0 || "gui".equals(args[0])) {
            GuiLauncher.launch(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
        } else {
            System.exit(Cli.run(args));
        }
    }
}
