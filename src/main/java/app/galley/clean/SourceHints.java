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

    /** A Chinese name shaped like an outlet's by itself: an agency's, a paper's, a news site's, a magazine's. */
    private static final String HAN_OUTLET_NAME = "\\S{1,10}(?:社|報|报|新聞網|新闻网|電視台|电视台|週刊|周刊|雜誌|杂志|廣播電台|广播电台)";
    private static final String NAME = "[「《“\"]?([^\\s」》”\",，。:：（）()]{2,30}?)[」》”\"]?";
    private static final String EN_NAME = "((?:The |the )?[A-Z][\\w&'-]*(?:\\.[A-Z][\\w&'-]*)*(?: (?:[A-Z&][\\w&'-]*|of|the|and|for))*)";

    /** A whole line that credits the outlet the story came from, the outlet in group 1. */
    private static final List<Pattern> CREDIT_LINES = List.of(
            // 本文經授權轉載自財訊, 轉自：南方週末, 转载自 X，作者：Y
            Pattern.compile("^[（(]?\\s*(?:本篇文章|本文章|本篇|本文|本稿|文章)?(?:經|经)?(?:授權|授权)?(?:轉載|转载|轉錄|转录|轉自|转自|轉貼|转贴)"
                    + "(?:自|於|于)?\\s*[:：丨|｜]?\\s*" + NAME + "(?:\\s*[,，].*)?\\s*[）)]?\\s*[。.]?$"),
            // 本文来自微信公众号“36氪”，作者：张三; 文章来源于澎湃新闻
            Pattern.compile("^[（(]?\\s*(?:本文|文章|本稿)(?:來自|来自|來源於|来源于|源自|來源|来源)(?:於|于)?\\s*[:：]?\\s*(?:微信)?(?:公眾號|公众号)?"
                    + "\\s*" + NAME + "(?:\\s*[,，].*)?\\s*[）)]?\\s*[。.]?$"),
            // （原文刊載於聯合報）, 首發於報導者, 原載於今周刊
            Pattern.compile("^[（(]?\\s*(?:(?:原文|本文)(?:刊載|刊载|刊登|發表|发表|首發|首发|載|载)|(?:本文)?(?:首發|首发|原載|原载|原刊))"
                    + "(?:於|于)\\s*" + NAME + "(?:\\s*[,，].*)?\\s*[）)]?\\s*[。.]?$"),
            // 本文由天下雜誌授權轉載, 本文由「虎嗅」授权发布
            Pattern.compile("^[（(]?\\s*(?:本文|本稿|文章)(?:由|經|经)\\s*" + NAME + "\\s*(?:授權|授权)"
                    + "(?:轉載|转载|發布|发布|發表|发表|刊登|刊載|刊载|使用)(?:\\s*[,，][^）)]*)?\\s*[。.]?\\s*[）)]?$"),
            // （本文摘自《遠見雜誌》）, 本文节选自《财经》: an excerpt names the work it was taken from
            Pattern.compile("^[（(]?\\s*(?:本文|本稿|文章)?(?:摘自|摘錄自|摘录自|摘編自|摘编自|節選自|节选自|節錄自|节录自)\\s*"
                    + "[《「“]([^》」”]{2,30})[》」”]\\s*[。.]?\\s*[）)]?$"),
            // 来源丨第一财经, 新聞來源：自由時報, 稿件來源：工商時報
            Pattern.compile("^(?:新聞|新闻|文章|本文|稿件)?(?:來源|来源|出處|出处|稿源)\\s*[丨|｜:：／/]\\s*" + NAME + "$"),
            // 圖文：中央社 (圖文 with a person's name is a byline, not this)
            Pattern.compile("^(?:圖文|图文)\\s*[:：／/]\\s*(" + HAN_OUTLET_NAME + ")$"),
            // 原文出自：ETtoday新聞雲
            Pattern.compile("^[（(]?\\s*(?:原文|本文|文章)?出自\\s*[:：]?\\s*" + NAME + "\\s*[）)]?\\s*[。.]?$"),
            Pattern.compile("(?i)^(?:(?:this|a version of this) (?:article|story|piece|post|report|content)"
                    + " (?:was |is |has been )?(?:originally |first )?(?:appeared|published|ran|republished|reprinted|produced)"
                    + " (?:in|on|by|at|from)|originally (?:published|appeared) (?:in|on|by|at)|first (?:published|appeared) (?:in|on|by)"
                    + "|(?:(?:this (?:article|story) (?:is|was) )?(?:republished|reprinted|reproduced)) (?:with (?:the )?permission )?(?:from|of|courtesy of)|(?:story |article )?courtesy of|sources?\\s*:)\\s+(?-i)" + EN_NAME
                    + "(?:\\s*[.,;:(].*|\\s+(?:on|in|at|and|under|with)\\b.*)?$"),
            // Via BBC News, under the story
            Pattern.compile("^(?i:via)\\s+" + EN_NAME + "\\.?$"),
            // a blog's feed footer: The post TITLE appeared first on SITE.
            Pattern.compile("^The post .{1,300}? appeared first on " + EN_NAME + "\\.?$"),
            // a wire's sign-off in brackets under the story: （中央社）, （新華社）
            Pattern.compile("^[（(]\\s*(中央社|中新社|中新網|中新网|新華社|新华社|法新社|路透社|美聯社|美联社|共同社|韓聯社|韩联社|德新社|安莎社)\\s*[）)]$"),
            // a paper's or a site's name alone in brackets under the story: （自由時報）, （聯合新聞網）
            Pattern.compile("^[（(]\\s*(\\S{1,8}(?:日報|日报|晚報|晚报|時報|时报|週報|周报|週刊|周刊|雜誌|杂志|新聞網|新闻网|電視台|电视台)|\\S{2,8}(?:報|报))\\s*[）)]$"),
            // an English wire's name alone in brackets under the story: (AFP), (Reuters)
            Pattern.compile("^\\(\\s*(AFP|Reuters|AP|Xinhua|Bloomberg|Kyodo|Yonhap|dpa|UPI|CNA|EFE|ANSA)\\s*\\)$"),
            // a wire's sign-off under the story: — The Associated Press
            Pattern.compile("^[—–-]{1,2}\\s*(The Associated Press|Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg"
                    + "|Bloomberg News|Kyodo News|Xinhua|Yonhap|CNA|Central News Agency|dpa|UPI)\\.?$"));

    /** A copyright line: the holder in group 1 (the weakest credit: a site's own lines say it too). */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(?-i)"
                    + "([A-Z\\p{IsHan}][\\w&'. \\p{IsHan}-]{1,40}?)"
                    + "(?i)(?:\\s*,?\\s*(?:L\\.?P\\.?|Inc\\.?|Ltd\\.?|LLC|Co\\.?|plc))?(?:\\s*,?\\s*\\d{4})?\\s*[.,]?\\s*(?:all rights reserved\\.?|版權所有|版权所有)?$");

    /** A wire service's dateline at the start of the story: （中央社記者…台北3日電）, 新华社武汉6月3日电, LONDON (Reuters) -. */
    private static final List<Pattern> WIRE = List.of(
            Pattern.compile("^[（(〔【\\[]\\s*(中央社|中新社|新華社|新华社|法新社|路透社?|美聯社|美联社|共同社|韓聯社|韩联社|德新社|安莎社)"
                    + "[^）)〕】\\]]{0,30}?(?:電|电)\\s*[）)〕】\\]]"),
            Pattern.compile("^(新華社|新华社|中新社|中新網|中新网|中央社|人民網|人民网|央視網|央视网|國際在線|国际在线)"
                    + "\\s*\\S{0,12}?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:電|电)"),
            Pattern.compile("^《\\s*([^》\\s]{2,12}(?:報|报|刊))\\s*》\\s*[（(]\\s*\\d{4}\\s*年"), // 《 人民日报 》（ 2026年…
            // a paper's or a site's own news, at the story's start: 中国青年报客户端讯（…记者 王小明）; not 本报讯
            Pattern.compile("^(?!本)([\\p{IsHan}]{2,10}?(?:報|报|社|網|网|台|新聞|新闻))(?:客戶端|客户端|APP)?(?:訊|讯)\\s*[（(]"),
            // CNA without its brackets, on a line of its own: 中央社記者王小明高雄3日電
            Pattern.compile("^(中央社|中新社|新華社|新华社)(?:記者|记者|\\s*[/／]\\s*)[\\p{IsHan}、]{2,16}?\\d{1,2}日專?(?:電|电)"),
            // LONDON (Reuters) -, LONDON, Oct 3 (Reuters) -, (CNN) —
            Pattern.compile("^(?:[A-Z][\\w .,'/-]{1,40}?\\s*)?\\((Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|UPI|dpa|CNA|ANSA|EFE|CNN)\\)"
                    + "\\s*[-—–]"));

    /** A wire's dateline calls it by its short name. */
    private static final java.util.Map<String, String> WIRE_NAMES = java.util.Map.of("AP", "The Associated Press",
            "路透", "路透社", "中新网", "中国新闻网", "中新網", "中國新聞網", "中新社", "中国新闻社", "Kyodo", "Kyodo News");
    /** {@code From The Daily Herald} over the story, {@code Read more at The Daily Herald} under it: an outlet's name only. */
    private static final Pattern FROM_OUTLET = Pattern.compile(
            "^(?:From|Read (?:more|the full story|the original(?: story| article)?) (?:at|on|in))\\s+" + EN_NAME + "\\.?$");

    private SourceHints() {
    }

    /**
     * What a "Source:" line under a story names when it is where a figure came from, not an outlet:
     * {@code Source: U.S. Census Bureau}, {@code Sources: company filings, FactSet estimates}.
     */
    private static final Pattern DATA_SOURCE = Pattern.compile("(?i).*\\b(?:bureau|department|ministry|administration|office"
            + "|statistics|survey|census|data|institute|university|bank|fund|commission|authority|organi[sz]ation|filings?"
            + "|estimates?|analysis|calculations?|research|government|factset|refinitiv|lseg|statista|eurostat)\\b.*");

    /** The outlet a whole line credits (a repost or syndication credit), or null. */
    public static String creditLine(String line) {
        String s = line.strip();
        for (Pattern p : CREDIT_LINES) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                boolean dataLine = s.regionMatches(true, 0, "source", 0, 6) && DATA_SOURCE.matcher(s).matches();
                return dataLine ? null : outletName(m.group(1)); // Source: U.S. Census Bureau is a figure's, not the story's
            }
        }
        Matcher from = FROM_OUTLET.matcher(s);
        if (from.matches() && Bylines.isOutletName(from.group(1))) {
            return outletName(from.group(1));
        }
        OriginalLinks.Link link = OriginalLinks.read(s); // 原文網址：…, an address on a listed outlet's domain
        return link == null || link.outlet() == null ? null : outletName(link.outlet());
    }

    /**
     * An outlet's name as the outlet writes it: {@code AP} and {@code Associated Press} are {@code The
     * Associated Press}, {@code the Guardian} is {@code The Guardian}.
     */
    public static String outletName(String name) {
        String n = name.strip();
        n = n.startsWith("the ") ? "The " + n.substring(4) : n;
        return n.equals("Associated Press") ? "The Associated Press" : WIRE_NAMES.getOrDefault(n, n);
    }

    /**
     * The outlet a credit's value names: {@code 人民网－财经频道} is 人民网 (a channel names its outlet),
     * {@code 澎湃新闻客户端} is 澎湃新闻, a date or an account id after the name is dropped.
     */
    public static String canonical(String value) {
        return outletName(value.strip()
                .replaceFirst("\\s*[（(][^）)]*\\d{4}[^）)]*[）)]?$", "") // 中央社 (2026-07-15)
                .replaceFirst("\\s*[（(]\\s*(?:ID|id|微信號|微信号)\\s*[:：][^）)]*[）)]?$", "") // 36氪（ID：wow36kr）
                .replaceFirst("\\s*[－—–-]\\s*\\S{1,8}(?:頻道|频道|版|頻|频)$", "")
                .replaceFirst("(?<=\\S{2})(?:客戶端|客户端|官網|官网|APP|App|微信公眾號|微信公众号|官方微博)$", "") // 澎湃新闻客户端
                .replaceFirst("(?<=\\S{3})\\s+(?i:staff(?:\\s+(?:writer|reporter))?|correspondent)$", "")); // Riverside Ledger staff
    }

    private static final Pattern HAN_OUTLET = Pattern.compile(HAN_OUTLET_NAME);

    /** A name that is an outlet's by itself: a wire's, a listed outlet's, or one shaped like a paper's or an agency's. */
    public static boolean isOutletName(String name) {
        String n = name.strip();
        return WIRE_NAMES.containsKey(n) || WIRE_NAMES.containsValue(n) || OriginalLinks.isKnownName(n)
                || HAN_OUTLET.matcher(n).matches();
    }

    /** The holder a copyright line names, or null. */
    public static String copyright(String line) {
        Matcher m = COPYRIGHT.matcher(line.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    /** The wire service whose dateline opens a paragraph, or null ("AP" is The Associated Press). */
    public static String wire(String paragraph) {
        for (Pattern p : WIRE) {
            Matcher m = p.matcher(paragraph.strip());
            if (m.find()) {
                String name = m.group(1);
                return WIRE_NAMES.getOrDefault(name, name);
            }
        }
        return null;
    }

    private static final Pattern LABELLED = Pattern.compile(
            "(?:^|[\\s\u3000|｜])(?:文章|新聞|新闻|內容|内容|原文|稿件)?(?:來源|来源|稿源|出處|出处)\\s*[:：]\\s*([^\\s|｜,，。　:：]{2,30})");

    /** The outlet a {@code 來源：} label names in a stretch of a page's text (white space folded), or null. */
    public static String labelled(String text) {
        Matcher m = LABELLED.matcher(text == null ? "" : text);
        String found = null;
        while (m.find()) {
            found = m.group(1); // the nearest to the article: the last one above it
        }
        return found;
    }

    /** Credits in running text just after an article (a page's note under it), most explicit first. */
    private static final List<Pattern> AFTER_ARTICLE = List.of(
            Pattern.compile("本文(?:經|经)?(?:授權|授权)?(?:轉載|转载|轉錄|转录)(?:自|於|于)\\s*[「《]?([^\\s」》,，。]{2,30}?)[」》]?(?:[\\s,，。]|$)"),
            Pattern.compile("(?i:(?:originally|first) (?:published|appeared) (?:in|on|by|at)|republished from|appeared first on)\\s+"
                    + EN_NAME + "(?=\\s*[.,;]|\\s+(?:on|under|and)\\b|$)"));

    /**
     * The outlet a page's note just after the article credits ({@code 本文轉載自 天下雜誌}, {@code This article
     * was originally published on The Conversation}), in text with its white space folded; or null.
     */
    public static String creditAfter(String text) {
        return text == null ? null : first(AFTER_ARTICLE, text).orElse(null);
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
