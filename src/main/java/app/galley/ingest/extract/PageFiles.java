package app.galley.ingest.extract;

import app.galley.ingest.ImportProblem;
import app.galley.ingest.InputCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads saved web pages ({@code .html}, {@code .htm}, {@code .html.gz}) with clear errors. */
public final class PageFiles {

    /** Larger pages are refused: the largest real news pages are a few megabytes. */
    public static final long SIZE_LIMIT = 64L * 1024 * 1024;
    private static final Pattern LOOKS_HTML = Pattern.compile("(?i)<(!doctype html|html|head|body|p|div|article|meta|title)[\\s>/]");

    private PageFiles() {
    }

    public static boolean isPage(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
    }

    /** The page's bytes, decompressed if gzipped; refuses what is not an HTML page. */
    public static byte[] read(Path file) throws ImportProblem {
        if (!isPage(file)) {
            throw new ImportProblem("not an HTML page (expected .html, .htm or .html.gz)");
        }
        try {
            if (Files.isDirectory(file)) {
                throw new ImportProblem("is a folder");
            }
            InputCheck.checkSize(Files.size(file), SIZE_LIMIT);
            byte[] bytes;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                bytes = InputCheck.gunzip(Files.newInputStream(file), SIZE_LIMIT);
            } else {
                bytes = Files.readAllBytes(file);
            }
            InputCheck.checkBytes(bytes);
            String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
            boolean utf16 = bytes.length > 1 && (bytes[0] == (byte) 0xFF || bytes[0] == (byte) 0xFE);
            if (!utf16 && !LOOKS_HTML.matcher(head).find()) {
                throw new ImportProblem("not an HTML document (no HTML tags at its start)");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ImportProblem("cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new ImportProblem("cannot read: permission denied");
        } catch (IOException e) {
            throw new ImportProblem("cannot read: " + e.getMessage());
        }
    }
}
