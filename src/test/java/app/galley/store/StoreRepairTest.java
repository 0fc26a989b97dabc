package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check before opening a store that was not closed: a copy of the file taken right after a commit
 * is what {@code kill -9} at that moment leaves, and after the check every such copy opens with that
 * commit in it, also where H2's own quick open would stop short.
 */
class StoreRepairTest {

    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void galleysH2Settings() {
        EmbeddedStore.settings(); // before this test's own H2 connections load H2's classes, as in the app
    }

    private static String url(Path d) {
        // RETENTION_TIME=0: freed space is reused at once, as H2 reuses it after 45 s in a long session
        return "jdbc:h2:file:" + d.resolve(Library.DB_NAME) + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;RETENTION_TIME=0";
    }

    private static long newest(Path d) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(d), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path snapshot(Path live, String name) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.copy(live.resolve(Library.DB_NAME + ".mv.db"), d.resolve(Library.DB_NAME + ".mv.db"));
        return d;
    }

    @Test
    void everyCommitIsThereAfterACrashAtAnyMoment() throws Exception {
        Path live = Files.createDirectories(dir.resolve("live"));
        Random random = new Random(16);
        int quickOpenLost = 0;
        int repaired = 0;
        try (Connection c = DriverManager.getConnection(url(live), "sa", "")) {
            c.createStatement().execute("CREATE TABLE t(id BIGINT PRIMARY KEY, body VARCHAR(100000))");
            c.setAutoCommit(false);
            PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)");
            PreparedStatement delete = c.prepareStatement("DELETE FROM t WHERE id < ? AND MOD(id, 3) = 0");
            for (int i = 1; i <= 40; i++) {
                insert.setLong(1, i);
                insert.setString(2, "稿".repeat(100 + random.nextInt(3000)));
                insert.executeUpdate();
                if (i % 4 == 0) { // freed space, which later commits reuse
                    delete.setLong(1, i - 8);
                    delete.executeUpdate();
                }
                c.commit();

                // the file as a process killed right now leaves it, opened by H2 alone and after the check
                long alone = newest(snapshot(live, "alone-" + i));
                Path checked = snapshot(live, "checked-" + i);
                assertThat(StoreRepair.closedCleanly(checked.resolve(Library.DB_NAME + ".mv.db"))).isFalse();
                if (StoreRepair.beforeOpen(checked) == StoreRepair.Outcome.REPAIRED) {
                    repaired++;
                }
                assertThat(newest(checked)).as("commit %d after a crash", i).isEqualTo(i);
                // and as Galley's own address opens it: H2 calls the check itself before it opens the file
                Path viaAddress = snapshot(live, "address-" + i);
                try (Connection g = DriverManager.getConnection(EmbeddedStore.url(viaAddress), "sa", "");
                     ResultSet rs = g.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM t")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("commit %d after a crash, opened by Galley's address", i).isEqualTo(i);
                }
                if (alone < i) {
                    quickOpenLost++;
                }
            }
        }
        // H2's quick open loses commits here (docs/RELIABILITY.md); if an H2 upgrade stops that, this
        // says so, and the check can be retired
        assertThat(quickOpenLost).as("crash copies H2 alone opened short of their last commit").isPositive();
        assertThat(repaired).isEqualTo(quickOpenLost);
    }

    @Test
    void aCleanStoreAndOneInUseAreLeftAlone() throws Exception {
        assertThat(StoreRepair.beforeOpen(dir)).isEqualTo(StoreRepair.Outcome.NOTHING_TO_DO); // no store yet
        try (Connection c = DriverManager.getConnection(url(dir), "sa", "")) {
            c.createStatement().execute("CREATE TABLE t(id BIGINT PRIMARY KEY, body VARCHAR(100))");
            c.createStatement().execute("INSERT INTO t VALUES (1, '一')");
            // open in this process: its file is locked, so nothing is read or written
            assertThat(StoreRepair.beforeOpen(dir)).isEqualTo(StoreRepair.Outcome.NOTHING_TO_DO);
        }
        assertThat(StoreRepair.closedCleanly(dir.resolve(Library.DB_NAME + ".mv.db"))).isTrue();
        assertThat(StoreRepair.beforeOpen(dir)).isEqualTo(StoreRepair.Outcome.NOTHING_TO_DO);
        assertThat(newest(dir)).isEqualTo(1);
    }

    @Test
    void theCheckKnowsALibraryFolderFromItsAddressOnly() {
        assertThat(StoreOpenCheck.libraryDir(EmbeddedStore.url(dir))).isEqualTo(dir);
        assertThat(StoreOpenCheck.libraryDir("jdbc:h2:" + dir.resolve("galley"))).isEqualTo(dir);
        assertThat(StoreOpenCheck.libraryDir("jdbc:h2:tcp://127.0.0.1:9092/" + dir.resolve("galley"))).isNull();
        assertThat(StoreOpenCheck.libraryDir("jdbc:h2:mem:x")).isNull();
        assertThat(StoreOpenCheck.libraryDir("jdbc:postgresql://127.0.0.1/galley")).isNull();
    }
}
