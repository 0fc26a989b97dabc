package app.galley.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The document exactly as imported, kept so that nothing the user brought is ever lost.
 *
 * @param content   the bytes as read
 * @param mediaType e.g. {@code text/plain} or {@code text/html}
 * @param charset   the charset the bytes were decoded with, e.g. {@code Big5}
 * @param location  the file name or URL it came from
 */
public record Original(byte[] content, String mediaType, String charset, String location) {

    public Original {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Original other
                && Arrays.equals(content, other.content)
                && mediaType.equals(other.mediaType)
                && Objects.equals(charset, other.charset)
                && Objects.equals(location, other.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(content), mediaType, charset, location);
    }

    @Override
    public String toString() {
        return "Original[" + mediaType + ", " + charset + ", " + location + ", " + content.length + " bytes]";
    }
}
