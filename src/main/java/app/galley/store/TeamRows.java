package app.galley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a snapshot ({@link TeamSnapshots}) into a member's library: the article and everything that
 * belongs to it made exactly what the snapshot says, rows matched by their uids, blobs fetched by
 * hash only for rows not already here. The caller's transaction holds it all.
 */
final class TeamRows {

    static final String ARTICLE = "title, subtitle, byline, dateline, source, source_url, language, published, status,"
            + " body, length_value, length_unit, content_hash, created, trashed, original_title, other_sources";
    static final String ANNOTATION = "a.kind, a.exact, a.prefix, a.suffix, a.start_pos, a.end_pos, a.anchor,"
            + " a.first_quote, a.speaker, a.verdict, a.note, a.evidence, a.author, a.created, a.modified, a.resolved";
    private static final Set<String> TIMES = Set.of("published", "created", "trashed", "modified", "edited", "given",
            "next_attempt", "updated", "at", "due", "assigned", "signed", "until", "set_at");
    private static final Set<String> INTS = Set.of("length_value", "start_pos", "end_pos", "size_bytes", "position",
            "attempts");
    private static final Set<String> LONGS = Set.of("remote_id", "target_id");
    private static final Set<String> FLAGS = Set.of("resolved", "deleted");

    private final Connection c;
    private final Function<String, byte[]> blobs;
    private final Instant now;
    private final TeamRefs refs;
    /** The hash of the body being written: of revisions made at one instant, the one with it is the newest. */
    private String currentBody = "";

    /** @param blobs a blob's content by its hash (from the server); asked only for rows written anew */
    TeamRows(Connection c, Function<String, byte[]> blobs, Instant now) {
        this.refs = new TeamRefs(c, now);
        this.c = c;
        this.blobs = blobs;
        this.now = now;
    }

    /** Makes the article {@code s.uid} what {@code s} says; returns its local id. */
    long write(ObjectNode s, TeamSnapshots.Snapshot here) throws SQLException {
        String uid = s.get("uid").asText();
        currentBody = TeamSnapshots.hash(s.get("article").get("body").asText().getBytes(StandardCharsets.UTF_8));
        ObjectNode mine = here == null ? null : here.json();
        Long id = idOf("article", uid);
        List<String> cols = columns(ARTICLE);
        JsonNode a = s.get("article");
        if (id == null) {
            String sql = "INSERT INTO article (uid, updated, version, " + ARTICLE + ") VALUES (?, ?, 0"
                    + ", ?".repeat(cols.size()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, uid);
                ps.setObject(2, Jdbc.toDb(now));
                bindAll(ps, 3, cols, a);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        } else if (mine == null || !a.equals(mine.get("article"))) {
            String sql = "UPDATE article SET updated = ?, version = version + 1, "
                    + String.join(" = ?, ", cols) + " = ? WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, Jdbc.toDb(now));
                int next = bindAll(ps, 2, cols, a);
                ps.setLong(next, id);
                ps.executeUpdate();
            }
        }
        long articleId = id;
        if (s.hasNonNull("original") && (mine == null || !s.get("original").equals(mine.get("original")))) {
            // (an import of the same story here keeps its own document as an attachment: TeamApply)
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_original WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
            insert("article_original", Map.of("article_id", articleId), s.get("original"),
                    List.of("media_type", "charset", "location", "size_bytes"), Map.of("content", "content"));
        }
        if (changed(s, mine, "tags")) {
            refs.tags(articleId, s.get("tags"));
        }
        if (changed(s, mine, "revisions")) {
            byUid("revision", articleId, s.get("revisions"), List.of("created", "title", "note", "author"),
                    Map.of("body", "body", "changes", "changes"), Map.of());
        }
        if (changed(s, mine, "annotations")) {
            byUid("annotation", articleId, s.get("annotations"), columns(ANNOTATION.replace("a.", "")), Map.of(),
                    Map.of("revision", "revision_id:revision"));
        }
        if (changed(s, mine, "comments")) {
            byUid("annotation_comment", articleId, s.get("comments"),
                    List.of("author", "body", "created", "edited", "deleted"), Map.of(),
                    Map.of("annotation", "annotation_id:annotation"));
            parents(s.get("comments"));
        }
        if (changed(s, mine, "verdicts")) {
            byUid("annotation_verdict", articleId, s.get("verdicts"), List.of("verdict", "checker", "given"), Map.of(),
                    Map.of("annotation", "annotation_id:annotation"));
        }
        if (changed(s, mine, "attachments")) {
            replace("attachment", articleId, s.get("attachments"),
                    List.of("position", "name", "media_type", "size_bytes", "caption", "reference"),
                    Map.of("content", "content"));
        }
        if (changed(s, mine, "jobs")) {
            byUid("outbox_job", articleId, refs.withTargets(s.get("jobs")), List.of("target_id", "action", "remote_status",
                    "state", "attempts", "next_attempt", "last_error", "created", "updated", "queued_by"), Map.of(), Map.of());
        }
        if (changed(s, mine, "publications")) {
            replace("publication", articleId, refs.withTargets(s.get("publications")),
                    List.of("target_id", "remote_id", "remote_url", "remote_status", "updated"), Map.of());
        }
        if (s.has("assignments") && changed(s, mine, "assignments")) {
            replace("assignment", articleId, s.get("assignments"),
                    List.of("role", "assignee", "due", "note", "assigned_by", "assigned"), Map.of());
        }
        if (s.has("embargo") && changed(s, mine, "embargo")) {
            replace("article_embargo", articleId, s.get("embargo"), List.of("until", "set_by", "set_at"), Map.of());
        }
        if (s.has("signoffs") && changed(s, mine, "signoffs")) {
            replace("sign_off", articleId, s.get("signoffs"), List.of("status", "signed_by", "signed", "body_hash", "note"),
                    Map.of());
        }
        if (changed(s, mine, "events") && s.has("events")) {
            events(articleId, s.get("events"));
        }
        if (changed(s, mine, "rejected")) {
            replace("rejected_change", articleId, s.get("rejected"),
                    List.of("rule", "from_text", "replacement", "prefix", "suffix", "created"), Map.of());
        }
        return articleId;
    }

    private static boolean changed(ObjectNode s, ObjectNode mine, String part) {
        return mine == null || !s.get(part).equals(mine.get(part));
    }

    static List<String> columns(String list) {
        List<String> out = new ArrayList<>();
        for (String col : list.split(",")) {
            out.add(col.strip());
        }
        return out;
    }

    Long idOf(String table, String uid) throws SQLException {
        if (uid == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE uid = ?")) {
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Rows with uids: those the snapshot lacks are deleted, the others inserted or updated.
     *
     * @param blobCols JSON field to column, for contents sent as blobs
     * @param refs     JSON field to "column:table", a uid read as that table's local id
     */
    private void byUid(String table, long articleId, JsonNode rows, List<String> cols, Map<String, String> blobCols,
                       Map<String, String> refs) throws SQLException {
        String owner = table.startsWith("annotation_")
                ? "annotation_id IN (SELECT id FROM annotation WHERE article_id = ?)" : "article_id = ?";
        Map<String, Long> here = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT uid, id FROM " + table + " WHERE " + owner)) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    here.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        Set<String> wanted = new HashSet<>();
        List<JsonNode> ordered = new ArrayList<>();
        rows.forEach(ordered::add);
        // rows new here get their local ids in the order they were made (a history reads by id)
        ordered.sort(java.util.Comparator.comparing(TeamRows::made)
                .thenComparing(r -> currentBody.equals(r.path("body").asText()) ? 1 : 0));
        for (JsonNode row : ordered) {
            String uid = row.get("uid").asText();
            wanted.add(uid);
            Map<String, Object> fixed = new HashMap<>();
            fixed.put("uid", uid);
            if (!table.startsWith("annotation_")) {
                fixed.put("article_id", articleId);
            }
            for (Map.Entry<String, String> ref : refs.entrySet()) {
                String[] colTable = ref.getValue().split(":");
                fixed.put(colTable[0], idOf(colTable[1], row.path(ref.getKey()).asText(null)));
            }
            if (!here.containsKey(uid)) {
                insert(table, fixed, row, cols, blobCols);
            } else if (!table.equals("revision") || !sameRevision(here.get(uid), row)) {
                update(table, here.get(uid), fixed, row, cols, blobCols);
            }
        }
        for (Map.Entry<String, Long> gone : here.entrySet()) {
            if (!wanted.contains(gone.getKey())) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                    ps.setLong(1, gone.getValue());
                    ps.executeUpdate();
                }
            }
        }
    }

    /** Audit events are only ever added (issue 23): those new here are inserted, none changed or removed. */
    private void events(long articleId, JsonNode rows) throws SQLException {
        Set<String> here = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM audit_event WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    here.add(rs.getString(1));
                }
            }
        }
        List<JsonNode> ordered = new ArrayList<>();
        rows.forEach(ordered::add);
        ordered.sort(java.util.Comparator.comparing((JsonNode r) -> r.path("at").asText()).thenComparing(r -> r.get("uid").asText()));
        for (JsonNode row : ordered) {
            if (here.add(row.get("uid").asText())) {
                insert("audit_event", new java.util.LinkedHashMap<>(Map.of("uid", row.get("uid").asText(),
                        "article_id", articleId)), row, List.of("at", "actor", "action", "detail"), Map.of());
            }
        }
    }

    private static Instant made(JsonNode row) {
        JsonNode t = row.hasNonNull("created") ? row.get("created") : row.get("given");
        return t == null || t.isNull() ? Instant.EPOCH : OffsetDateTime.parse(t.asText()).toInstant();
    }

    /** A revision here that already has the snapshot's texts (so its blobs need not be fetched). */
    private boolean sameRevision(long id, JsonNode row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT created, title, note, author, body, changes FROM revision WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return same(rs.getObject(1, OffsetDateTime.class), row.get("created"))
                        && java.util.Objects.equals(rs.getString(2), row.path("title").asText(null))
                        && java.util.Objects.equals(rs.getString(3), row.path("note").asText(null))
                        && java.util.Objects.equals(rs.getString(4), row.path("author").asText(null))
                        && hashOf(rs.getString(5)).equals(row.path("body").asText(""))
                        && hashOf(rs.getString(6)).equals(row.path("changes").asText(""));
            }
        }
    }

    private static boolean same(OffsetDateTime t, JsonNode v) {
        return t == null ? v == null || v.isNull() : v != null && !v.isNull()
                && t.toInstant().equals(OffsetDateTime.parse(v.asText()).toInstant());
    }

    private static String hashOf(String text) {
        return text == null ? "" : TeamSnapshots.hash(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Comments' replies point at their parents once every comment of the article is written. */
    private void parents(JsonNode comments) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE annotation_comment SET parent_id = ? WHERE uid = ?")) {
            for (JsonNode row : comments) {
                Long parent = idOf("annotation_comment", row.path("parent").asText(null));
                if (parent == null) {
                    ps.setNull(1, Types.BIGINT);
                } else {
                    ps.setLong(1, parent);
                }
                ps.setString(2, row.get("uid").asText());
                ps.executeUpdate();
            }
        }
    }

    /** Rows without uids (attachments, rejected changes): all replaced. */
    private void replace(String table, long articleId, JsonNode rows, List<String> cols, Map<String, String> blobCols)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
        int position = 0;
        for (JsonNode row : rows) {
            JsonNode r = row;
            if (table.equals("attachment")) {
                r = ((ObjectNode) row.deepCopy()).put("position", position++); // two members' attachments, one order
            } else if (table.equals("sign_off")) {
                r = ((ObjectNode) row.deepCopy()).put("status", row.get("uid").asText()); // one per status: its key
            } else if (table.equals("assignment")) {
                r = ((ObjectNode) row.deepCopy()).put("role", row.get("uid").asText()); // one per role: the role is its key
            }
            insert(table, Map.of("article_id", articleId), r, cols, blobCols);
        }
    }

    private void insert(String table, Map<String, Object> fixed, JsonNode row, List<String> cols,
                        Map<String, String> blobCols) throws SQLException {
        List<String> names = new ArrayList<>(fixed.keySet());
        names.addAll(cols);
        names.addAll(blobCols.values());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object v : fixed.values()) {
                ps.setObject(i++, v);
            }
            i = bindAll(ps, i, cols, row);
            bindBlobs(ps, i, blobCols, row, table);
            ps.executeUpdate();
        }
    }

    private void update(String table, long id, Map<String, Object> fixed, JsonNode row, List<String> cols,
                        Map<String, String> blobCols) throws SQLException {
        List<String> names = new ArrayList<>(fixed.keySet());
        names.addAll(cols);
        names.addAll(blobCols.values());
        String sql = "UPDATE " + table + " SET " + String.join(" = ?, ", names) + " = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object v : fixed.values()) {
                ps.setObject(i++, v);
            }
            i = bindAll(ps, i, cols, row);
            i = bindBlobs(ps, i, blobCols, row, table);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    private int bindBlobs(PreparedStatement ps, int i, Map<String, String> blobCols, JsonNode row, String table)
            throws SQLException {
        for (String field : blobCols.keySet()) {
            String hash = row.path(field).asText(null);
            byte[] content = hash == null ? null : blobs.apply(hash);
            if (hash != null && content == null) {
                throw new SQLException("the team server has no content " + hash + " for a " + table + " row");
            }
            boolean text = table.equals("revision");
            if (content == null) {
                ps.setNull(i++, text ? Types.VARCHAR : Types.VARBINARY);
            } else if (text) {
                ps.setString(i++, new String(content, StandardCharsets.UTF_8));
            } else {
                ps.setBytes(i++, content);
            }
        }
        return i;
    }

    /** Binds the columns' values from a JSON row by each column's kind; returns the next index. */
    static int bindAll(PreparedStatement ps, int first, List<String> cols, JsonNode row) throws SQLException {
        int i = first;
        for (String col : cols) {
            JsonNode v = row.get(col);
            if (v == null || v.isNull()) {
                ps.setNull(i++, TIMES.contains(col) ? Types.TIMESTAMP_WITH_TIMEZONE
                        : INTS.contains(col) ? Types.INTEGER : FLAGS.contains(col) ? Types.BOOLEAN : Types.VARCHAR);
            } else if (TIMES.contains(col)) {
                ps.setObject(i++, OffsetDateTime.parse(v.asText()));
            } else if (INTS.contains(col)) {
                ps.setInt(i++, v.asInt());
            } else if (LONGS.contains(col)) {
                ps.setLong(i++, v.asLong());
            } else if (FLAGS.contains(col)) {
                ps.setBoolean(i++, v.asBoolean());
            } else {
                ps.setString(i++, v.asText());
            }
        }
        return i;
    }
}
