package app.galley.ingest.extract;

/**
 * An image in the article's content, as the page refers to it.
 *
 * @param src     the {@code src} attribute as written (not resolved)
 * @param alt     its alternative text, or null
 * @param caption the caption of the {@code <figure>} around it, or null
 * @param web     its web address, when the page has one to resolve {@code src} against, or null
 */
public record ImageRef(String src, String alt, String caption, String web) {

    /** What to show under the image: the caption, else the alternative text, else null. */
    public String label() {
        return caption != null ? caption : alt;
    }
}
