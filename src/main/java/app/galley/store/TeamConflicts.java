package app.galley.store;

import app.galley.model.TeamConflict;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The conflicts merges left in a member's library (issue 22): two edits of the same thing, the first
 * save kept, this member's version kept here until the editor settles it.
 */
public final class TeamConflicts {

    private final Jdbc jdbc;

    TeamConflicts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The conflicts a merge left on the article, oldest first. */
    public List<TeamConflict> conflicts(long articleId) {
        return jdbc.read("read an article's conflicts", c -> {
            List<TeamConflict> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.field, k.mine, k.theirs, k.member, k.created"
                    + " FROM team_conflict k JOIN article a ON a.uid = k.article_uid WHERE a.id = ? ORDER BY k.id")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TeamConflict(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return out;
        });
    }

    /** The editor settled the article's conflicts (chose a version, or edited the merge). */
    public void settleConflicts(long articleId) {
        jdbc.transaction("settle an article's conflicts", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM team_conflict WHERE article_uid IN"
                    + " (SELECT uid FROM article WHERE id = ?)")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
