package app.galley.ingest;

import app.galley.model.ArticleDraft;
import app.galley.model.Original;
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
    private static final Pattern BREADCRUMB = Pattern.compile("\\s*(?:>|›|»|＞|/)\\s*");
    private static final Pattern NAV_LABEL = Pattern.compile(
            "(?i)^(當前位置|当前位置|目前位置|您的位置|你的位置|現在位置|位置|you are here|current location|location|home)\\s*[:：]?\\s*$");
    private static final Pattern NAV_WORDS = Pattern.compile(
            "(?i)^(首頁|首页|主頁|主页|home|menu|選單|菜单|skip to (main )?content|跳到主要內容|分享|share|廣告|广告|advertisement)$");

    private TextArticleReader() {
    }

    public static ArticleDraft read(String text, Original original) throws ImportProblem {
        String normal = normalise(text);
        List<String> lines = normal.lines().toList();
        int titleLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !isNavigation(line)) {
                titleLine = i;
                break;
            }
        }
        if (titleLine < 0) {
            throw new ImportProblem("no text in file (only navigation lines)");
        }
        String title = title(lines.get(titleLine).strip());
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i == titleLine && title.equals(lines.get(i).strip())) {
                continue;
            }
            body.append(lines.get(i)).append('\n');
        }
        String bodyText = collapseBlankLines(body.toString()).strip();
        if (bodyText.isEmpty()) {
            bodyText = lines.get(titleLine).strip();
        }
        return new ArticleDraft(title, null, null, null, null, LanguageGuess.of(bodyText), null, bodyText, original);
    }

    /** True for lines that are site navigation rather than content. */
    static boolean isNavigation(String line) {
        if (NAV_LABEL.matcher(line).matches() || NAV_WORDS.matcher(line).matches()) {
            return true;
        }
        String[] crumbs = BREADCRUMB.split(line);
        if (crumbs.length >= 2 && !line.contains("://")) {
            String first = crumbs[0].strip();
            return NAV_WORDS.matcher(first).matches() || NAV_LABEL.matcher(first).matches();
        }
        String[] menu = line.split("\\s*[|｜]\\s*");
        if (menu.length >= 3) {
            for (String item : menu) {
                if (item.codePointCount(0, item.length()) > 12) {
                    return false;
                }
            }
            return true;
        }
        return false;
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
