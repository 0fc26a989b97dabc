package app.galley.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes exported files whole or not at all: into a temporary file beside the target, then moved
 * over it, so that a full disk or a crash never leaves a half-written file where a good one was.
 */
public final class FileWriting {

    private static final String PART = ".part";
    private static final String OLD = ".old";

    private FileWriting() {
    }

    /**
     * Writes one article's files under {@code root} whole or not at all. A single file is written
     * beside its place and moved over it. A folder of files (a Markdown page bundle: its
     * {@code index.md} and images) is written whole as a hidden folder beside its place and then
     * swapped in by renames, so a crash at any moment leaves either the earlier bundle or the new one,
     * never a mix (at worst the earlier one waits hidden as {@code .NAME-….old} until the next export
     * of the article puts the new one in place and removes it). A name that would leave {@code root}
     * is refused.
     */
    public static void writeAllAtomically(Path root, Map<String, byte[]> files) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Map<String, Map<Path, byte[]>> byTop = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = base.resolve(f.getKey()).normalize();
            if (!target.startsWith(base) || target.equals(base)) {
                throw new IOException("refused to write " + f.getKey() + " outside " + base);
            }
            Path rel = base.relativize(target);
            String top = rel.getNameCount() == 1 ? "" : rel.getName(0).toString();
            byTop.computeIfAbsent(top, k -> new LinkedHashMap<>()).put(rel, f.getValue());
        }
        Files.createDirectories(base);
        for (Map.Entry<String, Map<Path, byte[]>> group : byTop.entrySet()) {
            if (group.getKey().isEmpty()) {
                for (Map.Entry<Path, byte[]> f : group.getValue().entrySet()) {
                    writeAtomically(base.resolve(f.getKey()), f.getValue());
                }
            } else {
                writeFolder(base, group.getKey(), group.getValue());
            }
        }
    }

    /** Writes the folder {@code name} under {@code base} holding exactly {@code files}, swapped in whole. */
    private static void writeFolder(Path base, String name, Map<Path, byte[]> files) throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path staged = base.resolve("." + name + "-" + tag + PART);
        Path target = base.resolve(name);
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                Path p = staged.resolve(f.getKey().subpath(1, f.getKey().getNameCount()).toString());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target + " is in the way: it is not a folder");
                }
                move(target, base.resolve("." + name + "-" + tag + OLD));
            }
            move(staged, target);
        } finally {
            deleteTree(staged);
        }
        // what this export replaced, and what an export stopped between its renames left behind
        try (Stream<Path> leftovers = Files.list(base)) {
            java.util.regex.Pattern mine = java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote("." + name + "-") + "[0-9a-f]{8}\\.(old|part)");
            for (Path p : leftovers.filter(p -> mine.matcher(p.getFileName().toString()).matches()).toList()) {
                deleteTree(p);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) { // walk does not follow links
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * A new empty file beside {@code absolute} to write into before it is moved over it. Made as any
     * new file of the user is (the umask's permissions), not as {@code createTempFile} makes them
     * (owner only): an export, proof or zip is the user's ordinary file; only the credentials file is
     * private (issue 18).
     */
    static Path newPart(Path absolute) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path part = absolute.resolveSibling("." + absolute.getFileName() + "-"
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + PART);
            try {
                return Files.createFile(part);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = newPart(absolute);
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
