package app.galley.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet an article credits in its text ({@code 來源：第一財經}, {@code 本文轉載自 X},
 * {@code 請您繼續閱讀更多來自 X 的精彩文章}, {@code TAG:X}). Import reads these from the whole text
 * ({@link #inText}); cleaning also trusts weaker credits in the lines it removed as boilerplate
 * ({@link #fromRemoved}: a time-stamped source line, a copyright line, "originally published in").
 */
public final class SourceHints {

    /** Credits that say what they are wherever they stand, most explicit first. */
    private static final List<Pattern> IN_TEXT = List.of(
            Pattern.compile("[（(]\\s*(?:文章)?(?:來源|来源|出處|出处)\\s*[:：]\\s*([^）)\\n]{2,30}?)\\s*[）)]"),
            Pattern.compile("(?:^|\\n)\\s*(?:文章)?(?:來源|来源|出處|出处)\\s*[:：]\\s*([^\\s|｜,，。]{2,30})"),
            Pattern.compile("本文(?:轉載|转载|轉錄|转录)(?:自|於|于)\\s*[「《]?([^\\s」》,，。]{2,30}?)[」》]?(?:[\\s,，。]|$)"),
            Pattern.compile("(?:請您|请您)?(?:繼續閱讀|继续阅读)更多來自\\s*(\\S{2,30}?)\\s*的精彩文章"),
            Pattern.compile("(?:請您|请您)?(?:继续阅读)更多来自\\s*(\\S{2,30}?)\\s*的精彩文章"),
            Pattern.compile("(?m)^\\s*TAG\\s*[:：]\\s*([^|｜\\s,，]{2,30})"));

    /** Credits trusted only in removed boilerplate, where a site names the outlet it copied. */
    private static final List<Pattern> IN_BOILERPLATE = List.of(
            Pattern.compile("(?:來源|来源|出處|出处|稿源|source)\\s*[:：]\\s*([^|｜\\s,，。]{2,40})", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:更多來自|更多来自)\\s*([^\\s的]{2,40})\\s*的"),
            Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s+)?([A-Z][\\w&' -]{1,40}?)[.,]?\\s+all rights reserved",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:originally (?:published|appeared) (?:in|on|by))\\s+([A-Z][\\w .&'-]{1,40}?)[.,]",
                    Pattern.CASE_INSENSITIVE));

    private SourceHints() {
    }

    private static final Pattern LABELLED = Pattern.compile(
            "(?:^|[\\s\u3000|｜])(?:文章)?(?:來源|来源|稿源)\\s*[:：]\\s*([^\\s|｜,，。　:：]{2,30})");

    /** The outlet a {@code 來源：} label names in a stretch of a page's text (white space folded), or null. */
    public static String labelled(String text) {
        Matcher m = LABELLED.matcher(text == null ? "" : text);
        String found = null;
        while (m.find()) {
            found = m.group(1); // the nearest to the article: the last one above it
        }
        return found;
    }

    /** The outlet the text credits, or empty. */
    public static Optional<String> inText(String text) {
        return text == null ? Optional.empty() : first(IN_TEXT, text);
    }

    /** The outlet credited by the removed lines, or empty. */
    public static Optional<String> fromRemoved(List<String> removedLines) {
        String text = String.join("\n", removedLines);
        return inText(text).or(() -> first(IN_BOILERPLATE, text));
    }

    private static Optional<String> first(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }
}
