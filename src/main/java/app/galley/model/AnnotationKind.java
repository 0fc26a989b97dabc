package app.galley.model;

import java.util.Locale;

/** What an annotation marks: a quotation, a checkable claim, or a plain comment on the text. */
public enum AnnotationKind {
    QUOTE, CLAIM, COMMENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnnotationKind of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
