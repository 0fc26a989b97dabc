package app.galley.ingest;

import app.galley.text.DateParser;
import app.galley.clean.MetadataLines;
import app.galley.clean.VisibleMetadata;
import app.galley.model.ArticleDraft;
import app.galley.model.LengthUnit;
import app.galley.model.Original;
import app.galley.model.TextLength;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: the title is the first line that is not site navigation (a
 * "當前位置:" / "You are here:" label or a {@code Home > News > ...} breadcrumb); the body is the rest,
 * paragraphs kept, line breaks normalised. Boilerplate stays in the body: removing it is cleaning's
 * job, where it can be previewed and undone.
 */
public final class TextArticleReader {

    private static final int MAX_TITLE = 300;
    /** How far into the body a header can reach: a dateline and byline, never a whole text. */
    private static final int HEADER_MAX = 2000;
    private static final Pattern SECTION_PREFIX = Pattern.compile("^[【\\[]([^】\\]]{1,10})[】\\]]\\s*");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。！？!?；;：:，,.]\\s*$|[。！？]");

    private TextArticleReader() {
    }

    public static ArticleDraft read(String text, Original original) throws ImportProblem {
        String normal = normalise(text);
        List<String> lines = normal.lines().toList();
        // kickers, datelines, byline and source lines around the headline say what the article is (issue 20)
        MetadataLines.Found meta = MetadataLines.of(normal, true);
        java.util.Set<Integer> metaLines = new java.util.HashSet<>();
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            int at = offset;
            if (meta.lines().stream().anyMatch(l -> l.start() == at)) {
                metaLines.add(i);
            }
            offset += lines.get(i).length() + 1;
        }
        int titleLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !isNavigation(line) && !metaLines.contains(i)) {
                titleLine = i;
                break;
            }
        }
        if (titleLine < 0) {
            throw new ImportProblem("no text in file (only navigation lines)");
        }
        String title = title(stripSection(lines.get(titleLine).strip()));
        if (meta.title() != null && !meta.title().equals(stripSection(lines.get(titleLine).strip()))) {
            title = title(meta.title()); // the headline given only as 原標題： above the text
            titleLine = -1;
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i == titleLine && title.equals(stripSection(lines.get(i).strip()))) {
                continue;
            }
            body.append(lines.get(i)).append('\n');
        }
        String bodyText = collapseBlankLines(body.toString()).strip();
        if (bodyText.isEmpty()) {
            bodyText = lines.get(titleLine).strip();
        }
        String head = header(bodyText);
        String byline = meta.byline() != null ? meta.byline() : VisibleMetadata.byline(head + "\n" + footer(bodyText));
        String source = meta.source() != null ? meta.source() : VisibleMetadata.source(bodyText);
        Instant published = meta.published() != null ? meta.published() : DateParser.parseVisible(head);
        return new ArticleDraft(title, null, byline, source, meta.originalTitle(), meta.othersBesides(source, List.of()),
                meta.originalUrl(), LanguageGuess.of(bodyText), published, bodyText, original, List.of());
    }

    /** The lines before the first real paragraph: where a dateline, byline or date stands. */
    static String header(String body) {
        StringBuilder sb = new StringBuilder();
        for (String para : body.substring(0, Math.min(body.length(), HEADER_MAX)).split("\\n\\s*\\n")) {
            if (TextLength.of(para).value() >= 60) {
                // the opening of the first real paragraph can hold the dateline: 「（記者王小明／花蓮報導）」
                sb.append(para, 0, Math.min(para.length(), 60));
                break;
            }
            sb.append(para).append('\n');
        }
        return sb.toString();
    }

    /** The last few lines, where reposted articles name their byline or source. */
    private static String footer(String body) {
        return body.length() <= 400 ? body : body.substring(body.length() - 400);
    }

    /** {@code 【財經】標題} becomes {@code 標題}: a section label is not part of the headline. */
    static String stripSection(String line) {
        String stripped = SECTION_PREFIX.matcher(line).replaceFirst("").strip();
        return stripped.isEmpty() ? line : stripped;
    }

    /**
     * The subheads of a plain-text body: short single-line paragraphs without sentence punctuation,
     * standing between real paragraphs (like {@code 尋求體制突破} in the sample).
     */
    public static List<String> subheads(String body) {
        return app.galley.text.Paragraphs.subheads(body);
    }

    /** True for lines that are site navigation rather than content. */
    static boolean isNavigation(String line) {
        return MetadataLines.isNavigation(line);
    }

    private static String title(String line) {
        if (line.codePointCount(0, line.length()) <= MAX_TITLE) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_TITLE - 1)) + "…";
    }

    /** Unix line ends, no trailing spaces, no NUL or BOM characters. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").replace("\u0000", "")
                .replaceAll("[ \\t\\x0B\\f]+\\n", "\n");
    }

    static String collapseBlankLines(String text) {
        return text.replaceAll("\\n{3,}", "\n\n");
    }
}
