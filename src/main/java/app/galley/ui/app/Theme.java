package app.galley.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX themes Galley offers. */
public enum Theme {
    LIGHT, DARK;

    /** The theme in use: applying it again does nothing (its stylesheet is read once). */
    private static volatile Theme applied;

    /** Makes this the application's theme; call on the FX thread. */
    public void apply() {
        if (applied == this) {
            return;
        }
        applied = this;
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static Theme fromSetting(String value) {
        return "DARK".equals(value) ? DARK : LIGHT;
    }
}
