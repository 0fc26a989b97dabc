package app.galley.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines and sources as they are written in an article's visible text, in Chinese and English:
 * {@code 記者王小明／花蓮報導}, {@code 文／王大明}, {@code By Jane Doe | The Ledger | Aug. 14, 2026},
 * {@code 來源：第一財經}, {@code 本文轉載自 X}, {@code 請您繼續閱讀更多來自 X 的精彩文章}, {@code TAG:X}.
 */
public final class VisibleMetadata {

    public static final Pattern BY = Pattern.compile(
            "(?i)^\\s*by\\s+([\\p{Lu}][^\\n|,]{1,80}?)(?:\\s*[,|]|\\s+(?:and|on|updated|published)\\b|$)");
    /** One more name in a list of them: a space, 、 or comma, two or three Han characters, and then a break. */
    /** How much of each end of a long text is read for its source ({@link #ends}). */
    private static final int ENDS = 20_000;
    private static final String MORE_NAMES = "(?:[\\s、]+[\\p{IsHan}]{2,3}(?=[\\s/／)）】\\]|]|$))*";
    /** {@code 記者王小明／}, {@code 光明日报记者 王建宏 张文攀}, {@code 河南商报记者马俊峰/文}: the names only. */
    static final Pattern REPORTER = Pattern.compile(
            "(?:記者|记者)\\s*([\\p{IsHan}]{2,3}(?=[\\s/／)）】\\]|、]|$)" + MORE_NAMES + ")");
    static final Pattern WEN = Pattern.compile(
            "(?:^|[\\s（(])(?:文|撰文)\\s*[/／:：]\\s*([\\p{IsHan}·]{2,8}|[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,3})");
    /**
     * {@code 作者：放飞&心情}, {@code 作者：宋怡 杨志华}: a labelled author, a handle or a name, and more names
     * after it; blog and forum lines ({@code 发表者：}, {@code 楼主：}) alike.
     */
    static final Pattern LABELLED = Pattern.compile(
            "(?:作\\s*者|發表者|发表者|發帖人|发帖人|樓主|楼主|博主)\\s*[:：]\\s*"
                    + "([^\\s:：,，。;；|｜/／()（）\\[\\]【】<>=\"']{2,20}?)(?=[\\s,，;；|｜/／()（）\\[\\]【】]|$)(" + MORE_NAMES + ")");
    /**
     * A blog's post footer: {@code 由海姑娘张贴 @ 2005-06-14}, {@code 由 王小明 發表於}, {@code Posted by Jane Doe at
     * 10:42}: the poster's name or handle.
     */
    static final Pattern POSTED_BY = Pattern.compile(
            "(?:(?<!\\p{IsHan})由\\s*(?![于於])([^\\s:：,，。;；|｜/／()（）\\[\\]【】<>@]{2,12}?)\\s*"
                    + "(?:張貼|张贴|發表|发表|發佈|发布|發帖|发帖|貼出|贴出)(?=\\s*(?:@|於|于|在|\\d))"
                    + "|(?i:\\bposted\\s+by)\\s+(\\p{L}[\\p{L}\\p{N}_.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3}))");
    /** {@code 责任编辑：魏喆}, {@code 编辑：苏亮}: who is named when no author is. */
    static final Pattern EDITOR = Pattern.compile(
            "(?:責任編輯|责任编辑|編輯|编辑)\\s*[:：]\\s*([\\p{IsHan}]{2,3})(?=[\\s)）】\\]]|$)");
    /** {@code [ 黄宇 ] 来源：}: a bracketed name just before the source line of a portal's article header. */
    static final Pattern BRACKETED_BEFORE_SOURCE = Pattern.compile(
            "[\\[【]\\s*([\\p{IsHan}]{2,3})\\s*[\\]】][^\\p{L}\\p{N}]{0,4}(?:来源|來源)");
    /** {@code （袁源）} as the article's last line: the writer's name, as Chinese papers sign a piece. */
    static final Pattern SIGNED = Pattern.compile("^[（(]\\s*([\\p{IsHan}]{2,3}(?:[\\s、][\\p{IsHan}]{2,3})*)\\s*[)）]$");
    /** Words that follow 記者 in running text and are not names (記者手記, 記者了解到 ...). */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("手記", "手记", "觀察", "观察", "調查", "调查",
            "專訪", "专访", "來到", "来到", "了解", "發現", "发现", "獲悉", "获悉", "看到", "採訪", "采访", "證實", "证实",
            "透露", "表示", "節", "节", "會", "会", "站", "證", "证", "們", "们", "招待會", "招待会", "簡介", "简介", "須知", "须知");
    /** What names an organisation, not a person: a CMS vendor or publisher in an author field. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i).*(网络|網絡|网站|網站|公司|出版社|报社|報社|电视台|電視台|杂志社|雜誌社|期刊|集团|集團|"
                    + "\\bpublishers?\\b|\\binc\\b|\\bltd\\b|\\bteam\\b|[,，、].*[,，、]).*");
    private static final Pattern BY_OUTLET = Pattern.compile(
            "(?im)^\\s*by\\s+[^|\\n]{2,80}\\|\\s*([^|\\n]{2,60}?)\\s*(?:\\||$)");
    private VisibleMetadata() {
    }

    /**
     * The byline written in the text, or null: a reporter ({@code 記者}), a {@code 文／} or labelled
     * author, an English "By" line, and failing those a bracketed name before the source line or an
     * editor. Names only, without the role; several names separated by a space.
     */
    public static String byline(String written) {
        if (written == null) {
            return null;
        }
        String text = written.replace('\u00A0', ' ').replace('\u3000', ' '); // pages space names with both
        Matcher m = REPORTER.matcher(text);
        while (m.find()) {
            String name = m.group(1).split("[\\s、]")[0];
            if (NOT_NAMES.stream().noneMatch(name::startsWith)) {
                return names(m.group(1));
            }
        }
        m = WEN.matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        String labelled = author(text);
        if (labelled != null) {
            return labelled;
        }
        for (String line : text.split("\\R")) {
            if (line.length() < 160) {
                Matcher by = BY.matcher(line);
                if (by.find() && !Bylines.isOutletNotWriter(by.group(1))) { // By The Associated Press names no writer
                    return by.group(1).strip();
                }
            }
        }
        m = BRACKETED_BEFORE_SOURCE.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        m = EDITOR.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The author a page names with a label of its own, or null: {@code 作者：}, a forum's or blog's poster
     * ({@code 楼主：}, {@code 由 X 张贴}, {@code Posted by X}). Stronger evidence than a reporter named in the
     * text: a blog reposting a news story names the reporters in the story and its poster in the label.
     */
    public static String author(String written) {
        if (written == null) {
            return null;
        }
        String text = written.replace('\u00A0', ' ').replace('\u3000', ' ');
        Matcher m = LABELLED.matcher(text);
        if (m.find()) {
            return names(m.group(1) + m.group(2));
        }
        m = POSTED_BY.matcher(text);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)).strip() : null;
    }

    /** The name an article signs off with on its last line ({@code （袁源）}), or null. */
    public static String signed(String lastLine) {
        Matcher m = SIGNED.matcher(lastLine == null ? "" : lastLine.replace('\u00A0', ' ').replace('\u3000', ' ').strip());
        return m.matches() ? names(m.group(1)) : null;
    }

    /** A sign-off at the start of what follows an article ({@code （袁源）} on the next line), or null. */
    public static String signedAfter(String following) {
        Matcher m = SIGNED_AFTER.matcher(following == null ? "" : following.replace('\u00A0', ' ').replace('\u3000', ' '));
        return m.find() ? names(m.group(1)) : null;
    }

    private static final Pattern SIGNED_AFTER = Pattern.compile("^\\s*[（(]\\s*([\\p{IsHan}]{2,3}(?:[\\s、][\\p{IsHan}]{2,3})*)\\s*[)）]");

    /** True if an author field names an organisation (a CMS vendor, a publisher, a list of them). */
    public static boolean isOrganisation(String author) {
        return author != null && ORGANISATION.matcher(author).matches();
    }

    private static String names(String found) {
        return String.join(" ", Bylines.withoutRoles(found.strip()).split("[\\s、,，]+"));
    }

    /** The outlet the text says it comes from, or null. */
    public static String source(String written) {
        if (written == null) {
            return null;
        }
        String text = ends(written);
        String credited = app.galley.clean.SourceHints.inText(text).orElse(null);
        if (credited != null) {
            return credited;
        }
        Matcher m = BY_OUTLET.matcher(text);
        return m.find() ? m.group(1).strip() : reportedBy(text);
    }

    /**
     * A long text's first and last {@value #ENDS} characters, cut at line breaks: where an article
     * names its source. Patterns read the whole of a longer text in vain (a 10 MB file took seconds).
     */
    static String ends(String text) {
        if (text.length() <= 2 * ENDS) {
            return text;
        }
        int head = text.lastIndexOf('\n', ENDS);
        int tail = text.indexOf('\n', text.length() - ENDS);
        return text.substring(0, head > 0 ? head : ENDS) + "\n" + text.substring(tail > 0 ? tail + 1 : text.length() - ENDS);
    }

    /** 據中央社報導，… opening the story: the outlet whose report it retells. 據外媒報導 names none. */
    private static final Pattern REPORTED_BY = Pattern.compile(
            "^\\s*(?:據|据|根據|根据)\\s*([^\\s，,。、：:「」“”]{2,12}?)\\s*(?:報導|報道|报道|的報導|的报道)\\s*[，,]");

    private static String reportedBy(String text) {
        for (String line : text.split("\n")) {
            if (line.strip().length() < 15) {
                continue; // a headline, a dateline, a blank line
            }
            Matcher m = REPORTED_BY.matcher(line);
            String name = m.find() ? m.group(1) : null;
            return name == null || name.matches(".*(?:媒|媒體|媒体|當地|当地|相關|相关|有關|有关|消息|了解|統計|统计)$") ? null : name;
        }
        return null;
    }
}
