package app.galley.model;

/** What is known about an article's original without its bytes: where it came from and how it was read. */
public record OriginalInfo(String location, String mediaType, String charset, int size) {
}
