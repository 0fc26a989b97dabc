package app.galley.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tag: a subject of the newsroom taxonomy, a person, an organisation, a place, a story, or a free
 * tag, with names in several languages and synonyms.
 *
 * @param name     the name shown by default
 * @param parentId the broader tag, or null for a top-level tag
 * @param qcode    the IPTC Media Topic code of a subject ("medtop:13000000"), else null
 * @param names    names by BCP 47 language tag ("en", "zh-Hant", "zh-Hans")
 * @param synonyms other words that should find the tag
 */
public record Tag(long id, TagKind kind, String name, Long parentId, String qcode, Map<String, String> names,
                  List<String> synonyms) {
    public Tag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        names = names == null ? Map.of() : Map.copyOf(names);
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    /** The name in a language, else the default name. */
    public String name(String language) {
        return names.getOrDefault(language, name);
    }
}
