package app.galley.ui.app;

import app.galley.model.ArticleSummary;
import app.galley.ui.library.LibraryViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * For the start-up benchmark (issue 18): with {@code -Dgalley.startup=report} (or {@code =exit}),
 * prints {@code galley: ready} on standard output at the first frame in which the window is usable
 * (the table shows its first rows and the article is shown), and with {@code exit} then quits as the
 * editor would ({@code quiet-exit}: quits without printing, for the class-data-sharing training's
 * window). Otherwise nothing is watched. The benchmark times the process from its launch to this
 * line; nothing here reads a clock.
 */
final class StartupReport {

    static final String PROPERTY = "galley.startup";
    static final String READY = "galley: ready";
    /** Quits at the first usable frame without printing (the class-data-sharing training's window). */
    static final String QUIET_EXIT = "quiet-exit";

    private StartupReport() {
    }

    static void watch(Scene scene, LibraryViewModel model, Runnable close) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("report") && !mode.equals("exit") && !mode.equals(QUIET_EXIT)) {
            return;
        }
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (usable(scene, model)) {
                scene.removePostLayoutPulseListener(check[0]);
                if (!mode.equals(QUIET_EXIT)) {
                    System.out.println(READY);
                    System.out.flush();
                }
                if (!mode.equals("report")) {
                    Platform.runLater(close);
                }
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    /** The table's first row is read and drawn, and an article is shown with its text (if there is any). */
    static boolean usable(Scene scene, LibraryViewModel model) {
        @SuppressWarnings("unchecked")
        TableView<ArticleSummary> table = (TableView<ArticleSummary>) scene.lookup("#table");
        if (table == null || table.getItems().isEmpty()) {
            return false;
        }
        if (table.getItems().get(0).id() < 0) {
            return false; // a row still being read
        }
        var text = scene.lookup("#articleText");
        return model.currentProperty().get() != null && text != null && text.isVisible()
                && text instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area && area.getLength() > 0;
    }
}
