package app.galley.store;

/** Someone else (another window or process) changed the article since it was read. */
public class StaleArticleException extends StoreException {
    private final long articleId;

    public StaleArticleException(long articleId) {
        super("Article " + articleId + " was changed elsewhere since it was opened; reload it and try again.");
        this.articleId = articleId;
    }

    public long articleId() {
        return articleId;
    }
}
