package app.galley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * What a snapshot names by something other than a uid, found or made in a member's library: tags by
 * their taxonomy code or kind and name, publishing targets by site and user.
 */
final class TeamRefs {

    private final Connection c;
    private final Instant now;

    TeamRefs(Connection c, Instant now) {
        this.c = c;
        this.now = now;
    }

    /**
     * Rows naming a publishing target by its site and user, with the local target's id: a member
     * without that target gets one (named after the site; without a password here it sends nothing).
     */
    JsonNode withTargets(JsonNode rows) throws SQLException {
        com.fasterxml.jackson.databind.node.ArrayNode out = TeamSnapshots.JSON.createArrayNode();
        for (JsonNode row : rows) {
            ObjectNode r = row.deepCopy();
            r.put("target_id", target(row.get("site_url").asText(), row.get("username").asText()));
            out.add(r);
        }
        return out;
    }

    private long target(String site, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM publish_target WHERE site_url = ? AND username = ?"
                + " ORDER BY id")) {
            ps.setString(1, site);
            ps.setString(2, user);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        String name = user + " @ " + site;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO publish_target (name, kind, site_url, username, created)"
                + " SELECT ?, 'wordpress', ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM publish_target WHERE name = ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, site);
            ps.setString(3, user);
            ps.setObject(4, Jdbc.toDb(now));
            ps.setString(5, name);
            if (ps.executeUpdate() == 1) {
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }
        throw new SQLException("a publishing target named \"" + name + "\" points elsewhere");
    }

    /** Tags by their taxonomy code, else kind and name; a tag missing here is made. */
    void tags(long articleId, JsonNode tags) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_tag WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
        for (JsonNode t : tags) {
            long tagId = tag(t.get("kind").asText(), t.path("qcode").asText(null), t.get("name").asText());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_tag (article_id, tag_id) SELECT ?, ?"
                    + " WHERE NOT EXISTS (SELECT 1 FROM article_tag WHERE article_id = ? AND tag_id = ?)")) {
                ps.setLong(1, articleId);
                ps.setLong(2, tagId);
                ps.setLong(3, articleId);
                ps.setLong(4, tagId);
                ps.executeUpdate();
            }
        }
    }

    private long tag(String kind, String qcode, String name) throws SQLException {
        String find = qcode != null ? "SELECT id FROM tag WHERE qcode = ?" : "SELECT id FROM tag WHERE kind = ? AND name = ?"
                + " AND qcode IS NULL ORDER BY id";
        try (PreparedStatement ps = c.prepareStatement(find)) {
            ps.setString(1, qcode != null ? qcode : kind);
            if (qcode == null) {
                ps.setString(2, name);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag (name, kind, qcode) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, kind);
            ps.setString(3, qcode);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
