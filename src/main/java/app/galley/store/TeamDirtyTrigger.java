package app.galley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * Notes, in the writing transaction itself, which article a write to a shared table touched (issue
 * 22): whatever wrote it (the window, the command line, an import, a cleaning), the article goes up
 * at the next sync. H2 calls it after every row written to the tables {@link TeamLocal#track} names;
 * a member's library is always H2 (the server never has these triggers).
 */
public final class TeamDirtyTrigger implements Trigger {

    private String table;
    /** Where in a row the article's id is (or the annotation's, for comments and verdicts), 0-based. */
    private int idColumn;
    private int uidColumn = -1;

    @Override
    public void init(Connection c, String schema, String trigger, String tableName, boolean before, int type)
            throws SQLException {
        this.table = tableName.toLowerCase(Locale.ROOT);
        String key = switch (table) {
            case "article" -> "ID";
            case "annotation_comment", "annotation_verdict" -> "ANNOTATION_ID";
            default -> "ARTICLE_ID";
        };
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            ps.setString(1, schema);
            ps.setString(2, tableName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals(key)) {
                        idColumn = rs.getInt(2) - 1;
                    } else if (rs.getString(1).equals("UID")) {
                        uidColumn = rs.getInt(2) - 1;
                    }
                }
            }
        }
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = newRow != null ? newRow : oldRow;
        long id = ((Number) row[idColumn]).longValue();
        if (table.equals("annotation_comment") || table.equals("annotation_verdict")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM annotation WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return; // deleted with its annotation, whose own row was noted
                    }
                    id = rs.getLong(1);
                }
            }
        }
        if (table.equals("article") && newRow == null) {
            deleted(c, id, (String) oldRow[uidColumn]);
            return;
        }
        touch(c, id);
    }

/**
     * Puts the triggers that note changes on the shared tables (an administrator's connection, at
     * open): they note in every library, so a library that joins a team later, or works offline, has
     * nothing to catch up on; a row per article touched is all it costs.
     */
    static void install(Connection admin) throws SQLException {
        try (Statement st = admin.createStatement()) {
            for (String table : TeamLocal.TRACKED) {
                st.executeUpdate("CREATE TRIGGER IF NOT EXISTS team_dirty_" + table + " AFTER INSERT, UPDATE, DELETE"
                        + " ON " + table + " FOR EACH ROW CALL '" + TeamDirtyTrigger.class.getName() + "'");
            }
        }
    }

    static void touch(Connection c, long articleId) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE team_dirty SET mark = mark + 1 WHERE article_id = ?")) {
            up.setLong(1, articleId);
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement("INSERT INTO team_dirty (article_id, mark) VALUES (?, 1)")) {
            in.setLong(1, articleId);
            in.executeUpdate();
        }
    }

    /** An article deleted here: shared, it goes up as deleted; never shared, there is nothing to send. */
    private static void deleted(Connection c, long articleId, String uid) throws SQLException {
        if (uid == null) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM team_dirty WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
            return;
        }
        touch(c, articleId);
        try (PreparedStatement ps = c.prepareStatement("UPDATE team_dirty SET uid = ? WHERE article_id = ?")) {
            ps.setString(1, uid);
            ps.setLong(2, articleId);
            ps.executeUpdate();
        }
    }
}
