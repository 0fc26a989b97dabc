package app.galley.model;

/** A stored attachment without its bytes: what a list of an article's attachments shows. */
public record AttachmentInfo(long id, long articleId, int position, String name, String mediaType, int size,
                             String caption, String reference) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    /** An image that lives on the web: kept as its address only, with no bytes to show or save. */
    public boolean isRemote() {
        return size == 0 && Attachment.isWebAddress(reference);
    }
}
