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
    /** Events services are about to cause on each thread ({@link AuditTrail#record}), for the transaction that causes them. */
    private final ThreadLocal<java.util.List<AuditTrail.Pending>> pendingEvents =
            ThreadLocal.withInitial(java.util.ArrayList::new);
    private final java.util.function.LongConsumer afterCommit;
    private final java.util.function.LongConsumer ownWrite;

    /**
     * @param afterCommit told the library's change sequence after each committed write (the embedded
     *                    library records it outside the store); never told of a rolled-back one
     */
    Jdbc(DataSource dataSource, java.util.function.LongConsumer afterCommit) {
        this(dataSource, afterCommit, seq -> { });
    }

    /**
     * @param ownWrite told the sequence of each write committed through {@link #transaction} (this
     *                 library object's own, which whoever shows the library need not read again);
     *                 not of those through {@link #transactionForOthers}
     */
    Jdbc(DataSource dataSource, java.util.function.LongConsumer afterCommit, java.util.function.LongConsumer ownWrite) {
        this.dataSource = dataSource;
        this.afterCommit = afterCommit;
        this.ownWrite = ownWrite;
    }

    /**
     * The window's thread, on which no read or write may run (issue 17: the window hands them to its
     * executor); null when no window is open. {@link #refuseOnWindowThread} makes a call there fail
     * (the tests), else it is logged.
     */
    private static volatile Thread windowThread;
    private static volatile boolean refuseOnWindowThread;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Jdbc.class);

    static void guard(Thread thread, boolean refuse) {
        windowThread = thread;
        refuseOnWindowThread = refuse;
    }

    private static void offTheWindowThread(String what) {
        if (Thread.currentThread() == windowThread) {
            IllegalStateException e = new IllegalStateException("the window's thread asked the library to " + what);
            if (refuseOnWindowThread) {
                throw e;
            }
            LOG.warn("Library work on the window's thread: {}", what, e);
        }
    }

    /** Runs {@code work} on a fresh connection with auto-commit (one statement, one transaction). */
    <T> T read(String what, SqlWork<T> work) {
        offTheWindowThread(what);
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            } catch (SQLException e) {
                if (attempt >= RETRIES || !connectionBroken(e)) {
                    throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
                }
                pause(attempt);
            }
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. The transaction also
     * advances the library's change sequence, as its last statement so that the one row is held only
     * for the commit.
     */
    <T> T transaction(String what, SqlWork<T> work) {
        return transaction(what, work, true);
    }

    /**
     * As {@link #transaction}, for writes made on behalf of others (a team member's change synced
     * into this library): whoever shows the library reads them as it reads another process's.
     */
    <T> T transactionForOthers(String what, SqlWork<T> work) {
        return transaction(what, work, false);
    }

    private <T> T transaction(String what, SqlWork<T> work, boolean own) {
        offTheWindowThread(what);
        for (int attempt = 1; ; attempt++) {
            try {
                return once(what, work, own);
            } catch (StoreException e) {
                if (attempt >= RETRIES || !connectionBroken(e.getCause())) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Tries on a broken connection (the process hosting the server port went away; H2 reconnects). */
    static final int RETRIES = 4;

    /**
     * True if {@code e} says the connection to the library broke, not that the work failed: another
     * Galley process that hosted the library's server port exited, and the next try reconnects (or
     * this process becomes the host). A transaction cut off that way never committed, so it is tried
     * again whole; one that did commit and lost only its answer meets its own row on the retry and is
     * reported as a duplicate, never stored twice.
     */
    static boolean connectionBroken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == org.h2.api.ErrorCode.CONNECTION_BROKEN_1
                    || s.getErrorCode() == org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                    || s.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_CLOSED
                    || s.getSQLState() != null && s.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    /** Waits a little longer at each attempt before trying a broken connection again. */
    static void pause(int attempt) {
        try {
            Thread.sleep(250L * attempt);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T once(String what, SqlWork<T> work, boolean own) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                java.util.List<AuditTrail.Pending> events = own ? java.util.List.copyOf(pendingEvents.get())
                        : java.util.List.of();
                AuditTrail.write(c, events, result);
                long seq = advance(c);
                c.commit();
                pendingEvents.get().removeAll(events);
                if (own) {
                    ownWrite.accept(seq);
                }
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

    java.util.List<AuditTrail.Pending> pendingEvents() {
        return pendingEvents.get();
    }

    /** Advances the change sequence inside the caller's transaction and returns its new value. */
    static long advance(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE library_change SET seq = seq + 1 WHERE id = 1");
        }
        return sequence(c);
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
