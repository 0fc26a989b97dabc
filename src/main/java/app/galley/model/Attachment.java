package app.galley.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file that came with an article and is kept with it: an image from a saved page's
 * {@code NAME_files/} folder, a picture in a Word document, an image part of an MHTML page.
 *
 * @param name      the file name, e.g. {@code photo1.jpg}
 * @param mediaType e.g. {@code image/jpeg}, from the bytes themselves
 * @param content   the bytes as found
 * @param caption   the caption or alternative text the article gives it, or null
 * @param reference where the article referred to it, e.g. {@code page_files/photo1.jpg}, or null
 */
public record Attachment(String name, String mediaType, byte[] content, String caption, String reference) {

    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /** An image that lives on the web: kept as its address only (an import could not bring its bytes). */
    public boolean isRemote() {
        return content.length == 0 && isWebAddress(reference);
    }

    /** True for an absolute http(s) address. */
    static boolean isWebAddress(String reference) {
        return reference != null && reference.matches("(?i)https?://\\S+");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment other && name.equals(other.name) && mediaType.equals(other.mediaType)
                && Arrays.equals(content, other.content) && Objects.equals(caption, other.caption)
                && Objects.equals(reference, other.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mediaType, Arrays.hashCode(content), caption, reference);
    }

    @Override
    public String toString() {
        return "Attachment[" + name + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
