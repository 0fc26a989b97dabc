package app.galley.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes exported files whole or not at all: into a temporary file beside the target, then moved
 * over it, so that a full disk or a crash never leaves a half-written file where a good one was.
 */
public final class FileWriting {

    private FileWriting() {
    }

    /**
     * Writes one article's files under {@code root} whole or not at all: every file is written beside
     * its place first, and only when all are written are they moved into place; a failure removes
     * what was written. A name that would leave {@code root} is refused.
     */
    public static void writeAllAtomically(Path root, java.util.Map<String, byte[]> files) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        java.util.Map<Path, Path> staged = new java.util.LinkedHashMap<>();
        try {
            for (java.util.Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = base.resolve(f.getKey()).normalize();
                if (!target.startsWith(base) || target.equals(base)) {
                    throw new IOException("refused to write " + f.getKey() + " outside " + base);
                }
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".part");
                staged.put(temp, target);
                Files.write(temp, f.getValue());
            }
            for (java.util.Map.Entry<Path, Path> s : staged.entrySet()) {
                try {
                    Files.move(s.getKey(), s.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(s.getKey(), s.getValue(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            for (Path temp : staged.keySet()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + "-", ".part");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
