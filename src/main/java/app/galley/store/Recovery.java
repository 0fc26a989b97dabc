package app.galley.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.h2.util.ScriptReader;

/**
 * Recovery of an embedded library's store: the damaged file moved aside (never deleted), the rows
 * H2's recovery tool can still read from it, and the merge of rows from one store into another.
 */
final class Recovery {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** Tables whose rows a merge leaves alone: the schema history and the change sequence. */
    private static final Set<String> NOT_MERGED = Set.of("flyway_schema_history", "LIBRARY_CHANGE");

    private Recovery() {
    }

    /** Moves the store (and its lock and trace files) into a new {@code damaged-<time>/} folder. */
    static Path moveAside(Path dir, Clock clock, String why) throws IOException {
        Path aside = dir.resolve("damaged-" + STAMP.format(clock.instant()));
        for (int i = 2; Files.exists(aside); i++) {
            aside = dir.resolve("damaged-" + STAMP.format(clock.instant()) + "-" + i);
        }
        Files.createDirectories(aside);
        StoreFiles.ownerOnly(aside);
        for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
            Path f = dir.resolve(Library.DB_NAME + suffix);
            if (Files.exists(f)) {
                Files.move(f, aside.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.writeString(aside.resolve("README.txt"), "Galley moved this library store here because " + why
                + ".\nIt is kept as it was; Galley recovered what it could from it into the library.\n");
        return aside;
    }

    /**
     * Reads what H2's recovery tool can from the store in {@code aside} into a private in-memory
     * database, statement by statement (one unreadable row does not stop the rest). The caller closes
     * the returned connection.
     */
    static Connection salvage(Path aside) throws SQLException, IOException {
        org.h2.tools.Recover.execute(aside.toString(), Library.DB_NAME);
        Path script = aside.resolve(Library.DB_NAME + ".h2.sql");
        Connection mem = DriverManager.getConnection("jdbc:h2:mem:salvage-" + System.nanoTime(), "sa", "");
        try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8);
             Statement st = mem.createStatement()) {
            ScriptReader reader = new ScriptReader(in);
            for (String sql = reader.readStatement(); sql != null; sql = reader.readStatement()) {
                String head = sql.strip().toUpperCase(Locale.ROOT);
                // the script's helper functions are Java classes, which Galley's H2 refuses to bind
                if (head.startsWith("CREATE ALIAS") || head.startsWith("DROP ALIAS")
                        || head.startsWith("CREATE USER") || head.startsWith("ALTER USER")) {
                    continue;
                }
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    // an unreadable row or object: the rest goes on
                }
            }
        }
        return mem;
    }

    /** What a merge did, per table: rows added and rows replaced. */
    record Merged(Map<String, Integer> added, Map<String, Integer> replaced) {
        int total() {
            return added.values().stream().mapToInt(Integer::intValue).sum()
                    + replaced.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Copies into {@code target} the rows of {@code source} it lacks (by primary key, or by every
     * column where a table has none); with {@code replace}, rows both have take {@code source}'s
     * values. Identity counters are moved past the largest id afterwards.
     */
    static Merged merge(Connection source, Connection target, boolean replace) throws SQLException {
        Map<String, Integer> added = new LinkedHashMap<>();
        Map<String, Integer> replaced = new LinkedHashMap<>();
        Set<String> sourceTables = new HashSet<>(EmbeddedStore.tables(source));
        boolean auto = target.getAutoCommit();
        target.setAutoCommit(false);
        try (Statement st = target.createStatement()) {
            st.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : EmbeddedStore.tables(target)) {
                if (NOT_MERGED.contains(table) || !sourceTables.contains(table)) {
                    continue;
                }
                int[] counts = mergeTable(source, target, table, replace);
                if (counts[0] > 0) {
                    added.put(table, counts[0]);
                }
                if (counts[1] > 0) {
                    replaced.put(table, counts[1]);
                }
            }
            restartIdentities(target);
            target.commit();
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        } finally {
            try (Statement st = target.createStatement()) {
                st.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
            target.setAutoCommit(auto);
        }
        return new Merged(added, replaced);
    }

    private static int[] mergeTable(Connection source, Connection target, String table, boolean replace)
            throws SQLException {
        List<String> columns = columns(target, table);
        columns.retainAll(columns(source, table));
        List<String> key = primaryKey(target, table);
        if (key.isEmpty() || !columns.containsAll(key)) {
            key = columns;
        }
        Set<List<Object>> present = keys(target, table, key);
        String cols = quoted(columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        int added = 0;
        int replacedRows = 0;
        try (Statement sst = source.createStatement();
             ResultSet rs = sst.executeQuery("SELECT " + cols + " FROM \"" + table + "\"");
             PreparedStatement insert = target.prepareStatement(
                     "INSERT INTO \"" + table + "\" (" + cols + ") VALUES (" + marks + ")");
             PreparedStatement merge = target.prepareStatement(
                     "MERGE INTO \"" + table + "\" (" + cols + ") KEY (" + quoted(key) + ") VALUES (" + marks + ")")) {
            while (rs.next()) {
                List<Object> k = new ArrayList<>();
                for (String c : key) {
                    k.add(normalise(rs.getObject(c)));
                }
                boolean exists = present.contains(k);
                if (exists && (!replace || key == columns)) {
                    continue;
                }
                PreparedStatement ps = exists ? merge : insert;
                for (int i = 0; i < columns.size(); i++) {
                    ps.setObject(i + 1, rs.getObject(columns.get(i)));
                }
                ps.executeUpdate();
                if (exists) {
                    replacedRows++;
                } else {
                    added++;
                    present.add(k);
                }
            }
        }
        return new int[] {added, replacedRows};
    }

    private static Object normalise(Object o) {
        return o instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : o;
    }

    private static Set<List<Object>> keys(Connection c, String table, List<String> key) throws SQLException {
        Set<List<Object>> out = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + quoted(key) + " FROM \"" + table + "\"")) {
            while (rs.next()) {
                List<Object> k = new ArrayList<>();
                for (int i = 1; i <= key.size(); i++) {
                    k.add(normalise(rs.getObject(i)));
                }
                out.add(k);
            }
        }
        return out;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.add(md.getColumnName(i));
            }
        }
        return out;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getPrimaryKeys(null, "PUBLIC", table)) {
            while (rs.next()) {
                out.add(rs.getString("COLUMN_NAME"));
            }
        }
        return out;
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    /** Moves every identity column's next value past the largest value the table holds. */
    private static void restartIdentities(Connection c) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] id : identities) {
            long max;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT COALESCE(MAX(\"" + id[1] + "\"), 0) FROM \"" + id[0] + "\"")) {
                rs.next();
                max = rs.getLong(1);
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE \"" + id[0] + "\" ALTER COLUMN \"" + id[1] + "\" RESTART WITH " + (max + 1));
            }
        }
    }
}
