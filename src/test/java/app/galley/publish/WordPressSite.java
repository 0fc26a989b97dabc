package app.galley.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real WordPress for the tests, started on 127.0.0.1 by src/test/scripts/wordpress.sh in a folder
 * of its own (removed with it), with the user and Application Password the script made.
 */
public final class WordPressSite {

    private final Path folder;
    private final Properties env;

    private WordPressSite(Path folder, Properties env) {
        this.folder = folder;
        this.env = env;
    }

    public static WordPressSite start() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("galley-wordpress");
        script("start", folder);
        return new WordPressSite(folder, read(folder.resolve("env")));
    }

    /** The site address, user and password the script wrote (also for the screenshot tour). */
    public static Properties read(Path envFile) throws IOException {
        Properties env = new Properties();
        try (var r = Files.newBufferedReader(envFile)) {
            env.load(r);
        }
        env.replaceAll((k, v) -> v.toString().replace("\"", ""));
        return env;
    }

    public String url() {
        return env.getProperty("GALLEY_WP_URL");
    }

    public String user() {
        return env.getProperty("GALLEY_WP_USER");
    }

    public String password() {
        return env.getProperty("GALLEY_WP_APP_PASSWORD");
    }

    /** Stops the web server, keeping the database (the site is down). */
    public void down() throws IOException, InterruptedException {
        script("stop-web", folder);
    }

    public void up() throws IOException, InterruptedException {
        script("start-web", folder);
    }

    /** Stops the site and removes its folder (database and logs). */
    public void stop() throws IOException, InterruptedException {
        script("stop", folder);
        app.galley.TestServers.remove(folder);
    }

    private static void script(String command, Path folder) throws IOException, InterruptedException {
        app.galley.TestServers.script("wordpress.sh", command, folder);
    }
}
