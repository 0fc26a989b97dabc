package app.galley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The small files an embedded library keeps beside its store, and the owner-only permissions of the
 * library folder: the per-library database passwords ({@code galley.key}) and the record of the last
 * committed change ({@code galley.seq}).
 */
final class StoreFiles {

    static final String KEY_FILE = "galley.key";
    static final String SEQ_FILE = "galley.seq";
    private static final SecureRandom RANDOM = new SecureRandom();

    private StoreFiles() {
    }

    /** The two passwords of a library: the administrator's (migrations, backups) and the app's. */
    record Keys(String admin, String app) {
    }

    /** Reads the library's passwords, creating them (readable by the owner only) the first time. */
    static Keys keys(Path dir) throws IOException {
        Path file = dir.resolve(KEY_FILE);
        if (!Files.exists(file)) {
            Properties p = new Properties();
            p.setProperty("admin", randomSecret());
            p.setProperty("app", randomSecret());
            Path tmp = Files.createTempFile(dir, ".key", ".tmp");
            try {
                ownerOnly(tmp);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    p.store(out, "Galley library passwords: never share this file");
                }
                try {
                    // a hard link appears whole or not at all, and never replaces another process's key
                    Files.createLink(file, tmp);
                } catch (FileAlreadyExistsException e) {
                    // another Galley created it first: use that one
                } catch (UnsupportedOperationException | IOException e) {
                    if (!Files.exists(file)) {
                        Files.move(tmp, file);
                    }
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        String admin = p.getProperty("admin");
        String app = p.getProperty("app");
        if (admin == null || app == null || admin.isBlank() || app.isBlank()) {
            throw new IOException("the library's key file " + file + " is damaged (a password is missing)");
        }
        return new Keys(admin, app);
    }

    private static String randomSecret() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The last change sequence recorded outside the store, or -1 if none was. */
    static long recordedSequence(Path dir) {
        Path f = dir.resolve(SEQ_FILE);
        try {
            return Files.exists(f) ? Long.parseLong(Files.readString(f).strip()) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Records {@code seq} as the latest committed change, unless a larger one is recorded: replaced
     * whole by a rename, so a reader never sees half a number. Two processes may race; the loser may
     * leave a smaller number than the store has, never a larger one, so a rollback is never reported
     * where there was none.
     */
    static void recordSequence(Path dir, long seq) {
        try {
            if (recordedSequence(dir) >= seq) {
                return;
            }
            Path tmp = dir.resolve(SEQ_FILE + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().getId() + ".tmp");
            Files.writeString(tmp, Long.toString(seq));
            try {
                Files.move(tmp, dir.resolve(SEQ_FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(SEQ_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the record is a check, not the data: a failed write only weakens the next open's check
        }
    }

    /** Sets the record to exactly {@code seq} (after a recovery has brought the store up to it). */
    static void resetSequence(Path dir, long seq) throws IOException {
        Files.writeString(dir.resolve(SEQ_FILE), Long.toString(seq));
    }

    /** Makes a file or folder readable and writable by its owner only, where the file system has owners. */
    static void ownerOnly(Path path) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            view.setPermissions(PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        } catch (IOException e) {
            // a file we do not own (a library shared read-only): left as it is
        }
    }

    /** The library folder and every file directly in it: owner only. */
    static void ownerOnlyTree(Path dir) {
        ownerOnly(dir);
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(StoreFiles::ownerOnly);
        } catch (IOException e) {
            // listed again at the next open
        }
    }
}
