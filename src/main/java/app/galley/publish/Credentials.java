package app.galley.publish;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of publishing targets, kept outside the library database in a file only the user
 * can read (mode 0600): never logged, never exported, never shown except masked.
 */
public final class Credentials {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private final Path file;

    public Credentials(Path file) {
        this.file = file;
    }

    /**
     * The user's credentials file: {@code $XDG_CONFIG_HOME/galley/credentials.properties} (or under
     * ~/.config), or in the folder the {@code galley.config} system property names.
     */
    public static Credentials forUser() {
        String dir = System.getProperty("galley.config");
        if (dir != null && !dir.isBlank()) {
            return new Credentials(Path.of(dir).resolve("credentials.properties"));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new Credentials(base.resolve("galley").resolve("credentials.properties"));
    }

    public Path file() {
        return file;
    }

    /**
     * The password given for {@code user} at the site whose address is {@code siteUrl}: a password
     * belongs to a site's origin (scheme, host, port) and user name, never to a target's name, so a
     * target re-pointed at another site (by a colleague, or in a library someone else made) finds no
     * password there and sends nothing.
     */
    public synchronized Optional<String> password(String siteUrl, String user) throws IOException {
        return Optional.ofNullable(load().getProperty(key(siteUrl, user)));
    }

    public synchronized void save(String siteUrl, String user, String password) throws IOException {
        Properties p = load();
        p.setProperty(key(siteUrl, user), password);
        write(p);
    }

    public synchronized void remove(String siteUrl, String user) throws IOException {
        Properties p = load();
        if (p.remove(key(siteUrl, user)) != null) {
            write(p);
        }
    }

    /** The key of a password: {@code user@scheme://host:port}, the port always written out. */
    static String key(String siteUrl, String user) {
        return user + "@" + origin(siteUrl);
    }

    /** A site's origin: its scheme, host and port (the default port written out), lower case. */
    public static String origin(String siteUrl) {
        java.net.URI u = java.net.URI.create(siteUrl.strip());
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(java.util.Locale.ROOT);
        int port = u.getPort() != -1 ? u.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        return scheme + "://" + host + ":" + port;
    }

    /** A password as shown: its last four characters, the rest masked. */
    public static String masked(String password) {
        if (password == null || password.isEmpty()) {
            return "";
        }
        String visible = password.length() > 8 ? password.substring(password.length() - 4) : "";
        return "•".repeat(Math.max(4, password.length() - visible.length())) + visible;
    }

    private Properties load() throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private void write(Properties p) throws IOException {
        Files.createDirectories(file.getParent());
        StringWriter w = new StringWriter();
        p.store(w, "Galley publishing passwords: keep this file private");
        Path temp = file.resolveSibling("." + file.getFileName() + ".part");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp); // not a POSIX file system: the folder's own protection applies
        }
        Files.writeString(temp, w.toString(), StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String toString() {
        return "Credentials[" + file + "]";
    }
}
