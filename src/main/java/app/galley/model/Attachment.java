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
        name = safeName(Objects.requireNonNull(name, "name"));
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

    /** The longest name kept, in UTF-8 bytes: room within the 255 bytes every file system allows. */
    public static final int MAX_NAME_BYTES = 120;
    private static final java.util.Set<String> RESERVED = java.util.Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    /**
     * A name safe to write as a file on any system: no folders ({@code ../}), no control or reserved
     * characters, no leading dot, no Windows device name, and short enough (the extension kept).
     */
    public static String safeName(String raw) {
        String n = raw.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        n.codePoints().forEach(c -> {
            boolean bad = Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0
                    || Character.getType(c) == Character.FORMAT || c == 0xFFFD;
            b.appendCodePoint(bad ? '_' : c);
        });
        n = b.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        int dot = n.lastIndexOf('.');
        String stem = dot > 0 ? n.substring(0, dot) : n;
        String ext = dot > 0 ? n.substring(dot) : "";
        if (ext.length() > 10) {
            stem = n;
            ext = "";
        }
        if (stem.isEmpty() || RESERVED.contains(stem.toUpperCase(java.util.Locale.ROOT))) {
            stem = "file" + (stem.isEmpty() ? "" : "-" + stem);
        }
        while (utf8(stem + ext) > MAX_NAME_BYTES) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        return stem + ext;
    }

    private static int utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
