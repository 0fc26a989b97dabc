package app.galley.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines and sources as they are written in an article's visible text, in Chinese and English:
 * {@code 記者王小明／花蓮報導}, {@code 文／王大明}, {@code By Jane Doe | The Ledger | Aug. 14, 2026},
 * {@code 來源：第一財經}, {@code 本文轉載自 X}, {@code 請您繼續閱讀更多來自 X 的精彩文章}, {@code TAG:X}.
 */
public final class VisibleMetadata {

    static final Pattern BY = Pattern.compile(
            "(?i)^\\s*by\\s+([\\p{Lu}][^\\n|,]{1,80}?)(?:\\s*[,|]|\\s+(?:and|on|updated|published)\\b|$)");
    static final Pattern REPORTER = Pattern.compile(
            "(?:記者|记者)\\s*([\\p{IsHan}]{2,4}(?:[、,，][\\p{IsHan}]{2,4})*)\\s*[/／]");
    static final Pattern WEN = Pattern.compile(
            "(?:^|[\\s（(])(?:文|撰文|作者)\\s*[/／:：]\\s*([\\p{IsHan}·]{2,8}|[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,3})");
    private static final Pattern BY_OUTLET = Pattern.compile(
            "(?im)^\\s*by\\s+[^|\\n]{2,80}\\|\\s*([^|\\n]{2,60}?)\\s*(?:\\||$)");
    private VisibleMetadata() {
    }

    /** The byline written in the text, or null. */
    public static String byline(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = REPORTER.matcher(text);
        if (m.find()) {
            return m.group(0).replaceAll("[/／]$", "").strip();
        }
        m = WEN.matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        for (String line : text.split("\\R")) {
            if (line.length() < 160) {
                Matcher by = BY.matcher(line);
                if (by.find()) {
                    return by.group(1).strip();
                }
            }
        }
        return null;
    }

    /** The outlet the text says it comes from, or null. */
    public static String source(String text) {
        if (text == null) {
            return null;
        }
        String credited = app.galley.clean.SourceHints.inText(text).orElse(null);
        if (credited != null) {
            return credited;
        }
        Matcher m = BY_OUTLET.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }
}
