package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The team server's kept connection (a real H2 database stands in for the server here; the team
 * ITs run it on PostgreSQL): one session across calls, nothing a call left uncommitted carried into
 * the next, a new session after a drop.
 */
class KeptConnectionTest {

    private final AtomicInteger opened = new AtomicInteger();
    private final KeptConnection kept = new KeptConnection(() -> {
        opened.incrementAndGet();
        return DriverManager.getConnection("jdbc:h2:mem:kept;DB_CLOSE_DELAY=-1");
    });

    private static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void callsShareOneSessionAndLeaveNothingOpen() throws Exception {
        try (Connection c = kept.get(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS t (x INT)");
            st.execute("DELETE FROM t");
            st.execute("SET @mark = 7");
        }
        try (Connection c = kept.get(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT @mark")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the same session as the call before").isEqualTo(7);
        }
        try (Connection c = kept.get()) { // a call that leaves its transaction open
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO t VALUES (1)");
            }
        }
        try (Connection c = kept.get()) {
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(count(c)).as("the uncommitted row rolled back when the call ended").isZero();
        }
        assertThat(opened).hasValue(1);

        kept.drop();
        try (Connection c = kept.get(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT @mark")) {
            rs.next();
            assertThat(rs.getObject(1)).as("a new session after the drop").isNull();
        }
        assertThat(opened).hasValue(2);
        kept.close();
    }
}
