package app.galley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the cleaning rules keep in the library: rule sets as JSON documents (the store does not read
 * them), lines confirmed as a source's boilerplate, and the bodies the learner reads.
 */
public final class CleaningRulesRepository {

    private final Jdbc jdbc;
    private final Clock clock;

    CleaningRulesRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The rule set saved under this name, as JSON. */
    public Optional<String> ruleSet(String name) {
        return jdbc.read("read rule set " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT definition FROM rule_set WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Saves (or replaces) a rule set. */
    public void saveRuleSet(String name, String json) {
        jdbc.transaction("save rule set " + name, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM rule_set WHERE name = ?")) {
                del.setString(1, name);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO rule_set (name, definition, updated) VALUES (?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, json);
                ps.setObject(3, Jdbc.toDb(clock.instant()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Lines confirmed as boilerplate of {@code source}, by their comparison key. */
    public Map<String, String> boilerplate(String source) {
        return jdbc.read("read the boilerplate of " + source, c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT line_key, line FROM source_boilerplate WHERE source = ? ORDER BY confirmed, line_key")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** Confirms a line as boilerplate of a source (again: nothing changes). */
    public void confirmBoilerplate(String source, String key, String line) {
        jdbc.transaction("confirm boilerplate of " + source, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM source_boilerplate WHERE source = ? AND line_key = ?")) {
                ps.setString(1, source);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return null;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO source_boilerplate (source, line_key, line, confirmed) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, source);
                ps.setString(2, key);
                ps.setString(3, line);
                ps.setObject(4, Jdbc.toDb(clock.instant()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** No longer treats the line as the source's boilerplate. */
    public void forgetBoilerplate(String source, String key) {
        jdbc.transaction("forget boilerplate of " + source, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM source_boilerplate WHERE source = ? AND line_key = ?")) {
                ps.setString(1, source);
                ps.setString(2, key);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The bodies as imported (first revisions: cleaning has not yet taken their boilerplate) of the
     * latest {@code limit} articles of a source: what the learner reads.
     */
    public List<String> bodiesFrom(String source, int limit) {
        return jdbc.read("read the articles of " + source, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT r.body FROM article a JOIN revision r ON r.article_id = a.id WHERE a.source = ?"
                            + " AND r.id = (SELECT MIN(id) FROM revision WHERE article_id = a.id) ORDER BY a.id DESC")) {
                ps.setString(1, source);
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
