package app.galley.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What pasted or dropped text stands for: web addresses, files and folders, or an article's text. */
final class PastedText {

    private PastedText() {
    }

    /** The text's lines as web addresses, if every non-blank line is one. */
    static List<String> asUrls(String text) {
        List<String> urls = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!s.matches("(?i)https?://\\S+")) {
                return List.of();
            }
            urls.add(s);
        }
        return urls;
    }

    /** The text's lines as paths, if every non-blank line names an existing file or folder. */
    static List<Path> asPaths(String text) {
        List<Path> paths = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("file:")) {
                try {
                    s = Path.of(java.net.URI.create(s)).toString();
                } catch (RuntimeException e) {
                    return List.of();
                }
            }
            try {
                Path p = Path.of(s);
                if (!p.isAbsolute() || !Files.exists(p)) {
                    return List.of();
                }
                paths.add(p);
            } catch (RuntimeException e) {
                return List.of();
            }
        }
        return paths;
    }
}
