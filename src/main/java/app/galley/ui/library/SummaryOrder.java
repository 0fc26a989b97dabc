package app.galley.ui.library;

import app.galley.model.ArticleOrder;
import app.galley.model.ArticleSummary;
import java.util.Comparator;

/** The table's orders in memory, as the store sorts pages: for rows read whole (a search's hits, a section of assignments). */
final class SummaryOrder {

    private SummaryOrder() {
    }

    /** The order of the table's columns, for a search's hits sorted in memory as the store sorts pages. */
    static Comparator<ArticleSummary> of(ArticleOrder o) {
        Comparator<ArticleSummary> c = switch (o.column()) {
            case TITLE -> Comparator.comparing(ArticleSummary::title);
            case SOURCE -> Comparator.comparing(ArticleSummary::source, Comparator.nullsFirst(Comparator.naturalOrder()));
            case LANGUAGE -> Comparator.comparing(ArticleSummary::language, Comparator.nullsFirst(Comparator.naturalOrder()));
            case STATUS -> Comparator.comparing(a -> a.status().name());
            case LENGTH -> Comparator.comparingInt(a -> a.length().value());
            case IMPORTED -> Comparator.comparing(ArticleSummary::created);
        };
        c = c.thenComparingLong(ArticleSummary::id);
        return o.descending() ? c.reversed() : c;
    }
}
