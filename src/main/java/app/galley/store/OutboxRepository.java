package app.galley.store;

import app.galley.model.OutboxJob;
import app.galley.model.Publication;
import app.galley.model.PublishTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Publishing targets, the outbox of publish jobs, and where each article was published. */
public final class OutboxRepository {

    private static final String JOB = "SELECT id, article_id, target_id, action, remote_status, state, attempts,"
            + " next_attempt, last_error, created, updated, queued_by FROM outbox_job";
    private final Jdbc jdbc;
    private final Clock clock;

    OutboxRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- targets

    /** Adds a target, or changes the address and user of the one of that name. */
    public PublishTarget saveTarget(String name, String kind, String siteUrl, String username) {
        return jdbc.transaction("save the publishing target " + name, c -> {
            Optional<PublishTarget> existing = targets(c, " WHERE name = ?", name).stream().findFirst();
            if (existing.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE publish_target SET kind = ?, site_url = ?, username = ? WHERE id = ?")) {
                    ps.setString(1, kind);
                    ps.setString(2, siteUrl);
                    ps.setString(3, username);
                    ps.setLong(4, existing.get().id());
                    ps.executeUpdate();
                }
                return new PublishTarget(existing.get().id(), name, kind, siteUrl, username);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO publish_target (name, kind, site_url, username, created)"
                    + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, kind);
                ps.setString(3, siteUrl);
                ps.setString(4, username);
                ps.setObject(5, Jdbc.toDb(clock.instant()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new PublishTarget(keys.getLong(1), name, kind, siteUrl, username);
                }
            }
        });
    }

    public Optional<PublishTarget> target(String name) {
        return targets(" WHERE name = ?", name).stream().findFirst();
    }

    public Optional<PublishTarget> target(long id) {
        return targets(" WHERE id = ?", id).stream().findFirst();
    }

    public List<PublishTarget> targets() {
        return targets(" ORDER BY name", null);
    }

    private List<PublishTarget> targets(String where, Object param) {
        return jdbc.read("read the publishing targets", c -> targets(c, where, param));
    }

    private static List<PublishTarget> targets(Connection c, String where, Object param) throws SQLException {
        List<PublishTarget> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, kind, site_url, username FROM publish_target" + where)) {
            if (param != null) {
                ps.setObject(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PublishTarget(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    // --- jobs

    /** Stores a job, waiting to be sent now. */
    public OutboxJob enqueue(long articleId, long targetId, OutboxJob.Action action, String remoteStatus) {
        return enqueue(articleId, targetId, action, remoteStatus, null);
    }

    /** Stores a job asked for by {@code queuedBy}, waiting to be sent now. */
    public OutboxJob enqueue(long articleId, long targetId, OutboxJob.Action action, String remoteStatus, String queuedBy) {
        return enqueue(articleId, targetId, action, remoteStatus, queuedBy, null);
    }

    /** As the five-argument form, not sent before {@code notBefore} (null: now): a scheduled publish (issue 23). */
    public OutboxJob enqueue(long articleId, long targetId, OutboxJob.Action action, String remoteStatus, String queuedBy,
                             Instant notBefore) {
        Instant now = clock.instant();
        Instant first = notBefore != null && notBefore.isAfter(now) ? notBefore : now;
        long id = jdbc.transaction("queue a publish of article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_job (article_id, target_id, action,"
                    + " remote_status, state, attempts, next_attempt, created, updated, queued_by)"
                    + " VALUES (?, ?, ?, ?, 'WAITING', 0, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, articleId);
                ps.setLong(2, targetId);
                ps.setString(3, action.name());
                ps.setString(4, remoteStatus);
                ps.setObject(5, Jdbc.toDb(first));
                ps.setObject(6, Jdbc.toDb(now));
                ps.setObject(7, Jdbc.toDb(now));
                ps.setString(8, queuedBy);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return job(id).orElseThrow();
    }

    public Optional<OutboxJob> job(long id) {
        List<OutboxJob> found = jobs(JOB + " WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every job, newest first. */
    public List<OutboxJob> jobs() {
        return jobs(JOB + " ORDER BY id DESC", null);
    }

    /**
     * Claims the next job due at {@code now}: marks it SENDING and returns it, or empty. A job is
     * claimed by one sender only (the state changes from WAITING in the same statement that checks it).
     */
    public Optional<OutboxJob> claimDue(Instant now) {
        for (OutboxJob j : jobs(JOB + " WHERE state = 'WAITING' AND next_attempt <= ? ORDER BY next_attempt, id", now)) {
            int n = jdbc.transaction("claim outbox job " + j.id(), c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_job SET state = 'SENDING', updated = ?"
                        + " WHERE id = ? AND state = 'WAITING'")) {
                    ps.setObject(1, Jdbc.toDb(clock.instant()));
                    ps.setLong(2, j.id());
                    return ps.executeUpdate();
                }
            });
            if (n == 1) {
                return job(j.id());
            }
        }
        return Optional.empty();
    }

    /** Jobs left SENDING by a sender that stopped (a crash, a closed window) wait again. */
    public int resumeInterrupted() {
        return jdbc.transaction("resume interrupted outbox jobs", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_job SET state = 'WAITING' WHERE state = 'SENDING'")) {
                return ps.executeUpdate();
            }
        });
    }

    /** Records what became of a job: its new state, attempts, next attempt and error. */
    public void update(long id, OutboxJob.State state, int attempts, Instant nextAttempt, String error) {
        jdbc.transaction("update outbox job " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_job SET state = ?, attempts = ?, next_attempt = ?,"
                    + " last_error = ?, updated = ? WHERE id = ?")) {
                ps.setString(1, state.name());
                ps.setInt(2, attempts);
                ps.setObject(3, Jdbc.toDb(nextAttempt));
                ps.setString(4, error == null || error.length() <= 4000 ? error : error.substring(0, 3999) + "…");
                ps.setObject(5, Jdbc.toDb(clock.instant()));
                ps.setLong(6, id);
                return ps.executeUpdate();
            }
        });
    }

    private List<OutboxJob> jobs(String sql, Object param) {
        return jdbc.read("read the outbox", c -> {
            List<OutboxJob> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (param instanceof Instant at) {
                    ps.setObject(1, Jdbc.toDb(at));
                } else if (param instanceof Long id) {
                    ps.setLong(1, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new OutboxJob(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                OutboxJob.Action.valueOf(rs.getString(4)), rs.getString(5),
                                OutboxJob.State.valueOf(rs.getString(6)), rs.getInt(7), instant(rs, 8), rs.getString(9),
                                instant(rs, 10), instant(rs, 11), rs.getString(12)));
                    }
                }
            }
            return out;
        });
    }

    // --- publications

    public Optional<Publication> publication(long articleId, long targetId) {
        return publications(" WHERE article_id = ? AND target_id = ?", articleId, targetId).stream().findFirst();
    }

    /** Where one article was published, on every target. */
    public List<Publication> publicationsOf(long articleId) {
        return publications(" WHERE article_id = ?", articleId, null);
    }

    /** Where every article went, read at once (the outbox lists many jobs). */
    public List<Publication> publications() {
        return publications("", null, null);
    }

    private List<Publication> publications(String where, Long articleId, Long targetId) {
        return jdbc.read("read where articles were published", c -> {
            List<Publication> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, target_id, remote_id, remote_url, remote_status,"
                    + " updated FROM publication" + where)) {
                if (articleId != null) {
                    ps.setLong(1, articleId);
                }
                if (targetId != null) {
                    ps.setLong(2, targetId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Publication(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                                instant(rs, 6)));
                    }
                }
            }
            return out;
        });
    }

    /** Remembers where an article is on a target (and that the job doing it is done), in one transaction. */
    public void published(long jobId, Publication p) {
        jdbc.transaction("record the publication of article " + p.articleId(), c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM publication WHERE article_id = ? AND target_id = ?")) {
                del.setLong(1, p.articleId());
                del.setLong(2, p.targetId());
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO publication (article_id, target_id, remote_id,"
                    + " remote_url, remote_status, updated) VALUES (?, ?, ?, ?, ?, ?)")) {
                ins.setLong(1, p.articleId());
                ins.setLong(2, p.targetId());
                ins.setLong(3, p.remoteId());
                ins.setString(4, p.remoteUrl());
                ins.setString(5, p.remoteStatus());
                ins.setObject(6, Jdbc.toDb(p.updated()));
                ins.executeUpdate();
            }
            try (PreparedStatement job = c.prepareStatement("UPDATE outbox_job SET state = 'DONE', last_error = NULL,"
                    + " attempts = attempts + 1, updated = ? WHERE id = ?")) {
                job.setObject(1, Jdbc.toDb(clock.instant()));
                job.setLong(2, jobId);
                job.executeUpdate();
            }
            return null;
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime odt = rs.getObject(column, OffsetDateTime.class);
        return odt == null ? null : odt.toInstant();
    }
}
