package app.galley.store;

import app.galley.model.Tag;
import app.galley.model.TagKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tags and their articles. Tagging touches the articles' {@code updated} time in the same
 * transaction, so whoever keeps a copy (the search index) sees the change.
 */
public final class TagRepository {

    private static final String SYNONYM = "*";

    private final Jdbc jdbc;
    private final Clock clock;

    TagRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a tag; names by language, synonyms in any. */
    public Tag create(TagKind kind, String name, Long parentId, String qcode, Map<String, String> names,
                      List<String> synonyms) {
        return jdbc.transaction("create tag " + name, c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag (name, parent_id, kind, qcode) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name.strip());
                if (parentId == null) {
                    ps.setNull(2, Types.BIGINT);
                } else {
                    ps.setLong(2, parentId);
                }
                ps.setString(3, kind.name());
                ps.setString(4, qcode);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            writeLabels(c, id, names, synonyms);
            return new Tag(id, kind, name.strip(), parentId, qcode, names, synonyms);
        });
    }

    private static void writeLabels(Connection c, long id, Map<String, String> names, Collection<String> synonyms)
            throws SQLException {
        // a label not there yet, in SQL both H2 and PostgreSQL read (no H2 MERGE ... KEY)
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag_label (tag_id, lang, label) SELECT ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM tag_label WHERE tag_id = ? AND lang = ? AND label = ?)")) {
            Set<List<String>> labels = new LinkedHashSet<>();
            names.forEach((lang, label) -> labels.add(List.of(lang, label)));
            for (String s : synonyms) {
                labels.add(List.of(SYNONYM, s));
            }
            for (List<String> l : labels) {
                ps.setLong(1, id);
                ps.setString(2, l.get(0));
                ps.setString(3, l.get(1));
                ps.setLong(4, id);
                ps.setString(5, l.get(0));
                ps.setString(6, l.get(1));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<Tag> find(long id) {
        return select("read tag " + id, "t.id = ?", id).stream().findFirst();
    }

    public Optional<Tag> byQcode(String qcode) {
        return select("read tag " + qcode, "t.qcode = ?", qcode).stream().findFirst();
    }

    /** The tag of a kind with this name (any of its names), if there is one. */
    public Optional<Tag> byName(TagKind kind, String name) {
        String n = name.strip();
        return select("read tag " + n, "t.kind = ? AND (LOWER(t.name) = LOWER(?) OR EXISTS (SELECT 1 FROM tag_label l"
                + " WHERE l.tag_id = t.id AND l.lang <> '" + SYNONYM + "' AND LOWER(l.label) = LOWER(?)))", kind.name(), n, n)
                .stream().findFirst();
    }

    /** The tags of an article. */
    public List<Tag> ofArticle(long articleId) {
        return select("read the tags of article " + articleId,
                "t.id IN (SELECT tag_id FROM article_tag WHERE article_id = ?)", articleId);
    }

    /** Every tag with its names and synonyms. */
    public List<Tag> all() {
        return select("read tags", "TRUE");
    }

    /** The tags a condition on {@code t} selects, by name, with their names and synonyms. */
    private List<Tag> select(String what, String where, Object... params) {
        return jdbc.read(what, c -> {
            Map<Long, Tag> bare = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT t.id, t.kind, t.name, t.parent_id, t.qcode FROM tag t WHERE " + where + " ORDER BY t.name, t.id")) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long parent = rs.getLong(4);
                        Long parentId = rs.wasNull() ? null : parent;
                        bare.put(rs.getLong(1), new Tag(rs.getLong(1), TagKind.valueOf(rs.getString(2)), rs.getString(3),
                                parentId, rs.getString(5), Map.of(), List.of()));
                    }
                }
            }
            if (bare.isEmpty()) {
                return List.<Tag>of();
            }
            Map<Long, Map<String, String>> names = new HashMap<>();
            Map<Long, List<String>> synonyms = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.tag_id, l.lang, l.label FROM tag_label l JOIN tag t"
                    + " ON t.id = l.tag_id WHERE " + where + " ORDER BY l.tag_id, l.lang, l.label")) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (SYNONYM.equals(rs.getString(2))) {
                            synonyms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
                        } else {
                            names.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                        }
                    }
                }
            }
            List<Tag> out = new ArrayList<>();
            for (Tag t : bare.values()) {
                out.add(new Tag(t.id(), t.kind(), t.name(), t.parentId(), t.qcode(), names.getOrDefault(t.id(), Map.of()),
                        synonyms.getOrDefault(t.id(), List.of())));
            }
            return out;
        });
    }

    /** How many articles carry each tag (tags on none are left out). */
    public Map<Long, Integer> counts() {
        return jdbc.read("count tagged articles", c -> {
            Map<Long, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT tag_id, COUNT(*) FROM article_tag GROUP BY tag_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    /** The ids of the tags of an article. */
    public Set<Long> tagIds(long articleId) {
        return jdbc.read("read the tags of article " + articleId, c -> {
            Set<Long> out = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT tag_id FROM article_tag WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** The ids of the articles carrying a tag. */
    public Set<Long> articleIds(long tagId) {
        return jdbc.read("read the articles of tag " + tagId, c -> articles(c, tagId));
    }

    private static Set<Long> articles(Connection c, long tagId) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM article_tag WHERE tag_id = ?")) {
            ps.setLong(1, tagId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * Puts a tag on articles, in one transaction.
     *
     * @return the articles that did not have it (the ones an undo takes it off again)
     */
    public Set<Long> add(Collection<Long> articleIds, long tagId) {
        return change(articleIds, tagId, true);
    }

    /**
     * Takes a tag off articles, in one transaction.
     *
     * @return the articles that had it
     */
    public Set<Long> remove(Collection<Long> articleIds, long tagId) {
        return change(articleIds, tagId, false);
    }

    /** Tags a new article (inside its insert's transaction); a tag named twice is put on once. */
    static void tag(Connection c, long articleId, Collection<Long> tagIds) throws SQLException {
        if (tagIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_tag (article_id, tag_id) VALUES (?, ?)")) {
            for (long tagId : new LinkedHashSet<>(tagIds)) {
                ps.setLong(1, articleId);
                ps.setLong(2, tagId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private Set<Long> change(Collection<Long> articleIds, long tagId, boolean on) {
        return jdbc.transaction(on ? "tag articles" : "untag articles", c -> {
            Set<Long> had = articles(c, tagId);
            Set<Long> changed = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement(on
                    ? "INSERT INTO article_tag (article_id, tag_id) VALUES (?, ?)"
                    : "DELETE FROM article_tag WHERE article_id = ? AND tag_id = ?")) {
                for (long id : articleIds) {
                    if (had.contains(id) != on && changed.add(id)) {
                        ps.setLong(1, id);
                        ps.setLong(2, tagId);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            touch(c, changed);
            return changed;
        });
    }

    /** Renames a tag (its articles follow: they point to the tag, not the name). */
    public void rename(long tagId, String name) {
        jdbc.transaction("rename tag " + tagId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET name = ? WHERE id = ?")) {
                ps.setString(1, name.strip());
                ps.setLong(2, tagId);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("tag " + tagId + " is gone");
                }
            }
            touch(c, articles(c, tagId));
            return null;
        });
    }

    /**
     * Merges one tag into another: its articles and narrower tags move over, its names become
     * synonyms of the other, and it is deleted.
     */
    public void merge(long fromId, long intoId) {
        if (fromId == intoId) {
            return;
        }
        jdbc.transaction("merge tag " + fromId + " into " + intoId, c -> {
            Set<Long> moving = articles(c, fromId);
            Set<Long> already = articles(c, intoId);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_tag (article_id, tag_id) VALUES (?, ?)")) {
                for (long id : moving) {
                    if (!already.contains(id)) {
                        ps.setLong(1, id);
                        ps.setLong(2, intoId);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET parent_id = ? WHERE parent_id = ?")) {
                ps.setLong(1, intoId);
                ps.setLong(2, fromId);
                ps.executeUpdate();
            }
            List<String> labels = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM tag WHERE id = ? UNION SELECT label FROM tag_label WHERE tag_id = ?")) {
                ps.setLong(1, fromId);
                ps.setLong(2, fromId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        labels.add(rs.getString(1));
                    }
                }
            }
            writeLabels(c, intoId, Map.of(), labels);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                ps.setLong(1, fromId);
                ps.executeUpdate();
            }
            touch(c, moving);
            return null;
        });
    }

    public void delete(long tagId) {
        jdbc.transaction("delete tag " + tagId, c -> {
            Set<Long> affected = articles(c, tagId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                ps.setLong(1, tagId);
                ps.executeUpdate();
            }
            touch(c, affected);
            return null;
        });
    }

    /** Marks articles changed (their tags did), so copies of them are brought up to date. */
    private void touch(Connection c, Collection<Long> articleIds) throws SQLException {
        if (articleIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET updated = ? WHERE id = ?")) {
            for (long id : articleIds) {
                ps.setObject(1, Jdbc.toDb(clock.instant()));
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
