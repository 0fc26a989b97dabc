package app.galley.ingest;

import app.galley.clean.VisibleMetadata;
import app.galley.model.ArticleDraft;
import app.galley.model.Original;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown (static-site copy, reporters' notes): rendered by commonmark, then read as HTML. */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();

    private MarkdownReader() {
    }

    /** Quotes nested deeper than this are read at this depth: the parser recurses once per level. */
    static final int MAX_QUOTE_DEPTH = 16;

    static ArticleDraft read(String markdown, Original original) throws ImportProblem {
        String text = shallowQuotes(stripFrontMatter(markdown));
        String title = firstHeading(text);
        String markdownBody = title == null ? text : text.replaceFirst("(?m)^#\\s+.*$", "");
        String body = HtmlArticleReader.cleanBody(RENDERER.render(PARSER.parse(markdownBody)));
        if (title == null) {
            title = TextArticleReader.read(body, original).title();
        }
        return new ArticleDraft(TextArticleReader.stripSection(title), null, VisibleMetadata.byline(body),
                VisibleMetadata.source(body), null, LanguageGuess.of(body), null, body, original);
    }

    /**
     * Each line's quote markers ({@code >}, spaces between) cut to {@link #MAX_QUOTE_DEPTH}, by a plain
     * scan (a regular expression repeating a group recurses per repetition and would overflow too).
     */
    static String shallowQuotes(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        int i = 0;
        while (i < markdown.length()) {
            int depth = 0;
            int j = i;
            int keepUntil = i;
            while (j < markdown.length()) {
                char c = markdown.charAt(j);
                if (c == '>') {
                    depth++;
                    j++;
                    if (depth <= MAX_QUOTE_DEPTH) {
                        keepUntil = j;
                    }
                } else if (c == ' ' || c == '\t') {
                    j++;
                    if (depth <= MAX_QUOTE_DEPTH) {
                        keepUntil = j;
                    }
                } else {
                    break;
                }
            }
            out.append(markdown, i, keepUntil);
            int end = markdown.indexOf('\n', j);
            end = end < 0 ? markdown.length() : end + 1;
            out.append(markdown, j, end);
            i = end;
        }
        return out.toString();
    }

    private static String firstHeading(String markdown) {
        for (String line : markdown.split("\\R")) {
            String l = line.strip();
            if (l.startsWith("# ")) {
                return l.substring(2).strip();
            }
        }
        return null;
    }

    /** YAML front matter ({@code ---} lines at the top, as static site generators write) is metadata. */
    private static String stripFrontMatter(String markdown) {
        String t = markdown.stripLeading();
        if (t.startsWith("---")) {
            int end = t.indexOf("\n---", 3);
            if (end > 0) {
                int next = t.indexOf('\n', end + 4);
                return next > 0 ? t.substring(next + 1) : "";
            }
        }
        return markdown;
    }
}
