package app.galley.model;

import java.util.Objects;

/** A tag from the newsroom taxonomy. {@code parentId} is 0 for a top-level tag. */
public record Tag(long id, String name, long parentId) {
    public Tag {
        Objects.requireNonNull(name, "name");
    }
}
