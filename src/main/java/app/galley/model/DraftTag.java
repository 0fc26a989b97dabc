package app.galley.model;

import java.util.Objects;

/**
 * A tag an importer read with an article (a NewsML-G2 or ninjs subject), before the library has it:
 * a Media Topic by its code ({@code medtop:04000000}), or a person, organisation or place by name.
 *
 * @param qcode the Media Topic's code for a subject, else {@code null}
 */
public record DraftTag(TagKind kind, String name, String qcode) {

    public DraftTag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static DraftTag topic(String qcode, String name) {
        return new DraftTag(TagKind.SUBJECT, name == null ? qcode : name, qcode);
    }
}
