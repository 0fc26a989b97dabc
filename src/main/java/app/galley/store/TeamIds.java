package app.galley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

/** The global ids (uids) of a member's articles and outbox jobs (issue 22, ADR 25). */
public final class TeamIds {

    private final Jdbc jdbc;

    TeamIds(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** An outbox job's uid, and whether it had one already (it may then be on other members' machines). */
    public record JobId(String uid, boolean shared) {
    }

    /** The outbox job's uid, given now if it has none (so that it can be claimed on the server). */
    public Optional<JobId> jobUid(long jobId) {
        return jdbc.transaction("name an outbox job for the team", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM outbox_job WHERE id = ?")) {
                ps.setLong(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<JobId>empty();
                    }
                    if (rs.getString(1) != null) {
                        return Optional.of(new JobId(rs.getString(1), true));
                    }
                }
            }
            String uid = UUID.randomUUID().toString();
            TeamLocal.update(c, "UPDATE outbox_job SET uid = ? WHERE id = ?", uid, jobId);
            return Optional.of(new JobId(uid, false));
        });
    }

    /** The article's uid, if it was ever shared. */
    public Optional<String> uid(long articleId) {
        return jdbc.read("read an article's team id", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM article WHERE id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
