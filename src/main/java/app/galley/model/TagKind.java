package app.galley.model;

import java.util.Locale;

/** What a tag names. */
public enum TagKind {
    /** A subject from the IPTC Media Topics taxonomy. */
    SUBJECT,
    PERSON,
    ORGANISATION,
    PLACE,
    /** A running story or series. */
    STORY,
    /** Anything else the newsroom tags with. */
    FREE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TagKind of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
