package app.galley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether a library's schema is already at the version this build's migrations make, read from
 * Flyway's own history table in one query: a library opened as it is every day skips Flyway, whose
 * scan of the application's jar for migrations took a third of a second at every start (issue 18).
 * Anything else (a new library, an older schema, a newer one, a failed migration, a history this does
 * not understand) is left to Flyway, which migrates or refuses as before.
 */
final class SchemaVersion {

    /** The version of the newest migration in {@code db/migration} (a test keeps the two in step). */
    static final int LATEST = 23;

    private SchemaVersion() {
    }

    /** True only when the history shows every migration up to {@link #LATEST} applied and none failed or newer. */
    static boolean current(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            int highest = -1;
            int applied = 0;
            while (r.next()) {
                String version = r.getString(1);
                if (!r.getBoolean(2)) {
                    return false;
                }
                if (version == null) {
                    continue; // a baseline or repeatable row: none of Galley's, so Flyway decides
                }
                if (!version.matches("\\d+")) {
                    return false;
                }
                highest = Math.max(highest, Integer.parseInt(version));
                applied++;
            }
            return highest == LATEST && applied == LATEST;
        } catch (SQLException | NumberFormatException e) {
            return false; // no history yet (a new library) or one of another shape: Flyway's to read
        }
    }
}
