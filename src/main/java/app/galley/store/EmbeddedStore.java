package app.galley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opens the H2 store of an embedded library safely (ADR 12): durable commits, a server port on the
 * loopback interface only, a random password per library, an app account without administrator
 * rights, owner-only files, a quick check on open, and recovery from a damaged or rolled-back store.
 */
final class EmbeddedStore {

    static final String ADMIN = "SA";
    static final String APP = "GALLEY";

    static {
        // read once by H2 when its classes load: set before any of them is used
        setDefault("h2.bindAddress", "127.0.0.1");
        // no Java class may be bound as an SQL function, trigger or aggregate but Galley's own two that
        // H2 makes by name: the check before it opens a file, and the trigger noting team changes
        setDefault("h2.allowedClasses", "org.h2.Driver,org.h2.server.TcpServer," + StoreOpenCheck.class.getName()
                + "," + TeamDirtyTrigger.class.getName());
    }

    /**
     * Makes sure the settings above are in place: H2 reads them once, when its classes first load, so
     * code that touches H2 before this class (a test using H2 directly) calls this first.
     */
    static void settings() {
        // the static initialiser has run by the time this is called
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private EmbeddedStore() {
    }

    /** What opening found and did, for the editor: empty when all was well. */
    record Opened(JdbcConnectionPool pool, StoreFiles.Keys keys, List<app.galley.model.RecoveryNotice> notices) {
    }

    /**
     * The store's address, as the app's account uses it. Whichever connection opens the file sets how
     * the store writes for as long as it stays open, and that may be the app's own: when the process
     * hosting the server port exits, another process's connections reopen the file themselves. So the
     * address itself carries what makes the store safe, for every account (ADR 12):
     * <ul>
     * <li>{@code WRITE_DELAY=0}: a commit is in the file before it returns (H2 otherwise writes
     * committed changes up to 500 ms later, and the setting kept in the store does not survive a
     * reopen: the opener's value, or that default, wins);</li>
     * <li>{@code MAX_COMPACT_TIME=0}: no compaction when the last connection closes (a process killed
     * while it compacts must not be able to take committed changes with it);</li>
     * <li>{@code TRACE_LEVEL_FILE=0}: the app's account may not set the first of these for its own
     * session (only an administrator may), so H2 would write that refusal to a trace file at every
     * connection; Galley logs what goes wrong itself;</li>
     * <li>{@code IGNORE_UNKNOWN_SETTINGS=TRUE}: that refusal does not stop the connection;</li>
     * <li>{@code DATABASE_EVENT_LISTENER}: {@link StoreOpenCheck}, so that whichever connection opens
     * the file first finds the commits H2's own open after a crash would miss ({@link StoreRepair}).</li>
     * </ul>
     */
    static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve(Library.DB_NAME)
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;MAX_COMPACT_TIME=0;TRACE_LEVEL_FILE=0;IGNORE_UNKNOWN_SETTINGS=TRUE"
                + ";DATABASE_EVENT_LISTENER='" + StoreOpenCheck.class.getName() + "'";
    }

    /** The store's address for the administrator: the same settings, which its sessions may also set. */
    static String adminUrl(Path dir) {
        return url(dir);
    }

    /**
     * Opens the store of the library in {@code dir}: migrated, checked, recovered if it has to be,
     * with the app's pool on the app's account.
     */
    static Opened open(Path dir, Clock clock) throws IOException, SQLException {
        StoreFiles.ownerOnly(dir);
        StoreFiles.Keys keys = StoreFiles.keys(dir);
        List<app.galley.model.RecoveryNotice> notices = new ArrayList<>();
        long recorded = StoreFiles.recordedSequence(dir);
        Connection admin = null;
        try {
            try {
                admin = prepared(adminUrl(dir), dir, keys);
                long seq = check(admin);
                if (recorded > seq) {
                    admin.close();
                    admin = null;
                    notices.add(LibraryRecovery.rolledBack(dir, keys, clock, seq, recorded));
                }
            } catch (SQLException | RuntimeException e) {
                if (!isCorruption(e)) {
                    throw e;
                }
                if (admin != null) {
                    admin.close();
                    admin = null;
                }
                notices.add(LibraryRecovery.damaged(dir, keys, clock, e));
            }
            if (admin == null) {
                admin = prepared(adminUrl(dir), dir, keys);
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir), APP, keys.app());
            pool.setMaxConnections(8);
            try {
                pool.getConnection().close(); // the app's account works before the administrator lets go
            } catch (SQLException e) {
                pool.dispose();
                throw e;
            }
            StoreFiles.ownerOnlyTree(dir);
            return new Opened(pool, keys, notices);
        } finally {
            if (admin != null) {
                admin.close();
            }
        }
    }

    /** An administrator's connection to a migrated store with the app's account in place. */
    static Connection prepared(String url, Path dir, StoreFiles.Keys keys) throws SQLException {
        Connection admin = admin(url, keys);
        try {
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(url);
            ds.setUser(ADMIN);
            ds.setPassword(keys.admin());
            Library.migrate(ds);
            TeamDirtyTrigger.install(admin);
            ensureAppUser(admin, keys);
            durable(admin);
            return admin;
        } catch (SQLException | RuntimeException e) {
            admin.close();
            throw e;
        }
    }

    /** Opens a store as its administrator, giving a library made before passwords its own. */
    static Connection admin(String url, StoreFiles.Keys keys) throws SQLException {
        try {
            return DriverManager.getConnection(url, ADMIN, keys.admin());
        } catch (SQLException e) {
            if (e.getErrorCode() != org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw e;
            }
            // a library from before per-library passwords: the default account had none
            Connection c;
            try {
                c = DriverManager.getConnection(url, ADMIN, "");
            } catch (SQLException legacy) {
                throw e;
            }
            try (PreparedStatement ps = c.prepareStatement("ALTER USER " + ADMIN + " SET PASSWORD ?")) {
                ps.setString(1, keys.admin());
                ps.executeUpdate();
            }
            return c;
        }
    }

    /**
     * No delayed writes: a commit is in the file before it returns, so what Galley reports as saved
     * survives the process being killed (H2 otherwise writes committed changes up to 500 ms later).
     * The address already asks for it; this sets it again on a store some other program opened.
     */
    static void durable(Connection admin) throws SQLException {
        try (Statement st = admin.createStatement()) {
            st.execute("SET WRITE_DELAY 0");
        }
    }

    /** Creates (or re-keys) the app's account: data rights on the library's tables, no administrator rights. */
    static void ensureAppUser(Connection admin, StoreFiles.Keys keys) throws SQLException {
        // one statement at a time: H2 resolves the user when a statement is prepared
        try (PreparedStatement create = admin.prepareStatement("CREATE USER IF NOT EXISTS " + APP + " PASSWORD ?")) {
            create.setString(1, keys.app());
            create.executeUpdate();
        }
        try (PreparedStatement rekey = admin.prepareStatement("ALTER USER " + APP + " SET PASSWORD ?")) {
            rekey.setString(1, keys.app());
            rekey.executeUpdate();
        }
        try (Statement st = admin.createStatement()) {
            st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO " + APP);
        }
    }

    /**
     * A quick check that the store can be read: every table counted, the change sequence read. A
     * damaged store fails here rather than in the middle of the editor's work.
     */
    static long check(Connection admin) throws SQLException {
        List<String> tables = tables(admin);
        try (Statement st = admin.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                    rs.next();
                }
            }
        }
        return Jdbc.sequence(admin);
    }

    /** The library's own tables (Flyway's history included). */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    /** True if {@code e} says the store's file is damaged (not locked, not a wrong password). */
    static boolean isCorruption(Throwable e) {
        if (isBusy(e)) {
            return false; // a locked file is another process's, never to be moved aside
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == org.h2.api.ErrorCode.FILE_CORRUPTED_1
                    || s.getErrorCode() == org.h2.api.ErrorCode.GENERAL_ERROR_1 && mentionsStore(s))) {
                return true;
            }
            if (t instanceof org.h2.mvstore.MVStoreException m && DAMAGE.contains(m.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    /** MVStore's errors that mean a damaged file: corrupt, a chunk or block missing, unknown data. */
    private static final java.util.Set<Integer> DAMAGE = java.util.Set.of(
            org.h2.mvstore.DataUtils.ERROR_FILE_CORRUPT, org.h2.mvstore.DataUtils.ERROR_CHUNK_NOT_FOUND,
            org.h2.mvstore.DataUtils.ERROR_BLOCK_NOT_FOUND, org.h2.mvstore.DataUtils.ERROR_UNKNOWN_DATA_TYPE,
            org.h2.mvstore.DataUtils.ERROR_TRANSACTION_CORRUPT);

    /**
     * True if {@code e} says another process holds the library for a moment (opening, closing, or
     * killed with its lock not yet stale), not that the library is broken.
     */
    static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                int code = s.getErrorCode();
                String m = String.valueOf(s.getMessage());
                if (t.getCause() instanceof org.h2.mvstore.MVStoreException locked
                        && locked.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED) {
                    return true;
                }
                if (code == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                        || code == org.h2.api.ErrorCode.CONNECTION_BROKEN_1
                        || code == org.h2.api.ErrorCode.DATABASE_IS_CLOSED
                        || code == org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                        || code == org.h2.api.ErrorCode.ERROR_OPENING_DATABASE_1 && (m.contains("Lock file")
                                || m.contains("Another process was faster") || m.contains("Concurrent update"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentionsStore(SQLException s) {
        String m = String.valueOf(s.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("corrupt") || m.contains("chunk") || m.contains("mvstore");
    }

    /** The store file of a library folder. */
    static Path storeFile(Path dir) {
        return dir.resolve(Library.DB_NAME + ".mv.db");
    }

    static boolean exists(Path dir) {
        return Files.exists(storeFile(dir));
    }
}
