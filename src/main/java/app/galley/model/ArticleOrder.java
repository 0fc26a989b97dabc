package app.galley.model;

/**
 * The order the article table is read in: a column and a direction. Ties are broken by the id in
 * the same direction, so every order is total and a page never repeats or skips a row.
 */
public record ArticleOrder(Column column, boolean descending) {

    /** The columns the table can be ordered by. */
    public enum Column { TITLE, SOURCE, LANGUAGE, STATUS, LENGTH, IMPORTED }

    /** Newest first: the table's order until the editor picks a column. */
    public static final ArticleOrder NEWEST = new ArticleOrder(Column.IMPORTED, true);

    /** The same column the other way round: every row in the opposite place. */
    public ArticleOrder reversed() {
        return new ArticleOrder(column, !descending);
    }

    public ArticleOrder {
        java.util.Objects.requireNonNull(column, "column");
    }
}
