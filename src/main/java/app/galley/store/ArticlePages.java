package app.galley.store;

import app.galley.model.ArticleOrder;
import app.galley.model.ArticleStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The article table's pages and counts (ADR 16): the ordered ids of one window of the articles in
 * the library (all, or one status) or in the Trash, read from an order's index alone (migrations
 * V13, V14, V16), and the counts per status by aggregate queries.
 */
public final class ArticlePages {

    private final Jdbc jdbc;

    ArticlePages(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids of one window of articles in an order: of one status (null: all), in the library or
     * ({@code trashed}) in the Trash, so a page deep in a 100,000-article library costs milliseconds.
     * {@code total} is how many articles the window is taken from, as last counted (0: not known): a
     * window in the second half is read from the end, in the reverse order, so the last page costs
     * what the first does instead of stepping over every row before it.
     */
    public List<Long> ids(ArticleStatus status, boolean trashed, ArticleOrder order, int offset, int limit, int total) {
        if (total > 0 && offset > total / 2) {
            int end = Math.min(total, offset + limit);
            if (end <= offset) {
                return List.of();
            }
            List<Long> back = new ArrayList<>(ids(status, trashed, order.reversed(), total - end, end - offset));
            Collections.reverse(back);
            return back;
        }
        return ids(status, trashed, order, offset, limit);
    }

    private List<Long> ids(ArticleStatus status, boolean trashed, ArticleOrder order, int offset, int limit) {
        String dir = order.descending() ? " DESC" : "";
        String column = switch (order.column()) {
            case TITLE -> "title";
            case SOURCE -> "source";
            case LANGUAGE -> "language";
            case STATUS -> "status";
            case LENGTH -> "length_value";
            case IMPORTED -> "created";
        };
        // in one status, the status leads the order too (the same for every row): only then does H2
        // read the ids in order from the (status, column, id, trashed) index instead of sorting the
        // section; the index holds "trashed", so the condition on it needs no row
        String lead = status != null && order.column() != ArticleOrder.Column.STATUS ? "status" + dir + ", " : "";
        String sql = "SELECT id FROM article WHERE trashed IS " + (trashed ? "NOT NULL" : "NULL")
                + (status == null ? "" : " AND status = ?")
                + " ORDER BY " + lead + column + dir + ", id" + dir + " LIMIT ? OFFSET ?";
        return jdbc.read("read a page of articles", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int p = 1;
                if (status != null) {
                    ps.setString(p++, status.name());
                }
                ps.setInt(p++, limit);
                ps.setInt(p, offset);
                List<Long> out = new ArrayList<>(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }

    /** How many articles outside the Trash are in each workflow status (every status present, zero if none). */
    public Map<ArticleStatus, Integer> countByStatus() {
        return jdbc.read("count articles by status", c -> {
            Map<ArticleStatus, Integer> counts = new EnumMap<>(ArticleStatus.class);
            for (ArticleStatus s : ArticleStatus.values()) {
                counts.put(s, 0);
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(
                         "SELECT status, COUNT(*) FROM article WHERE trashed IS NULL GROUP BY status")) {
                while (rs.next()) {
                    counts.put(ArticleStatus.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    /** How many articles are in the Trash. */
    public int trashed() {
        return jdbc.read("count the articles in the Trash", c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM article WHERE trashed IS NOT NULL")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
