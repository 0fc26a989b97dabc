package app.galley.model;

import java.util.Locale;

/** Where a fact-checker stands on an annotated quote or claim. */
public enum Verdict {
    UNCHECKED, CHECKING, VERIFIED, DISPUTED, FALSE, MISATTRIBUTED, UNVERIFIABLE;

    /** The lower-case name used in files and on the command line ("misattributed"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }

    /** True while the item still needs the checker's work (unchecked or being checked). */
    public boolean open() {
        return this == UNCHECKED || this == CHECKING;
    }
}
