package app.galley.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet an article comes from, read from the boilerplate a cleaning removes: reposting sites
 * credit the original there ({@code 來源:第一財經}, {@code 更多來自 第一財經 的精彩文章},
 * {@code Source: Reuters}). Used when the import found no source of its own.
 */
public final class SourceHints {

    private static final List<Pattern> CREDITS = List.of(
            Pattern.compile("(?:來源|来源|出處|出处|稿源|文章來源|文章来源|source)\\s*[:：]\\s*([^|｜\\s,，。]{2,40})",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:更多來自|更多来自)\\s*([^\\s的]{2,40})\\s*的"),
            Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s+)?([A-Z][\\w&' -]{1,40}?)[.,]?\\s+all rights reserved",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:originally (?:published|appeared) (?:in|on|by))\\s+([A-Z][\\w .&'-]{1,40}?)[.,]",
                    Pattern.CASE_INSENSITIVE));

    private SourceHints() {
    }

    /** The first credit found in the removed lines, in order of the patterns' strength. */
    public static Optional<String> fromRemoved(List<String> removedLines) {
        for (Pattern p : CREDITS) {
            for (String line : removedLines) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    return Optional.of(m.group(1).strip());
                }
            }
        }
        return Optional.empty();
    }
}
