package app.galley.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The body model: an article's text is kept as paragraphs separated by blank lines ({@link
 * Paragraphs} reads them), and an editor shows it as one line per paragraph. These two turn one into
 * the other; {@link BodyOffsets} maps positions between them.
 */
public final class Body {

    private Body() {
    }

    /**
     * The body as an editor shows it: one line per paragraph (a body without blank lines has one
     * paragraph per line), blank lines dropped, spaces inside a line as they are.
     */
    public static List<String> lines(String body) {
        return List.of(body.strip().split("\\n\\s*\\n|\\n"));
    }

    /** A body from an editor's lines: each non-blank line a paragraph, stripped, separated by blank lines. */
    public static String ofLines(Iterable<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty()) {
                paragraphs.add(s);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
