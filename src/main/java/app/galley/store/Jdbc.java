package app.galley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** Connection and transaction plumbing shared by the repositories. */
final class Jdbc {

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final java.util.function.LongConsumer afterCommit;

    /**
     * @param afterCommit told the library's change sequence after each committed write (the embedded
     *                    library records it outside the store); never told of a rolled-back one
     */
    Jdbc(DataSource dataSource, java.util.function.LongConsumer afterCommit) {
        this.dataSource = dataSource;
        this.afterCommit = afterCommit;
    }

    Jdbc(DataSource dataSource) {
        this(dataSource, seq -> { });
    }

    /** Runs {@code work} on a fresh connection with auto-commit (one statement, one transaction). */
    <T> T read(String what, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. The transaction also
     * advances the library's change sequence, as its last statement so that the one row is held only
     * for the commit.
     */
    <T> T transaction(String what, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                long seq = advance(c);
                c.commit();
                afterCommit.accept(seq);
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    /** Advances the change sequence inside the caller's transaction and returns its new value. */
    static long advance(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE library_change SET seq = seq + 1 WHERE id = 1");
            try (java.sql.ResultSet rs = st.executeQuery("SELECT seq FROM library_change WHERE id = 1")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The change sequence as committed. */
    static long sequence(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT seq FROM library_change WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** An instant as the database keeps it: UTC, to the microsecond (what both H2 and PostgreSQL store). */
    static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
