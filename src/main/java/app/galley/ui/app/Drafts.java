package app.galley.ui.app;

/**
 * Text typed and not yet sent (a comment being written, a tag being typed), kept for the annotation
 * or article it belongs to: it is there again after choosing something else, and after a restart.
 */
public final class Drafts {

    private final UiSettings settings;

    public Drafts(UiSettings settings) {
        this.settings = settings;
    }

    /** Drafts that last as long as the window (for view models made without settings). */
    public static Drafts inMemory() {
        return new Drafts(UiSettings.inMemory());
    }

    public String get(String kind, long id) {
        return settings.get(key(kind, id), "");
    }

    public void put(String kind, long id, String text) {
        if (!get(kind, id).equals(text == null ? "" : text)) {
            settings.put(key(kind, id), text == null ? "" : text);
        }
    }

    public void clear(String kind, long id) {
        put(kind, id, "");
    }

    private static String key(String kind, long id) {
        return "draft." + kind + "." + id;
    }
}
