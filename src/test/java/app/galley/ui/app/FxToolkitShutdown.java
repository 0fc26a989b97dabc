package app.galley.ui.app;

import javafx.application.Platform;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Ends the JavaFX toolkit the way the application does ({@link Platform#exit()}, then waits for its
 * thread) when a test run is over, before the test JVM exits. Left running, the toolkit and the web
 * engine of the preview were still at work while the JVM tore down its native libraries, and the
 * integration tests' JVM was once killed by an abort signal after every test had passed, failing the
 * build. Registered in META-INF/services; does nothing in a run that never started the toolkit.
 */
public final class FxToolkitShutdown implements LauncherSessionListener {

    static final String FX_THREAD = "JavaFX Application Thread";

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> FX_THREAD.equals(t.getName()))
                .findFirst().orElse(null);
        if (fx == null) {
            return;
        }
        Platform.exit();
        try {
            fx.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fx.isAlive()) {
            System.err.println("FxToolkitShutdown: the JavaFX thread did not end within 10 s of Platform.exit()");
        }
    }
}
