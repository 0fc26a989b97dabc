package app.galley.clean;

import java.util.regex.Pattern;

/**
 * The lines around a story that are page furniture rather than metadata: share prompts, reading
 * times, counters, picture credits and filing labels, {@code 【纠错】【打印】【关闭】}; and a desk's
 * signature ({@code 科技新知編輯部}), which names no writer.
 */
final class FurnitureLines {

    private static final Pattern COUNT = Pattern.compile("^(?:閱讀|阅读|點擊|点击|瀏覽|浏览|views?)\\s*[:：]?\\s*[\\d,]+\\s*(?:次)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DESK = Pattern.compile("^\\S{1,12}(?:編輯部|编辑部|小編|小编|新聞部|新闻部|Staff|Desk)$");
    private static final Pattern READ_TIME = Pattern.compile("(?i)^\\d+\\s*min(?:ute)?s?\\s+read$|^\\d+-minute read$"
            + "|^reading time\\s*:?\\s*\\d+\\s*min(?:ute)?s?$|^(?:閱讀時間|阅读时间)\\s*[:：]?\\s*\\d+\\s*(?:分鐘|分钟)$");
    private static final Pattern SHARE = Pattern.compile(
            "(?i)^(?:share (?:on|this|via)\\b.*|email this article|分享到\\s*[:：]?.*|分享\\s*[:：].*)$");
    /** Page furniture: {@code 【纠错】 【打印】 【关闭】}, {@code 字号：大 中 小}. */
    static final Pattern FURNITURE = Pattern.compile(
            "^(\\s*[【\\[][^】\\]]{1,6}[】\\]]\\s*){2,}$|^\\s*字[号號]\\s*[:：]?\\s*[大中小](\\s*[大中小]){1,2}\\s*$");
    /** A picture's credit or a filing label: {@code Photo: Getty Images}, {@code 圖／翻攝}, {@code Filed under: Travel}. */
    private static final Pattern CREDIT_OR_FILING = Pattern.compile("(?i)^(?:photo|image|picture|photograph|illustration)s?"
            + "(?:\\s+credits?)?\\s*[:：]\\s*\\S.{0,60}$|^(?:filed under|categories|category)\\s*:\\s*\\S.{0,60}$"
            + "|^(?:圖|图|圖片|图片|照片)(?:來源|来源)?\\s*[/／:：]\\s*\\S.{0,30}$");

    private FurnitureLines() {
    }

    /** A line of page furniture, a share prompt, a reading time or a picture's credit. */
    static boolean is(String line) {
        return FURNITURE.matcher(line).matches() || SHARE.matcher(line).matches() || READ_TIME.matcher(line).matches()
                || CREDIT_OR_FILING.matcher(line).matches();
    }

    /** {@code Share on Facebook}, {@code 分享到：}. */
    static boolean isShare(String line) {
        return SHARE.matcher(line).matches();
    }

    /** {@code 閱讀：1,024}, {@code 4 min read}: a counter or a reading time in a bar. */
    static boolean isCountOrTime(String segment) {
        return READ_TIME.matcher(segment).matches() || COUNT.matcher(segment).matches();
    }

    /** {@code 科技新知編輯部}, {@code Metro Desk}: a desk, not a writer. */
    static boolean isDesk(String name) {
        return DESK.matcher(name).matches();
    }
}
