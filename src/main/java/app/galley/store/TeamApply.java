package app.galley.store;

import app.galley.store.TeamLocal.Applied;
import app.galley.store.TeamLocal.Base;
import app.galley.store.TeamLocal.Conflict;
import app.galley.store.TeamLocal.Incoming;
import app.galley.store.TeamLocal.Merged;
import app.galley.store.TeamLocal.Merger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies one change from the team server inside the transaction {@link TeamLocal#applyAll} holds:
 * written as it came if the article did not change here, merged if it did (the losing text kept as
 * a revision), the same story imported here too taken in, a deletion done unless the article was
 * edited here.
 */
final class TeamApply {

    private final Connection c;
    private final Clock clock;

    TeamApply(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    /**
     * @param adopt an article of this library, never shared, that the service found to be the same
     *              story as the incoming one (a near-duplicate), or null
     */
    Applied apply(Incoming in, Merger merger, Function<String, byte[]> fromServer, String member, Long adopt)
            throws SQLException {
        Optional<Base> base = TeamLocal.base(c, in.uid());
        if (base.isPresent() && base.get().seq() >= in.seq()) {
            return Applied.SKIPPED;
        }
        TeamRows rows = new TeamRows(c, hash -> fromServer.apply(hash), clock.instant());
        Long id = rows.idOf("article", in.uid());
        if (id == null && !in.deleted() && adopt != null) {
            takeIn(c, in, adopt); // a near-duplicate imported here, not shared yet: the same story
            id = adopt;
        }
        if (id == null && !in.deleted()) {
            Optional<Applied> same = sameStory(c, in);
            if (same.isPresent()) {
                return same.get();
            }
            id = rows.idOf("article", in.uid());
        }
        if (id != null) {
            TeamLocal.identify(c, id, member); // rows made here since the last push get their uids before merging
        }
        TeamSnapshots.Snapshot here = id == null ? null : TeamSnapshots.read(c, id);
        Function<String, byte[]> blobs = hash -> here != null && here.blobs().containsKey(hash)
                ? here.blobs().get(hash) : fromServer.apply(hash);
        boolean changedHere = id != null && dirtyMark(c, id) != null
                && (base.isEmpty() || !here.json().equals(base.get().snapshot()));
        if (in.deleted()) {
            if (changedHere) {
                // edited here: it stays, and goes up again on the deletion (an empty base: nothing in common)
                TeamLocal.putBase(c, in.uid(), in.seq(), TeamSnapshots.JSON.createObjectNode());
                return Applied.KEPT_EDITED;
            }
            if (id != null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                clear(c, id);
            }
            TeamLocal.putBase(c, in.uid(), in.seq(), null);
            return Applied.DELETED;
        }
        ObjectNode target = in.snapshot();
        List<Conflict> conflicts = List.of();
        if (changedHere) {
            Merged m = merger.merge(base.map(Base::snapshot).orElse(null), here.json(), in.snapshot());
            target = m.snapshot();
            conflicts = m.conflicts();
        }
        long articleId = new TeamRows(c, blobs, clock.instant()).write(target, here);
        if (here == null) {
            // deleted here (the Trash emptied) while another member edited it: the edit wins, nothing is
            // lost, and the deletion waiting to go up is dropped
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM team_dirty WHERE uid = ? AND article_id <> ?")) {
                ps.setString(1, in.uid());
                ps.setLong(2, articleId);
                ps.executeUpdate();
            }
        }
        TeamLocal.putBase(c, in.uid(), in.seq(), in.snapshot());
        if (target.equals(in.snapshot())) {
            clear(c, articleId);
        }
        for (Conflict k : conflicts) {
            if (k.field().equals("body")) {
                // the losing edit of the text is a revision too, for the History compare
                revision(c, articleId, k.mine(), "conflict: this edit overlapped " + in.member() + "'s, saved first");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_conflict (article_uid, field, mine, theirs,"
                    + " member, created) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, in.uid());
                ps.setString(2, k.field());
                ps.setString(3, k.mine());
                ps.setString(4, k.theirs());
                ps.setString(5, in.member());
                ps.setObject(6, Jdbc.toDb(clock.instant()));
                ps.executeUpdate();
            }
        }
        String latest = latestRevisionBody(c, articleId);
        if (changedHere && (latest == null || !latest.equals(target.get("article").get("body").asText()))) {
            // the text as it stands is the newest revision (annotations are placed on it)
            revision(c, articleId, null, "merged with " + in.member() + "'s edit");
        }
        return changedHere ? Applied.MERGED : Applied.WRITTEN;
    }

    /** Adds a revision of the article's title and {@code body} (its current body if null). */
    private void revision(Connection c, long articleId, String body, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision (article_id, created, title, body, note)"
                + " SELECT id, ?, title, COALESCE(?, body), ? FROM article WHERE id = ?")) {
            ps.setObject(1, Jdbc.toDb(clock.instant()));
            ps.setString(2, body);
            ps.setString(3, note);
            ps.setLong(4, articleId);
            ps.executeUpdate();
        }
    }

    private static String latestRevisionBody(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM revision WHERE article_id = ? ORDER BY id DESC")) {
            ps.setLong(1, articleId);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * The same story imported by two members (the same content): one article after sync. An import
     * here not yet shared takes the incoming article's uid and merges into it, its own import kept as
     * a revision naming where it came from; two shared ones become the one whose uid sorts first (the
     * other is deleted by whichever member holds it, after merging into the first).
     */
    private Optional<Applied> sameStory(Connection c, Incoming in) throws SQLException {
        String hash = in.snapshot().path("article").path("content_hash").asText(null);
        long id;
        String uid;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, uid FROM article WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                uid = rs.getString(2);
            }
        }
        if (uid != null && uid.compareTo(in.uid()) < 0) {
            TeamLocal.putBase(c, in.uid(), in.seq(), in.snapshot());
            return Optional.of(Applied.SKIPPED); // ours stays; the other member merges theirs into it
        }
        if (uid != null) {
            // ours gives way: deleted on the server once this merge goes up (a row of its own, no article)
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_dirty (article_id, uid, mark) VALUES (?, ?, 1)")) {
                ps.setLong(1, -id);
                ps.setString(2, uid);
                ps.executeUpdate();
            }
        }
        takeIn(c, in, id);
        return Optional.empty();
    }

    /** The article here becomes the incoming one (its uid), its own import kept as a revision saying where from. */
    private void takeIn(Connection c, Incoming in, long id) throws SQLException {
        TeamLocal.update(c, "UPDATE article SET uid = ? WHERE id = ?", in.uid(), id);
        // the document as it was brought here stays, as an attachment (the article's original is the colleague's)
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attachment (article_id, position, name, media_type,"
                + " content, size_bytes, caption) SELECT article_id, COALESCE((SELECT MAX(position) FROM attachment"
                + " WHERE article_id = ?), -1) + 1, COALESCE(location, 'original'), media_type, content, size_bytes, ?"
                + " FROM article_original WHERE article_id = ?")) {
            ps.setLong(1, id);
            ps.setString(2, "imported here too");
            ps.setLong(3, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision (article_id, created, title, body, note)"
                + " SELECT id, ?, title, body, ? FROM article WHERE id = ?")) {
            ps.setObject(1, Jdbc.toDb(clock.instant()));
            ps.setString(2, "imported here too: " + provenance(c, id));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    private static String provenance(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT o.location, a.source, a.created FROM article a"
                + " LEFT JOIN article_original o ON o.article_id = a.id WHERE a.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String where = rs.getString(1) != null ? rs.getString(1) : rs.getString(2) != null ? rs.getString(2) : "?";
                return where + " at " + rs.getObject(3, java.time.OffsetDateTime.class).toInstant();
            }
        }
    }

    static Long dirtyMark(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT mark FROM team_dirty WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void clear(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM team_dirty WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }
}
