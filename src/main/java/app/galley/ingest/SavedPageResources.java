package app.galley.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files a browser saved beside a page ({@code NAME.html} and its {@code NAME_files/} folder): an
 * image the article refers to by a relative address is read from there. Only files whose real path
 * (links followed) lies inside the page's own {@code _files} folder are read, whatever the address
 * says: {@code ../../}, a sibling folder or a symbolic link pointing out cannot leave it.
 */
final class SavedPageResources implements Resources {

    private static final Logger LOG = LoggerFactory.getLogger(SavedPageResources.class);
    private final Path folder;
    private final Path files;

    private SavedPageResources(Path folder, Path files) {
        this.folder = folder;
        this.files = files;
    }

    /** The resources beside an HTML file, or none if it has no {@code _files} folder beside it. */
    static Resources beside(Path page) {
        Path parent = page.toAbsolutePath().normalize().getParent();
        String name = page.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (parent == null) {
            return NONE;
        }
        for (String suffix : new String[] {"_files", ".files"}) {
            Path dir = parent.resolve(stem + suffix);
            if (Files.isDirectory(dir)) {
                try {
                    return new SavedPageResources(parent, dir.toRealPath());
                } catch (IOException e) {
                    return NONE;
                }
            }
        }
        return NONE;
    }

    @Override
    public Optional<Found> find(String src) {
        if (src.contains(":") && !src.startsWith("file:")) {
            return Optional.empty(); // http:, https:, data:, blob: ... never fetched
        }
        try {
            Path file;
            if (src.startsWith("file:")) {
                file = Path.of(URI.create(src)).normalize();
            } else {
                int cut = indexOfAny(src, '?', '#');
                String path = URLDecoder.decode(cut < 0 ? src : src.substring(0, cut), StandardCharsets.UTF_8);
                if (path.startsWith("/")) {
                    return Optional.empty(); // the site's root, not saved with the page
                }
                file = folder.resolve(path).normalize();
            }
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(files)) {
                LOG.warn("{} is outside the page's own folder {}: not read", src, files);
                return Optional.empty();
            }
            file = real;
            if (Files.size(file) > MAX_IMAGE_BYTES) {
                LOG.warn("{} is larger than {} bytes: not kept as an attachment", file, MAX_IMAGE_BYTES);
                return Optional.empty();
            }
            return Optional.of(new Found(file.getFileName().toString(), Files.readAllBytes(file)));
        } catch (IOException | IllegalArgumentException e) { // InvalidPathException among them
            LOG.warn("Image {} beside the page could not be read: {}", src, e.toString());
            return Optional.empty();
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
