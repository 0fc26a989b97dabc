package app.galley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An article with everything that belongs to it, as one JSON document (issue 22): what goes up to a
 * team server and comes down from it, and what three-way merges compare. Rows are named by their
 * global ids ({@code uid}), never by local ones; contents too large to send with every change
 * (originals, attachments, revisions' texts) are named by their SHA-256 and travel once, as blobs.
 * Arrays are in a fixed order, so two snapshots of the same state are equal.
 */
public final class TeamSnapshots {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A snapshot and the blobs it names that this library holds. */
    public record Snapshot(ObjectNode json, Map<String, byte[]> blobs) {
    }

    private TeamSnapshots() {
    }

    /** Reads the article with this local id (which has its uids) as a snapshot. */
    static Snapshot read(Connection c, long articleId) throws SQLException {
        Map<String, byte[]> blobs = new java.util.HashMap<>();
        ObjectNode s = JSON.createObjectNode();
        ObjectNode article = one(c, "SELECT uid, " + TeamRows.ARTICLE + " FROM article WHERE id = ?", articleId, blobs);
        if (article == null) {
            return null;
        }
        s.put("uid", article.remove("uid").asText());
        s.set("article", article);
        ObjectNode original = one(c, "SELECT media_type, charset, location, size_bytes, content AS blob_content"
                + " FROM article_original WHERE article_id = ?", articleId, blobs);
        s.set("original", original == null ? JSON.nullNode() : original);
        s.set("tags", rows(c, "SELECT t.kind, t.qcode, t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id"
                + " WHERE x.article_id = ? ORDER BY t.kind, t.qcode, t.name", articleId, blobs));
        s.set("revisions", rows(c, "SELECT uid, created, title, note, author, body AS blob_body,"
                + " changes AS blob_changes FROM revision WHERE article_id = ? ORDER BY uid", articleId, blobs));
        s.set("annotations", rows(c, "SELECT a.uid, " + TeamRows.ANNOTATION + ", r.uid AS revision FROM annotation a"
                + " LEFT JOIN revision r ON r.id = a.revision_id WHERE a.article_id = ? ORDER BY a.uid", articleId, blobs));
        s.set("comments", rows(c, "SELECT m.uid, a.uid AS annotation, p.uid AS parent, m.author, m.body, m.created,"
                + " m.edited, m.deleted FROM annotation_comment m JOIN annotation a ON a.id = m.annotation_id"
                + " LEFT JOIN annotation_comment p ON p.id = m.parent_id WHERE a.article_id = ? ORDER BY m.uid",
                articleId, blobs));
        s.set("verdicts", rows(c, "SELECT v.uid, a.uid AS annotation, v.verdict, v.checker, v.given"
                + " FROM annotation_verdict v JOIN annotation a ON a.id = v.annotation_id WHERE a.article_id = ?"
                + " ORDER BY v.uid", articleId, blobs));
        s.set("assignments", rows(c, "SELECT role AS uid, assignee, due, note, assigned_by, assigned FROM assignment"
                + " WHERE article_id = ? ORDER BY role", articleId, blobs));
        s.set("embargo", rows(c, "SELECT 'embargo' AS uid, until, set_by, set_at FROM article_embargo WHERE article_id = ?",
                articleId, blobs));
        s.set("signoffs", rows(c, "SELECT status AS uid, signed_by, signed, body_hash, note FROM sign_off"
                + " WHERE article_id = ? ORDER BY status", articleId, blobs));
        s.set("events", rows(c, "SELECT uid, at, actor, action, detail FROM audit_event WHERE article_id = ? ORDER BY uid",
                articleId, blobs));
        s.set("attachments", rows(c, "SELECT position, name, media_type, size_bytes, caption, reference,"
                + " content AS blob_content FROM attachment WHERE article_id = ? ORDER BY position", articleId, blobs));
        s.set("rejected", rows(c, "SELECT rule, from_text, replacement, prefix, suffix, created FROM rejected_change"
                + " WHERE article_id = ? ORDER BY rule, prefix, from_text, suffix, replacement, created", articleId, blobs));
        s.set("jobs", rows(c, "SELECT j.uid, t.site_url, t.username, j.action, j.remote_status, j.state, j.attempts,"
                + " j.next_attempt, j.last_error, j.created, j.updated, j.queued_by FROM outbox_job j"
                + " JOIN publish_target t ON t.id = j.target_id WHERE j.article_id = ?", articleId, blobs));
        s.set("publications", rows(c, "SELECT t.site_url, t.username, p.remote_id, p.remote_url, p.remote_status,"
                + " p.updated FROM publication p JOIN publish_target t ON t.id = p.target_id WHERE p.article_id = ?",
                articleId, blobs));
        return new Snapshot(canonical(s), blobs);
    }

    /** The parts of a snapshot that are lists of rows. */
    public static final java.util.List<String> LISTS =
            java.util.List.of("tags", "revisions", "annotations", "comments", "verdicts", "attachments", "rejected",
                    "jobs", "publications", "events", "assignments", "signoffs", "embargo");

    /**
     * Puts every list of a snapshot in its one order (rows with uids by uid, attachments by position,
     * the rest by their text), so that equal states are equal snapshots; returns it.
     */
    public static ObjectNode canonical(ObjectNode s) {
        for (String list : LISTS) {
            if (s.get(list) instanceof ArrayNode rows) {
                java.util.List<JsonNode> sorted = new java.util.ArrayList<>();
                rows.forEach(sorted::add);
                sorted.sort(java.util.Comparator.comparing(TeamSnapshots::sortKey));
                rows.removeAll();
                sorted.forEach(rows::add);
            }
        }
        return s;
    }

    private static String sortKey(JsonNode row) {
        if (row.hasNonNull("uid")) {
            return row.get("uid").asText();
        }
        if (row.has("position")) {
            return String.format("%010d", row.get("position").asInt());
        }
        return row.toString();
    }

    private static ObjectNode one(Connection c, String sql, long id, Map<String, byte[]> blobs) throws SQLException {
        ArrayNode all = rows(c, sql, id, blobs);
        return all.isEmpty() ? null : (ObjectNode) all.get(0);
    }

    /**
     * Rows as JSON objects by column label: instants in UTC ISO form; a column labelled {@code blob_X}
     * becomes {@code X} holding its content's hash (the content kept in {@code blobs}).
     */
    private static ArrayNode rows(Connection c, String sql, long id, Map<String, byte[]> blobs) throws SQLException {
        ArrayNode out = JSON.createArrayNode();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    ObjectNode row = out.addObject();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String label = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                        Object v = rs.getObject(i);
                        if (label.startsWith("blob_")) {
                            byte[] bytes = v == null ? null : v instanceof byte[] b ? b
                                    : v.toString().getBytes(StandardCharsets.UTF_8);
                            String hash = bytes == null ? null : hash(bytes);
                            if (hash != null) {
                                blobs.put(hash, bytes);
                            }
                            row.put(label.substring(5), hash);
                        } else {
                            put(row, label, v);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void put(ObjectNode row, String name, Object v) {
        if (v == null) {
            row.putNull(name);
        } else if (v instanceof OffsetDateTime t) {
            row.put(name, t.withOffsetSameInstant(ZoneOffset.UTC).toString());
        } else if (v instanceof Boolean b) {
            row.put(name, b);
        } else if (v instanceof Integer n) {
            row.put(name, n);
        } else if (v instanceof Long n) {
            row.put(name, n);
        } else if (v instanceof Short n) {
            row.put(name, n.intValue());
        } else if (v instanceof Double d) {
            row.put(name, d);
        } else {
            row.put(name, v.toString());
        }
    }

    /** The hashes of the blobs a snapshot names (its original, revisions' texts, attachments). */
    public static java.util.Set<String> blobHashes(ObjectNode s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (s.hasNonNull("original") && s.get("original").hasNonNull("content")) {
            out.add(s.get("original").get("content").asText());
        }
        for (String[] listField : new String[][] {{"revisions", "body"}, {"revisions", "changes"}, {"attachments", "content"}}) {
            for (JsonNode row : s.path(listField[0])) {
                if (row.hasNonNull(listField[1])) {
                    out.add(row.get(listField[1]).asText());
                }
            }
        }
        return out;
    }

    /** The SHA-256 of a blob, in hex. */
    public static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A snapshot as it travels and is kept: gzip JSON. */
    public static byte[] encode(JsonNode snapshot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            JSON.writeValue(gz, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static ObjectNode decode(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("a damaged team snapshot: " + e.getMessage(), e);
        }
    }
}
