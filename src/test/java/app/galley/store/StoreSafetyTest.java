package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestClock;
import app.galley.model.ImportOutcome;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store's safety: durable commits, a closed server port, owner-only files, recovery. */
class StoreSafetyTest {

    @TempDir
    Path dir;
    /** A folder beside the library (files that must not be in it), removed after each test. */
    @TempDir
    Path elsewhere;

    private final TestClock clock = new TestClock("2026-12-01T09:00:00Z");

    private static long add(Library lib, String title) {
        ImportOutcome o = lib.articles().insert(LibraryTest.draft(title, title + "的正文。"), "hash-" + title, title + ".txt");
        return ((ImportOutcome.Imported) o).articleId();
    }

    /**
     * A setting's value as the open store uses it. H2 lists a setting twice when it is also kept in
     * the store (the kept value and the live one, which may differ), so every row must agree.
     */
    private static String setting(Connection c, String name) throws SQLException {
        java.util.Set<String> values = new java.util.HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + name + "'")) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values.size() == 1 ? values.iterator().next() : values.toString();
    }

    @Test
    void commitsAreWrittenBeforeTheyReturnFromTheMomentTheFileIsOpened() throws Exception {
        try (Library lib = Library.openEmbedded(dir, clock); Connection c = lib.dataSource().getConnection()) {
            assertThat(setting(c, "WRITE_DELAY")).isEqualTo("0");
        }
        // the connection that opens the file carries the setting itself, so no commit waits
        try (Connection first = EmbeddedStore.admin(EmbeddedStore.adminUrl(dir), StoreFiles.keys(dir))) {
            assertThat(setting(first, "WRITE_DELAY")).isEqualTo("0");
        }
    }

    @Test
    void theAppAccountOpeningTheFileKeepsCommitsDurableAndNeverCompactsOnClose() throws Exception {
        try (Library lib = Library.openEmbedded(dir, clock)) {
            add(lib, "前");
        }
        // what a process working through another's server port does when that process exits: its own
        // connection (the app's account, not the administrator's) reopens the file and hosts the port
        StoreFiles.Keys keys = StoreFiles.keys(dir);
        try (Connection app = DriverManager.getConnection(EmbeddedStore.url(dir), EmbeddedStore.APP, keys.app())) {
            assertThat(setting(app, "WRITE_DELAY")).isEqualTo("0");
            assertThat(setting(app, "MAX_COMPACT_TIME")).isEqualTo("0");
            assertThat(dir.resolve(Library.DB_NAME + ".trace.db")).doesNotExist(); // no refusal written at every connection
            try (Statement st = app.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM article")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void theServerPortListensOnLoopbackAndLetsNoOtherProgramReadOrWriteFiles() throws Exception {
        Path secret = elsewhere.resolve("secret.txt"); // beside the library, never in it
        Files.writeString(secret, "not for the database");
        try (Library lib = Library.openEmbedded(dir, clock)) {
            add(lib, "一");
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve("galley.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).matches("(localhost|127\\.0\\.0\\.1):\\d+");
            int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));
            assertThat(listeningAddresses(port)).as("addresses listening on port " + port)
                    .isNotEmpty().allMatch(a -> a.endsWith("0100007F") && (a.length() == 8 || a.startsWith("0000000000000000FFFF0000")));
            String tcp = "jdbc:h2:tcp://" + server + "/" + lock.getProperty("id");
            // the default account with no password, as another program would try
            assertThatThrownBy(() -> DriverManager.getConnection(tcp, "sa", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
            // even Galley's own app account, given its password, has no file or Java functions
            StoreFiles.Keys keys = StoreFiles.keys(dir);
            try (Connection app = DriverManager.getConnection(tcp, EmbeddedStore.APP, keys.app());
                 Statement st = app.createStatement()) {
                assertThatThrownBy(() -> st.executeQuery("SELECT FILE_READ('" + secret + "', NULL)"))
                        .hasMessageContaining("Admin rights");
                Path out = dir.resolveSibling(dir.getFileName() + "-written.csv");
                assertThatThrownBy(() -> st.execute("CALL CSVWRITE('" + out + "', 'SELECT 1')"))
                        .hasMessageContaining("Admin rights");
                assertThat(out).doesNotExist();
                assertThatThrownBy(() -> st.execute("CREATE ALIAS EXEC FOR 'java.lang.Runtime.exec'"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> st.execute("BACKUP TO '" + out + "'")).hasMessageContaining("Admin rights");
            }
            // and the administrator's account may bind no Java method either
            try (Connection admin = DriverManager.getConnection(tcp, EmbeddedStore.ADMIN, keys.admin());
                 Statement st = admin.createStatement()) {
                assertThatThrownBy(() -> st.execute("CREATE ALIAS GETPROP FOR 'java.lang.System.getProperty'"))
                        .hasMessageContaining("denied");
            }
        }
    }

    /** The local addresses (as the kernel lists them, hex) of the sockets listening on {@code port}. */
    private static java.util.List<String> listeningAddresses(int port) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        String hexPort = String.format("%04X", port);
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path p = Path.of(table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                // local_address is ADDRESS:PORT; state 0A is LISTEN
                if (f.length > 3 && f[1].endsWith(":" + hexPort) && f[3].equals("0A")) {
                    out.add(f[1].substring(0, f[1].indexOf(':')));
                }
            }
        }
        return out;
    }

    @Test
    void theLibraryFolderAndItsFilesAreTheOwnersOnly() throws Exception {
        try (Library lib = Library.openEmbedded(dir, clock)) {
            add(lib, "一");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        for (String f : new String[] {"galley.mv.db", "galley.key"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f))))
                    .as(f).isEqualTo("rw-------");
        }
    }

    @Test
    void aLibraryFromBeforePasswordsGetsItsOwnAndTheEmptyOneStopsWorking() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("galley");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(c.isValid(1)).isTrue(); // an empty store on the default account, as Galley made them
        }
        try (Library lib = Library.openEmbedded(dir, clock)) {
            add(lib, "一");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .hasMessageContaining("Wrong user name or password");
    }

    @Test
    void aLibraryWhoseKeyFileIsGoneSaysSo() throws Exception {
        try (Library lib = Library.openEmbedded(dir, clock)) {
            add(lib, "一");
        }
        java.nio.file.Files.delete(dir.resolve(StoreFiles.KEY_FILE));
        assertThatThrownBy(() -> Library.openEmbedded(dir, clock)).isInstanceOf(StoreException.class)
                .hasMessageContaining("galley.key").hasMessageContaining("does not belong to its database");
    }

    @Test
    void everyCommitAdvancesTheSequenceRecordedBesideTheStore() {
        try (Library lib = Library.openEmbedded(dir, clock)) {
            long before = StoreFiles.recordedSequence(dir);
            add(lib, "一");
            long after = StoreFiles.recordedSequence(dir);
            assertThat(after).isGreaterThan(before);
            lib.settings().put("x", "y");
            assertThat(StoreFiles.recordedSequence(dir)).isEqualTo(after + 1);
        }
    }

    @Test
    void theWindowsOpeningLeavesTheBackupForLaterWhereAnyOtherMakesIt() throws Exception {
        try (Library lib = Library.openEmbedded(dir, clock)) {
            add(lib, "一");
        } // its open's backup may have run after the change or before it: start from none
        try (var files = Files.list(dir.resolve("backups"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // no backup was made
        }
        assertThat(new Backups(dir, clock).list()).isEmpty(); // a change no backup holds
        try (Library lib = Library.openEmbeddedForWindow(dir)) {
            assertThat(lib.articles().list()).hasSize(1);
        } // closing waits for a backup under way: there is none
        assertThat(new Backups(dir, clock).list()).isEmpty();
        try (Library lib = Library.openEmbedded(dir, clock)) {
            assertThat(lib.articles().list()).hasSize(1);
        }
        assertThat(new Backups(dir, clock).list()).hasSize(1);
    }

    @Test
    void aStoreFoundOlderThanItsRecordIsReportedAndRecoveredFromANewerBackup() throws Exception {
        Path snapshot = elsewhere.resolve("old.mv.db");
        try (Library lib = Library.openEmbedded(dir, clock)) {
            add(lib, "一");
            add(lib, "二");
        }
        Files.copy(dir.resolve("galley.mv.db"), snapshot, StandardCopyOption.REPLACE_EXISTING);
        try (Library lib = Library.openEmbedded(dir, clock)) {
            lib.backupIfDue();
            add(lib, "三");
            backupNow();
        }
        // the store goes back in time (as H2 once did), losing 三
        Files.copy(snapshot, dir.resolve("galley.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        try (Library lib = Library.openEmbedded(dir, clock)) {
            assertThat(lib.notices()).singleElement().extracting(app.galley.model.RecoveryNotice::message).asString()
                    .contains("gone back in time").contains("restored").contains("Nothing is lost");
            assertThat(lib.articles().list()).extracting(a -> a.title()).containsExactlyInAnyOrder("一", "二", "三");
        }
        try (Library lib = Library.openEmbedded(dir, clock)) {
            assertThat(lib.notices()).isEmpty();
        }
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().startsWith("damaged-"))).hasSize(1);
    }

    @Test
    void aRollbackNoBackupCoversIsReportedWithWhatIsMissing() throws Exception {
        Path snapshot = elsewhere.resolve("old.mv.db");
        try (Library lib = Library.openEmbedded(dir, clock)) {
            add(lib, "一");
        }
        Files.copy(dir.resolve("galley.mv.db"), snapshot, StandardCopyOption.REPLACE_EXISTING);
        try (Library lib = Library.openEmbedded(dir, clock)) {
            add(lib, "二");
        }
        // no backup holds 二 (the one made at open may or may not have)
        try (var files = Files.exists(dir.resolve(Backups.FOLDER)) ? Files.walk(dir.resolve(Backups.FOLDER)) : java.util.stream.Stream.<Path>empty()) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.copy(snapshot, dir.resolve("galley.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        try (Library lib = Library.openEmbedded(dir, clock)) {
            assertThat(lib.notices()).singleElement().extracting(app.galley.model.RecoveryNotice::message).asString()
                    .contains("gone back in time").contains("No backup holds them");
            assertThat(lib.articles().list()).extracting(a -> a.title()).containsExactly("一");
        }
    }

    @Test
    void aDamagedStoreIsMovedAsideAndTheBackupRestoredWithWhatCanStillBeRead() throws Exception {
        try (Library lib = Library.openEmbedded(dir, clock)) {
            add(lib, "一");
            add(lib, "二");
            backupNow();
            clock.advance(Duration.ofMinutes(1));
            add(lib, "三");
        }
        Path store = dir.resolve("galley.mv.db");
        byte[] bytes = Files.readAllBytes(store);
        // both file headers overwritten: H2 can no longer open the file
        for (int i = 0; i < 8192 && i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(store, bytes);
        try (Library lib = Library.openEmbedded(dir, clock)) {
            assertThat(lib.notices()).singleElement().extracting(app.galley.model.RecoveryNotice::message).asString()
                    .contains("could not be read").contains("damaged-").contains("backup of");
            assertThat(lib.articles().list()).extracting(a -> a.title()).contains("一", "二");
            add(lib, "四"); // the library works on: ids do not collide with recovered rows
            assertThat(lib.articles().list()).extracting(a -> a.title()).contains("一", "二", "四");
        }
        Path aside;
        try (var files = Files.list(dir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("damaged-")).findFirst().orElseThrow();
        }
        assertThat(aside.resolve("galley.mv.db")).exists().hasSize(bytes.length);
    }

    private void backupNow() throws Exception {
        StoreFiles.Keys keys = StoreFiles.keys(dir);
        try (Connection admin = DriverManager.getConnection(EmbeddedStore.adminUrl(dir), EmbeddedStore.ADMIN, keys.admin())) {
            new Backups(dir, clock).make(admin);
        }
    }
}
