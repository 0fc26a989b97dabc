package app.galley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for the tests, started on 127.0.0.1 by src/test/scripts/postgres.sh in a folder
 * of its own (removed with it), with one empty database, {@code galley}.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path folder;
    private final Properties env = new Properties();

    private PostgresServer(Path folder) throws IOException {
        this.folder = folder;
        try (var r = Files.newBufferedReader(folder.resolve("env"))) {
            env.load(r);
        }
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("galley-postgres");
        script("start", folder);
        return new PostgresServer(folder);
    }

    public String url() {
        return env.getProperty("GALLEY_PG_URL");
    }

    public String user() {
        return env.getProperty("GALLEY_PG_USER");
    }

    public String password() {
        return env.getProperty("GALLEY_PG_PASSWORD");
    }

    /** A new empty database on this server; its address. */
    public String newDatabase(String name) throws java.sql.SQLException {
        try (var c = dataSource().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return url().substring(0, url().lastIndexOf('/') + 1) + name;
    }

    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url());
        ds.setUser(env.getProperty("GALLEY_PG_USER"));
        ds.setPassword(env.getProperty("GALLEY_PG_PASSWORD"));
        return ds;
    }

    /** The server's port on 127.0.0.1. */
    public int port() {
        String u = url();
        return Integer.parseInt(u.substring(u.lastIndexOf(':') + 1, u.lastIndexOf('/')));
    }

    /** kill -9 on the server and its backends, as a crash would leave it. */
    public void kill() throws IOException, InterruptedException {
        script("kill", folder);
    }

    /** Starts the server again on its port (after {@link #kill}). */
    public void restart() throws IOException, InterruptedException {
        script("restart", folder);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        script("stop", folder);
        app.galley.TestServers.remove(folder);
    }

    private static void script(String command, Path folder) throws IOException, InterruptedException {
        app.galley.TestServers.script("postgres.sh", command, folder);
    }
}
