package app.galley.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A team library's PostgreSQL server (issue 22): reaching it, and preparing an empty database with
 * the same migrations as every library. Each way it can go wrong is one sentence naming the server,
 * and nothing local is touched.
 */
public final class TeamServer {

    private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:jdbc:)?postgres(?:ql)?://([^/?#\\s]+)/([^/?#\\s]+)(\\?\\S*)?$");

    /** A team server's address, as {@code postgresql://HOST[:PORT]/DATABASE[?sslmode=…]}. */
    public record Address(String host, String database, String query) {

        /**
         * @throws IllegalArgumentException for anything else, saying what the address should look like
         */
        public static Address parse(String text) {
            Matcher m = ADDRESS.matcher(text == null ? "" : text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a team server address: \"" + text
                        + "\" (expected postgresql://HOST[:PORT]/DATABASE, optionally ?sslmode=require)");
            }
            return new Address(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3));
        }

        /** The address as it is kept: {@code postgresql://HOST[:PORT]/DATABASE[?…]}. */
        public String url() {
            return "postgresql://" + host + "/" + database + query;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://" + host + "/" + database + query;
        }

        @Override
        public String toString() {
            return "postgresql://" + host + "/" + database;
        }
    }

    /** What {@link #init} found and did. */
    public enum Outcome { PREPARED, ALREADY_CURRENT, UPGRADED }

    /** Why a team server cannot be used, in one sentence for the editor. */
    public static final class Problem extends Exception {
        public Problem(String message) {
            super(message);
        }
    }

    private TeamServer() {
    }

    static PGSimpleDataSource dataSource(Address address, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(address.jdbcUrl());
        ds.setUser(user);
        ds.setPassword(password);
        ds.setConnectTimeout(10);
        ds.setApplicationName("Galley");
        return ds;
    }

    /**
     * Prepares the database at {@code address} as a team library: an empty database gets every
     * migration; a Galley team database at an older schema is migrated; one at this schema is left as
     * it is. Refused: a database holding other tables, a Galley database newer than this build.
     */
    public static Outcome init(Address address, String user, String password) throws Problem {
        PGSimpleDataSource ds = dataSource(address, user, password);
        boolean galley;
        try (Connection c = ds.getConnection()) {
            galley = hasTable(c, "flyway_schema_history") && hasTable(c, "article");
            if (!galley && hasAnyTable(c)) {
                throw new Problem(address + " is not a Galley team database: it holds other tables"
                        + " (use an empty database)");
            }
            if (galley && SchemaVersion.current(ds)) {
                return Outcome.ALREADY_CURRENT;
            }
            int newest = galley ? newestVersion(c) : 0;
            if (newest > SchemaVersion.LATEST) {
                throw new Problem(address + " holds a newer Galley library (schema " + newest + ", this Galley knows "
                        + SchemaVersion.LATEST + "): update Galley");
            }
        } catch (SQLException e) {
            throw new Problem(describe(address, user, e));
        }
        try {
            Library.migrate(ds);
        } catch (RuntimeException e) {
            throw new Problem("preparing " + address + " failed: " + LibraryRecovery.rootMessage(e));
        }
        return galley ? Outcome.UPGRADED : Outcome.PREPARED;
    }

    /**
     * Checks that the database is a team library of this Galley's schema; returns the team's id (made
     * the first time it is asked), which tells one team database from another at the same address.
     *
     * @throws Problem naming what is wrong: unreachable, refused, not a Galley team database, or a
     *                 schema older or newer than this Galley's
     */
    static String check(PGSimpleDataSource ds, Address address, String user) throws Problem {
        try (Connection c = ds.getConnection()) {
            if (!hasTable(c, "flyway_schema_history") || !hasTable(c, "article")) {
                throw new Problem(address + " is not a Galley team database (prepare an empty one with galley team init)");
            }
            if (SchemaVersion.current(ds)) {
                return teamId(c);
            }
            int newest = newestVersion(c);
            throw new Problem(newest > SchemaVersion.LATEST
                    ? address + " holds a newer Galley library (schema " + newest + ", this Galley knows "
                            + SchemaVersion.LATEST + "): update Galley"
                    : address + " holds an older Galley library (schema " + newest + ", this Galley needs "
                            + SchemaVersion.LATEST + "): upgrade it with galley team init");
        } catch (SQLException e) {
            throw new Problem(describe(address, user, e));
        }
    }

    private static String teamId(Connection c) throws SQLException {
        String read = "SELECT setting_value FROM library_setting WHERE name = 'team.id'";
        try (var st = c.createStatement(); ResultSet r = st.executeQuery(read)) {
            if (r.next()) {
                return r.getString(1);
            }
        }
        try (var ps = c.prepareStatement("INSERT INTO library_setting (name, setting_value) VALUES ('team.id', ?)")) {
            ps.setString(1, java.util.UUID.randomUUID().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e; // else another member's first connection made it just now
            }
        }
        try (var st = c.createStatement(); ResultSet r = st.executeQuery(read)) {
            r.next();
            return r.getString(1);
        }
    }

    /** One sentence for a failed connection, by PostgreSQL's error class. */
    static String describe(Address address, String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return "the server at " + address.host() + " refused user \"" + user + "\": wrong user name or password";
        }
        if (state.equals("3D000")) {
            return "the server at " + address.host() + " has no database \"" + address.database() + "\"";
        }
        if (state.startsWith("08")) {
            return "cannot reach the team server at " + address.host() + " (offline, or no PostgreSQL there)";
        }
        if (state.equals("42501")) {
            return "user \"" + user + "\" may not create tables in " + address + ": grant it the rights on its schema";
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return address + ": " + message.lines().findFirst().orElse(message).toLowerCase(Locale.ROOT);
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet r = meta.getTables(null, c.getSchema(), name, new String[] {"TABLE"})) {
            return r.next();
        }
    }

    private static boolean hasAnyTable(Connection c) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            return r.next();
        }
    }

    private static int newestVersion(Connection c) throws SQLException {
        try (var s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            int newest = 0;
            while (r.next()) {
                String v = r.getString(1);
                if (v != null && v.matches("\\d+")) {
                    newest = Math.max(newest, Integer.parseInt(v));
                }
            }
            return newest;
        }
    }
}
