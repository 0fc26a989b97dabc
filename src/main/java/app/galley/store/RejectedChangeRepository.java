package app.galley.store;

import app.galley.model.RejectedChange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The cleaning changes editors rejected, per article (migration V15). */
public final class RejectedChangeRepository {

    private final Jdbc jdbc;
    private final Clock clock;

    RejectedChangeRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The changes rejected in an article, oldest first. */
    public List<RejectedChange> of(long articleId) {
        return jdbc.read("read the rejected changes of article " + articleId, c -> {
            List<RejectedChange> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rule, from_text, replacement, prefix, suffix"
                    + " FROM rejected_change WHERE article_id = ? ORDER BY id")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RejectedChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    /** Records rejections and takes others back, in one transaction (an editor's decisions on a proposal). */
    public void decide(long articleId, List<RejectedChange> rejected, List<RejectedChange> accepted) {
        if (rejected.isEmpty() && accepted.isEmpty()) {
            return;
        }
        jdbc.transaction("record the rejected changes of article " + articleId, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM rejected_change WHERE article_id = ? AND rule = ?"
                    + " AND from_text = ? AND replacement = ? AND prefix = ? AND suffix = ?")) {
                for (RejectedChange r : concat(rejected, accepted)) { // a rejection recorded once
                    bind(del, articleId, r);
                    del.addBatch();
                }
                del.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rejected_change (article_id, rule, from_text,"
                    + " replacement, prefix, suffix, created) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (RejectedChange r : rejected) {
                    bind(ps, articleId, r);
                    ps.setObject(7, Jdbc.toDb(clock.instant()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Forgets every rejection in an article: its changes are proposed again. */
    public int reset(long articleId) {
        return jdbc.transaction("reset the rejected changes of article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rejected_change WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                return ps.executeUpdate();
            }
        });
    }

    /** The article and the change, as the first six parameters. */
    private static void bind(PreparedStatement ps, long articleId, RejectedChange r) throws java.sql.SQLException {
        ps.setLong(1, articleId);
        ps.setString(2, r.rule());
        ps.setString(3, r.from());
        ps.setString(4, r.replacement());
        ps.setString(5, r.prefix());
        ps.setString(6, r.suffix());
    }

    private static List<RejectedChange> concat(List<RejectedChange> a, List<RejectedChange> b) {
        List<RejectedChange> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
