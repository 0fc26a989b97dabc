package app.galley.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A publication template: how an article looks on the site or on paper. A folder holding
 * {@code manifest.json}, {@code article.html} (Mustache) and {@code style.css}.
 *
 * @param id     the folder's name, unique among the templates offered
 * @param origin where it came from, for messages ("built in", or the folder)
 */
public record Template(String id, Manifest manifest, String html, String css, String origin) {

    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(html, "html");
        css = css == null ? "" : css;
    }

    /** Web layouts are previewed at widths; print layouts also make PDF proofs. */
    public enum Kind {
        WEB, PRINT
    }

    /**
     * What {@code manifest.json} says.
     *
     * @param widths     the widths to preview at, by name ("desktop", "tablet", "phone"), in pixels
     * @param language   the language assumed when an article does not say
     */
    public record Manifest(String name, String description, Kind kind, String publication, String language,
                           Map<String, Integer> widths) {

        public Manifest {
            Objects.requireNonNull(name, "name");
            kind = kind == null ? Kind.WEB : kind;
            publication = publication == null ? "" : publication;
            language = language == null || language.isBlank() ? "zh-Hant" : language;
            widths = widths == null || widths.isEmpty() ? DEFAULT_WIDTHS : new LinkedHashMap<>(widths);
        }

        /** The widths every template offers unless its manifest says otherwise. */
        public static final Map<String, Integer> DEFAULT_WIDTHS = Map.of("desktop", 1280, "tablet", 820, "phone", 390);

        /** The width of a named layout, or the desktop width if the manifest has none by that name. */
        public int width(String layout) {
            Integer w = widths.get(layout);
            return w != null ? w : widths.getOrDefault("desktop", 1280);
        }
    }

    @Override
    public String toString() {
        return manifest.name();
    }
}
