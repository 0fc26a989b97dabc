package app.galley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Online backups of an embedded library in its {@code backups/} folder: H2's {@code BACKUP TO}
 * (a consistent copy while the library is in use), named by the change sequence they hold and their
 * time, the newest few kept.
 */
public final class Backups {

    /** How many backups are kept. */
    public static final int KEEP = 3;
    /** A new backup is made when the library changed and the newest backup is at least this old. */
    public static final Duration INTERVAL = Duration.ofMinutes(10);
    static final String FOLDER = "backups";
    private static final Pattern NAME = Pattern.compile("galley-(\\d+)-(\\d{8}T\\d{6}Z)\\.zip");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One backup: the change sequence it holds and when it was made. */
    public record Backup(Path file, long sequence, Instant made) {
    }

    private final Path dir;
    private final Clock clock;

    Backups(Path libraryDir, Clock clock) {
        this.dir = libraryDir.resolve(FOLDER);
        this.clock = clock;
    }

    /** The backups there are, newest (highest change sequence, then latest) first. */
    public List<Backup> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(this::parse).flatMap(Optional::stream)
                    .sorted(Comparator.comparingLong(Backup::sequence).thenComparing(Backup::made).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Optional<Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Backup(file, Long.parseLong(m.group(1)),
                STAMP.parse(m.group(2), Instant::from)));
    }

    /** True when the library at {@code sequence} has changes no backup holds, and the newest is old enough. */
    boolean due(long sequence) {
        List<Backup> all = list();
        if (all.isEmpty()) {
            return sequence > 0;
        }
        Backup newest = all.get(0);
        return newest.sequence() < sequence
                && !newest.made().plus(INTERVAL).isAfter(clock.instant());
    }

    /**
     * Makes a backup through {@code admin} (a connection with the administrator's rights), written
     * under a temporary name and renamed when whole, then keeps only the newest {@link #KEEP}.
     */
    Backup make(Connection admin) throws SQLException, IOException {
        Files.createDirectories(dir);
        StoreFiles.ownerOnly(dir);
        long seq = Jdbc.sequence(admin);
        Instant now = clock.instant();
        Path target = dir.resolve("galley-" + seq + "-" + STAMP.format(now) + ".zip");
        Path tmp = dir.resolve(".partial-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".zip");
        Files.deleteIfExists(tmp);
        try (Statement st = admin.createStatement()) {
            st.execute("BACKUP TO '" + tmp.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            Files.deleteIfExists(tmp); // a backup cut off is no backup
            throw e;
        }
        StoreFiles.ownerOnly(tmp);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        prune();
        return new Backup(target, seq, now);
    }

    private void prune() throws IOException {
        List<Backup> all = list();
        for (int i = KEEP; i < all.size(); i++) {
            Files.deleteIfExists(all.get(i).file());
        }
        // partial files of a process that stopped mid-backup
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(".partial-")).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(clock.instant().minus(Duration.ofHours(1)))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Unpacks {@code backup}'s store as {@code <libraryDir>/galley.mv.db} (which must not exist). */
    static void restore(Backup backup, Path libraryDir) throws IOException {
        String wanted = Library.DB_NAME + ".mv.db";
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup.file()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (Path.of(e.getName()).getFileName().toString().equals(wanted)) {
                    Path tmp = libraryDir.resolve(wanted + ".restoring");
                    copy(zip, tmp);
                    StoreFiles.ownerOnly(tmp);
                    Files.move(tmp, libraryDir.resolve(wanted), StandardCopyOption.ATOMIC_MOVE);
                    return;
                }
            }
        }
        throw new IOException("the backup " + backup.file().getFileName() + " holds no " + wanted);
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
