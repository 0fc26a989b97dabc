package app.galley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Saved feeds and the items already taken from them. */
public final class FeedRepository {

    /** A saved feed. */
    public record Feed(long id, String url, String title) {
    }

    /** A saved feed as the feed list shows it: how many items were taken, when it was last refreshed. */
    public record Overview(Feed feed, int items, int articles, java.time.Instant lastRefreshed) {
    }

    private final Jdbc jdbc;
    private final Clock clock;

    FeedRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }


    /** The saved feed with this address, saving it first if needed. */
    public Feed save(String url, String title) {
        return jdbc.transaction("save feed " + url, c -> {
            Optional<Feed> existing = find(c, url);
            if (existing.isPresent()) {
                if (title != null && !title.equals(existing.get().title())) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE feed SET title = ? WHERE id = ?")) {
                        ps.setString(1, title);
                        ps.setLong(2, existing.get().id());
                        ps.executeUpdate();
                    }
                    return new Feed(existing.get().id(), url, title);
                }
                return existing.get();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed (url, title, created) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, url);
                ps.setString(2, title);
                ps.setObject(3, Jdbc.toDb(clock.instant()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Feed(keys.getLong(1), url, title);
                }
            }
        });
    }

    private static Optional<Feed> find(java.sql.Connection c, String url) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, url, title FROM feed WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Feed(rs.getLong(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    public List<Feed> all() {
        return jdbc.read("list feeds", c -> {
            List<Feed> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, url, title FROM feed ORDER BY id")) {
                while (rs.next()) {
                    out.add(new Feed(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /**
     * The article an item of the feed became, if it was taken before: its id, or -1 when it became none
     * (its link waits in the fetch queue); empty if it was never taken.
     */
    public java.util.Optional<Long> seenAs(long feedId, String itemKey) {
        return jdbc.read("check feed item", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT article_id FROM feed_item WHERE feed_id = ? AND item_key = ?")) {
                ps.setLong(1, feedId);
                ps.setString(2, itemKey);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return java.util.Optional.<Long>empty();
                    }
                    long id = rs.getLong(1);
                    return java.util.Optional.of(rs.wasNull() ? -1L : id);
                }
            }
        });
    }

    /** Remembers that an item was taken (with the article it became, if any). */
    public void markSeen(long feedId, String itemKey, Long articleId) {
        jdbc.transaction("remember feed item", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_item (feed_id, item_key, article_id, seen)"
                    + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM feed_item WHERE feed_id = ? AND item_key = ?)")) {
                ps.setLong(1, feedId);
                ps.setString(2, itemKey);
                if (articleId == null) {
                    ps.setNull(3, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(3, articleId);
                }
                ps.setObject(4, Jdbc.toDb(clock.instant()));
                ps.setLong(5, feedId);
                ps.setString(6, itemKey);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void markRefreshed(long feedId) {
        jdbc.transaction("mark feed refreshed", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE feed SET last_refreshed = ? WHERE id = ?")) {
                ps.setObject(1, Jdbc.toDb(clock.instant()));
                ps.setLong(2, feedId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every saved feed with its counts, by title. */
    public List<Overview> overview() {
        return jdbc.read("list feeds", c -> {
            List<Overview> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT f.id, f.url, f.title, f.last_refreshed,"
                         + " (SELECT COUNT(*) FROM feed_item i WHERE i.feed_id = f.id),"
                         + " (SELECT COUNT(*) FROM feed_item i WHERE i.feed_id = f.id AND i.article_id IS NOT NULL)"
                         + " FROM feed f ORDER BY LOWER(COALESCE(f.title, f.url)), f.id")) {
                while (rs.next()) {
                    java.time.OffsetDateTime refreshed = rs.getObject(4, java.time.OffsetDateTime.class);
                    out.add(new Overview(new Feed(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getInt(5),
                            rs.getInt(6), refreshed == null ? null : refreshed.toInstant()));
                }
            }
            return out;
        });
    }

    /**
     * Forgets a saved feed and which of its items were taken; the articles imported from it stay.
     * False if there was no such feed.
     */
    public boolean remove(long feedId) {
        return jdbc.transaction("remove feed " + feedId, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM feed WHERE id = ?")) {
                ps.setLong(1, feedId);
                return ps.executeUpdate() == 1;
            }
        });
    }
}
