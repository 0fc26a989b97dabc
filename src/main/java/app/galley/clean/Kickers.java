package app.galley.clean;

import java.util.regex.Pattern;

/**
 * Kicker and label lines above a headline (issue 20): section words in capitals ({@code BREAKING | LOCAL}),
 * a bar of short labels with a relative time ({@code 熱門新聞 | 科學 | 2 小時前}), a short section name
 * ({@code 國際新聞}).
 */
final class Kickers {

    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?i)^(?:(?:posted|updated|published)\\s+)?\\d+\\s*(?:minutes?|mins?|hours?|hrs?|days?)\\s+ago$|^\\d+\\s*(?:分鐘|分钟|小時|小时|天)前$");
    private static final Pattern UPPER_WORDS = Pattern.compile("^[A-Z][A-Z&'-]+(?: [A-Z&][A-Z&'-]*){0,3}$");
    private static final Pattern HAN_LABEL = Pattern.compile("^[\\p{IsHan}]{2,6}$");

    private Kickers() {
    }

    /** {@code Posted 2 hours ago}, {@code 3 小時前}: a time told relative to now, which names no date. */
    static boolean isRelativeTime(String s) {
        return RELATIVE_TIME.matcher(s).matches();
    }

    /**
     * A kicker or label line above the headline: section words in capitals, a bar of short labels with
     * a relative time ({@code 熱門新聞 | 科學 | 2 小時前}), or a short section name ({@code 國際新聞}).
     */
    static boolean is(String s, String next) {
        String[] parts = s.split("\\s*[|｜]\\s*|\\s+/\\s+");
        if (parts.length >= 2) {
            for (String p : parts) {
                if (!(UPPER_WORDS.matcher(p).matches() || RELATIVE_TIME.matcher(p).matches() || HAN_LABEL.matcher(p).matches()
                        && p.length() <= 4)) {
                    return false;
                }
            }
            return true;
        }
        if (UPPER_WORDS.matcher(s).matches() && s.length() <= 30) {
            return true;
        }
        // a short section name with a longer line (the headline) under it
        return HAN_LABEL.matcher(s).matches() && (s.endsWith("新聞") || s.endsWith("新闻")) && next.length() > s.length();
    }
}
