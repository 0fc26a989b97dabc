package app.galley.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for the tests, started on 127.0.0.1 by src/test/scripts/postgres.sh in a folder
 * of its own (removed with it), with one empty database, {@code galley}.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Path SCRIPT = Path.of(System.getProperty("galley.basedir", "."), "src/test/scripts/postgres.sh");
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

    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url());
        ds.setUser(env.getProperty("GALLEY_PG_USER"));
        ds.setPassword(env.getProperty("GALLEY_PG_PASSWORD"));
        return ds;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        script("stop", folder);
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static void script(String command, Path folder) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), command, folder.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("postgres.sh " + command + " failed: " + out);
        }
    }
}
