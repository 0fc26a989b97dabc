package app.galley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file Galley imports, known by their names' endings. */
public enum FileFormat {
    TEXT("text/plain", ".txt", ".text"),
    MARKDOWN("text/markdown", ".md", ".markdown"),
    HTML("text/html", ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"),
    MIME("message/rfc822", ".eml", ".mhtml", ".mht"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    NINJS("application/json", ".json"),
    NEWSML("application/vnd.iptc.g2.newsitem+xml", ".xml"),
    ZIP("application/zip", ".zip");

    private final String mediaType;
    private final List<String> endings;

    FileFormat(String mediaType, String... endings) {
        this.mediaType = mediaType;
        this.endings = List.of(endings);
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> endings() {
        return endings;
    }

    /** The format of a file by its name, if Galley imports that kind of file. */
    public static Optional<FileFormat> of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (FileFormat f : values()) {
            for (String e : f.endings) {
                if (n.endsWith(e)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** All endings, for messages and file choosers: {@code .txt, .md, ...}. */
    public static String allEndings() {
        StringBuilder sb = new StringBuilder();
        for (FileFormat f : values()) {
            for (String e : f.endings) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(e);
            }
        }
        return sb.toString();
    }
}
