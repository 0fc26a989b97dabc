package app.galley.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The files an import of folders reads: what {@link ImportService#expand} lists, and the links it will not follow. */
final class FolderWalk {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWalk.class);

    /**
     * Expands folders (recursively, skipping hidden entries) into the supported files they hold.
     * Symbolic links are not followed out of the chosen folder: a link to a file inside it is read,
     * a link leading outside (or in a loop, or nowhere) becomes that entry's error line.
     */
    List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                Path root;
                try {
                    root = p.toRealPath();
                } catch (IOException e) {
                    files.add(p);
                    continue;
                }
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> !isHidden(p, f) && !isSavedPageResource(p, f) && withinOrRefused(root, f))
                            .filter(f -> refusedLinks.containsKey(f) || Files.isRegularFile(f) && ImportService.isSupported(f))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    LOG.warn("Could not list {}", p, e);
                    files.add(p); // importFile reports it
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Links found by {@link #expand} that lead outside the chosen folder, with why they are not read. */
    private final java.util.Map<Path, String> refusedLinks = new java.util.concurrent.ConcurrentHashMap<>();

    /** Why a link {@link #expand} listed is not read (once), or null for anything else. */
    String refusal(Path file) {
        return refusedLinks.remove(file);
    }

    /** True for an entry to consider: not a link, or a link whose target is inside {@code root}. */
    private boolean withinOrRefused(Path root, Path f) {
        if (!Files.isSymbolicLink(f)) {
            return true;
        }
        try {
            Path real = f.toRealPath();
            if (real.startsWith(root)) {
                return !Files.isDirectory(real); // a linked folder inside is walked where it really is
            }
            refusedLinks.put(f, "a link to " + real + ", outside the chosen folder: not followed");
        } catch (java.nio.file.FileSystemLoopException e) {
            refusedLinks.put(f, "a link loop: not followed");
        } catch (IOException e) {
            refusedLinks.put(f, String.valueOf(e.getMessage()).contains("many levels")
                    ? "a link loop: not followed" : "a link to nothing (its target is missing)");
        }
        return true;
    }

    /** Inside the {@code NAME_files/} folder a browser saves beside {@code NAME.html}: the page's resources. */
    private static boolean isSavedPageResource(Path root, Path f) {
        for (Path dir = f.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            String name = dir.getFileName().toString();
            if (name.endsWith("_files")) {
                String page = name.substring(0, name.length() - "_files".length());
                Path parent = dir.getParent();
                if (Files.exists(parent.resolve(page + ".html")) || Files.exists(parent.resolve(page + ".htm"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isHidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
