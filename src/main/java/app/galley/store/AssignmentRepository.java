package app.galley.store;

import app.galley.model.Assignment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assignments (issue 23): one current per article and role, written for a selection in one transaction. */
public final class AssignmentRepository {

    static final String COLUMNS = "article_id, role, assignee, due, note, assigned_by, assigned";

    private final Jdbc jdbc;
    private final Clock clock;

    AssignmentRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Makes each article's assignment for the role what {@code wanted} says (null: none), in one
     * transaction; returns what each article had before (absent: none), which undo puts back.
     */
    public Map<Long, Assignment> set(Collection<Long> articleIds, Assignment.Role role, Map<Long, Assignment> wanted) {
        return jdbc.transaction("assign " + articleIds.size() + " articles", c -> {
            Map<Long, Assignment> before = new LinkedHashMap<>();
            for (long id : articleIds) {
                List<Assignment> had = query(c, " WHERE article_id = ? AND role = ?", id, role.name());
                if (!had.isEmpty()) {
                    before.put(id, had.get(0));
                }
                Assignment now = wanted.get(id);
                if (had.isEmpty() ? now == null : had.get(0).equals(now)) {
                    continue;
                }
                try (PreparedStatement del = c.prepareStatement("DELETE FROM assignment WHERE article_id = ? AND role = ?")) {
                    del.setLong(1, id);
                    del.setString(2, role.name());
                    del.executeUpdate();
                }
                if (now != null) {
                    insert(c, now);
                }
            }
            return before;
        });
    }

    /** An assignment as of now by {@code by}, for each article. */
    public Map<Long, Assignment> drafts(Collection<Long> articleIds, Assignment.Role role, String assignee, Instant due,
                                        String note, String by) {
        Instant now = clock.instant();
        Map<Long, Assignment> out = new LinkedHashMap<>();
        for (long id : articleIds) {
            out.put(id, new Assignment(id, role, assignee.strip(), due, note == null || note.isBlank() ? null : note.strip(),
                    by, now));
        }
        return out;
    }

    static void insert(Connection c, Assignment a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO assignment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, a.articleId());
            ps.setString(2, a.role().name());
            ps.setString(3, a.assignee());
            ps.setObject(4, Jdbc.toDb(a.due()));
            ps.setString(5, a.note());
            ps.setString(6, a.by());
            ps.setObject(7, Jdbc.toDb(a.assigned()));
            ps.executeUpdate();
        }
    }

    /** An article's assignments, by role. */
    public List<Assignment> of(long articleId) {
        return jdbc.read("read the assignments of article " + articleId,
                c -> query(c, " WHERE article_id = ? ORDER BY role", articleId));
    }

    /** The assignments of these articles (the table's assignee column), by article. */
    public Map<Long, List<Assignment>> ofArticles(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.read("read assignments", c -> {
            Map<Long, List<Assignment>> out = new LinkedHashMap<>();
            for (Assignment a : query(c, " WHERE article_id IN (" + String.join(", ",
                    java.util.Collections.nCopies(articleIds.size(), "?")) + ") ORDER BY role", articleIds.toArray())) {
                out.computeIfAbsent(a.articleId(), k -> new ArrayList<>()).add(a);
            }
            return out;
        });
    }

    /** The ids of the articles outside the Trash assigned to {@code assignee} (any role). */
    public List<Long> assignedTo(String assignee) {
        return jdbc.read("read the articles assigned to " + assignee, c -> ids(c,
                "SELECT DISTINCT s.article_id FROM assignment s JOIN article a ON a.id = s.article_id"
                        + " WHERE s.assignee = ? AND a.trashed IS NULL ORDER BY s.article_id", assignee));
    }

    /** The ids of the articles outside the Trash with an assignment due before {@code now}. */
    public List<Long> overdue(Instant now) {
        return jdbc.read("read the overdue articles", c -> ids(c,
                "SELECT DISTINCT s.article_id FROM assignment s JOIN article a ON a.id = s.article_id"
                        + " WHERE s.due < ? AND a.trashed IS NULL AND a.status NOT IN ('PUBLISHED', 'SPIKED')"
                        + " ORDER BY s.article_id", Jdbc.toDb(now)));
    }

    private static List<Long> ids(Connection c, String sql, Object arg) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static List<Assignment> query(Connection c, String where, Object... args) throws SQLException {
        List<Assignment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM assignment" + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime due = rs.getObject(4, OffsetDateTime.class);
                    out.add(new Assignment(rs.getLong(1), Assignment.Role.valueOf(rs.getString(2)), rs.getString(3),
                            due == null ? null : due.toInstant(), rs.getString(5), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return out;
    }
}
