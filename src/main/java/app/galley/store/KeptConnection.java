package app.galley.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One server connection kept for many calls (a team server's: a new PostgreSQL connection costs
 * about 50 ms here, and a sync round makes many calls). {@link #get} hands out the kept connection
 * wrapped so that closing it ends the call, not the connection: what the call left uncommitted is
 * rolled back and auto-commit restored. After a failure the caller {@link #drop}s it; the next call
 * opens another, as it does when the kept one, idle for a while, no longer answers. Callers take
 * turns (the owner's calls are synchronized).
 */
final class KeptConnection implements AutoCloseable {

    /** Opens a new connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** A connection idle this long is checked before it is used again (a network may drop it without a word). */
    private static final long IDLE_NANOS = 30_000_000_000L;

    private final Opener opener;
    private Connection real;
    private Connection handed;
    private long lastUse;

    KeptConnection(Opener opener) {
        this.opener = opener;
    }

    /** The kept connection, opened if there is none (or it was closed). */
    synchronized Connection get() throws SQLException {
        long now = System.nanoTime(); // an interval, not a time of day
        if (handed != null && now - lastUse > IDLE_NANOS && !real.isValid(2)) {
            drop(); // idle, and no longer answering: a new one rather than a call hanging on a dead one
        }
        lastUse = now;
        if (handed == null || real.isClosed()) {
            Connection c = opener.open();
            real = c;
            handed = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            if (!c.getAutoCommit()) { // the call is over: nothing it left open stays open
                                c.rollback();
                                c.setAutoCommit(true);
                            }
                            return null;
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
        return handed;
    }

    /** Closes and forgets the kept connection (after a failure, or at the end). */
    synchronized void drop() {
        if (real != null) {
            try {
                real.close();
            } catch (SQLException ignored) {
                // a connection to a server that went away
            }
        }
        real = null;
        handed = null;
    }

    @Override
    public void close() {
        drop();
    }
}
