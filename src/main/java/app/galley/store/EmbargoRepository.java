package app.galley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Embargoes (issue 23): until when an article may not be published. */
public final class EmbargoRepository {

    private final Jdbc jdbc;
    private final Clock clock;

    EmbargoRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sets the article's embargo ({@code until} null: lifts it), as {@code by}. */
    public void set(long articleId, Instant until, String by) {
        jdbc.transaction(until == null ? "lift the embargo of article " + articleId : "embargo article " + articleId, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM article_embargo WHERE article_id = ?")) {
                del.setLong(1, articleId);
                del.executeUpdate();
            }
            if (until != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_embargo (article_id, until, set_by, set_at)"
                        + " VALUES (?, ?, ?, ?)")) {
                    ps.setLong(1, articleId);
                    ps.setObject(2, Jdbc.toDb(until));
                    ps.setString(3, by);
                    ps.setObject(4, Jdbc.toDb(clock.instant()));
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The article's embargo, if it has one. */
    public Optional<Instant> of(long articleId) {
        return jdbc.read("read the embargo of article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT until FROM article_embargo WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getObject(1, OffsetDateTime.class).toInstant()) : Optional.<Instant>empty();
                }
            }
        });
    }
}
