package app.galley.clean;

import app.galley.text.DateParser;
import app.galley.text.TextCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines around an article's headline, and after its text, that carry its metadata rather than its
 * story (issue 20): kickers and labels ({@code BREAKING | LOCAL | Posted 2 hours ago}, {@code 國際新聞}),
 * {@code 原標題：} lines, datelines and desk lines ({@code 2026/05/02 14:20  科技新知編輯部}), byline and
 * outlet lines ({@code By NAME | OUTLET | DATE | 4 min read}, {@code NAME, OUTLET}, {@code 記者 NAME／台北報導},
 * {@code 文／NAME}), metadata bars ({@code 分類：財經 | 發布時間：… | 來源：… | 閱讀：1,024}), repost credits
 * ({@code （本文轉載自 X，原標題：Y）}, {@code 來源：X}) and share and furniture lines. What they say becomes
 * fields; the lines themselves are for cleaning to remove ({@link MetadataLinesRule}).
 */
public final class MetadataLines {

    /** What a line is. */
    public enum Kind { KICKER, ORIGINAL_TITLE, DATELINE, BYLINE, METADATA_BAR, SOURCE, REPOST_CREDIT, FURNITURE }

    /** A metadata line: where it stands in the text (without its line break) and what it is. */
    public record Line(int start, int end, Kind kind) { }

    /**
     * What the lines say. {@code title} is the headline (null when the text given has none at its top);
     * {@code source} the outlet that first published the story, {@code otherSources} the others named.
     */
    public record Found(String title, String originalTitle, String byline, String source, List<String> otherSources,
                        Instant published, String originalUrl, List<Line> lines) {

        /**
         * The outlets named besides {@code chosen}, the source an article was given: the one these lines
         * credit when another was chosen, then {@code known} (a reader's own list), then the others these
         * lines name; each once.
         */
        public List<String> othersBesides(String chosen, List<String> known) {
            Set<String> out = new LinkedHashSet<>();
            if (source != null) {
                out.add(source);
            }
            out.addAll(known);
            out.addAll(otherSources);
            out.remove(chosen);
            return List.copyOf(out);
        }
    }

    /** No metadata line is longer: a longer line is the story's, and is not read with every pattern. */
    private static final int LONGEST = 500;
    private static final Pattern ORIGINAL_TITLE = Pattern.compile("^[（(]?\\s*(?:原標題|原标题)\\s*[:：]\\s*(.+?)\\s*[）)]?$");
    private static final Pattern REPOST = Pattern.compile(
            "^[（(]?\\s*本文(?:轉載|转载|轉錄|转录)(?:自|於|于)\\s*[「《]?([^\\s」》,，。）)]{2,30}?)[」》]?"
                    + "(?:\\s*[,，]\\s*(?:原標題|原标题)\\s*[:：]\\s*([^）)]+?))?\\s*[）)]?\\s*[。.]?$");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^[【\\[［（(]?\\s*(?:文章|本文|原文|圖文|图文|內容|内容|新聞|新闻)?(?:來源|来源|出處|出处|稿源)\\s*[:：／/]\\s*(\\S[^|｜】\\]］）)]{0,40}?)\\s*[】\\]］）)]?\\s*$"
                    // 資料來源 is a figure's source as often as an outlet: only an outlet's name counts (sourceLine)
                    + "|^(?:資料來源|资料来源)\\s*[:：／/]\\s*(\\S{0,12}(?:報|报|網|网|社|台|新聞|新闻|週刊|周刊|雜誌|杂志)"
                    + "|[A-Z][\\w&.' -]{1,30})$");
    private static final Pattern DATE_START = Pattern.compile(
            "^(\\d{4})\\s*[/.年-]\\s*(\\d{1,2})\\s*[/.月-]\\s*(\\d{1,2})\\s*[日号號]?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?");
    /** A paper's edition line: {@code 《人民日报》（2026年06月03日 第01版）}. */
    private static final Pattern PAPER_EDITION = Pattern.compile(
            "^《[^》]{2,12}》\\s*[（(]\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)[^）)]{0,12}[）)]$");
    private static final Pattern LABELLED = Pattern.compile("^([\\p{IsHan}]{2,5}|[A-Z][a-z]{3,8})\\s*[:：]\\s*(.*)$");
    private static final Set<String> BAR_LABELS = Set.of("分類", "分类", "類別", "类别", "欄目", "栏目", "發布時間", "发布时间",
            "發佈時間", "發表時間", "发表时间", "時間", "时间", "日期", "更新時間", "更新时间", "來源", "来源", "作者", "編輯", "编辑",
            "閱讀", "阅读", "點擊", "点击", "瀏覽", "浏览", "字號", "字号", "責任編輯", "责任编辑", "撰文", "撰稿", "文字", "記者", "记者",
            "攝影", "摄影", "採訪", "采访", "Source", "Sources", "Updated", "Published", "Posted", "Date", "Editor", "Author");
    /** An outlet's name and its time stamp on one line: {@code Global Times Published: Jun 18, 2026 09:32 PM}. */
    private static final Pattern OUTLET_STAMP = Pattern.compile(
            "^([A-Z][\\w&'.-]*(?: [A-Z&][\\w&'.-]*){0,4}?)\\s+(?:Published|Updated|Posted)\\s*:?\\s+(.+)$");
    /** A Reuters trailer, {@code (Reporting by X; Editing by Y)}: the agency's house style names its reporters. */
    private static final Pattern REUTERS_TRAILER = Pattern.compile(
            "^[(（]?\\s*(?:Additional )?[Rr]eporting by ([A-Z][^;)）]+?)(?:\\s+in\\s+[A-Z][\\w ]+)?(?:;[^)）]*)?[)）]?$");
    private static final Pattern EN_DATE_LINE = Pattern.compile(
            "(?i)^(?:(?:published|updated|posted)\\s*:?\\s+)?(?:\\d{1,2}:\\d{2}\\s*[ap]\\.?\\s?m\\.?(?:\\s+[A-Z]{2,3})?,?\\s+)?"
                    + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
                    + "(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}\\s*[ap]\\.?\\s?m\\.?(?:\\s+[A-Z]{2,3})?)?$");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。！？；，,;!?]|\\.(?:\\s|$)");
    /** {@code 人民网－人民日报}: a site carrying a paper's story (the paper first published it). */
    private static final Pattern CARRIED = Pattern.compile("^(\\S{2,12}?)\\s*[－—–-]\\s*(\\S{2,10}(?:報|报|刊))$");
    /** {@code 经济日报-中国经济网}: a paper, then the site that carries its story. */
    private static final Pattern CARRIED_BY = Pattern.compile("^(\\S{2,10}(?:報|报|刊))\\s*[－—–-]\\s*(\\S{2,12}?(?:網|网))$");
    private static final Pattern SECTION_PREFIX = Pattern.compile("^[【\\[]([^】\\]]{1,10})[】\\]]\\s*");

    private final List<Line> lines = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private String repostSource;
    private String wire;
    private String copyright;
    /** An outlet the headline carries as its prefix: 【中央社】颱風逼近. */
    private String headlineOutlet;
    private String outlet;
    private String title;
    private String originalTitle;
    private String byline;
    /** The reporters a wire's dateline names, the byline when no line gives one. */
    private String wireBy;
    private Instant published;
    /** Where the story first ran, from a repost's 原文網址 line. */
    private String originalUrl;
    /** What the line above the one being read was (a byline's outlet can stand on the next line). */
    private Kind previous;

    private MetadataLines() {
    }

    /**
     * Reads the metadata lines of an article's text. With {@code headline} true the text starts with
     * the headline (a text file as imported), which is found among the lines at the top; otherwise the
     * text is a body whose headline is kept elsewhere.
     */
    public static Found of(String text, boolean headline) {
        MetadataLines m = new MetadataLines();
        List<Lines.Line> all = Lines.of(text);
        int first = 0;
        while (first < all.size() && !isProse(all.get(first).text())) {
            first++;
        }
        int last = all.size() - 1;
        while (last >= first && !isProse(all.get(last).text())) {
            last--;
        }
        for (int i = 0; i <= first && i < all.size() && m.wire == null; i++) {
            m.wire = SourceHints.wire(all.get(i).text()); // （中央社記者…電）, LONDON (Reuters) -, 《人民日报》（2026年…）
            m.wireBy = m.wire == null ? null : Bylines.wireReporters(all.get(i).text());
        }
        for (int i = 0; i < first; i++) {
            Lines.Line l = all.get(i);
            Kind k = m.classify(l.text().strip(), i + 1 < all.size() ? all.get(i + 1).text().strip() : "");
            m.previous = l.text().isBlank() ? m.previous : k;
            if (k != null) {
                m.lines.add(new Line(l.start(), l.end(), k));
            } else if (headline && m.title == null && !isNavigation(l.text().strip())) {
                Matcher prefix = SECTION_PREFIX.matcher(l.text().strip());
                m.headlineOutlet = prefix.find() && SourceHints.isOutletName(prefix.group(1)) ? prefix.group(1) : null;
                m.title = prefix.replaceFirst("").strip();
            }
        }
        for (int i = Math.max(first, 0); i < all.size(); i++) {
            Lines.Line l = all.get(i);
            String s = l.text().strip();
            if (i > last || i >= first && (REPOST.matcher(s).matches() || i > all.size() - 4 && (sourceLine(s) != null
                    || SourceHints.creditLine(s) != null || SourceHints.copyright(s) != null || OriginalLinks.read(s) != null))) {
                Kind k = m.classify(s, "");
                if (k != null && k != Kind.KICKER) {
                    m.lines.add(new Line(l.start(), l.end(), k));
                }
            }
        }
        if (headline && m.title == null && m.originalTitle != null) {
            m.title = m.originalTitle; // the headline given only as 原標題：
        }
        // a credit or a 來源 line names the outlet; a wire's dateline (its own short name) only when none does
        String source = m.repostSource != null ? m.repostSource : m.outlet != null ? m.outlet
                : !m.sources.isEmpty() ? m.sources.iterator().next() : m.wire != null ? m.wire : m.headlineOutlet != null ? m.headlineOutlet : m.copyright;
        List<String> others = m.sources.stream().filter(s -> !s.equals(source)).toList();
        return new Found(m.title, m.originalTitle, m.byline != null ? m.byline : m.wireBy, source, others, m.published,
                m.originalUrl, List.copyOf(m.lines));
    }

    /** A 來源 line, matched; null for a line that is not one (資料來源 naming no outlet is a figure's). */
    private static Matcher sourceLine(String s) {
        Matcher m = SOURCE_LINE.matcher(s);
        boolean latin = m.matches() && m.group(2) != null && m.group(2).matches("[A-Z].*");
        return m.matches() && !(latin && !SourceHints.isOutletName(SourceHints.outletName(m.group(2)))) ? m : null;
    }

    /** True for lines that are site navigation rather than content. */
    public static boolean isNavigation(String line) {
        return NavigationLines.is(line);
    }

    /** {@code Tom Becker, Rail & Road}: a writer's name and an outlet, or null when it is not that. */
    public static String[] nameAndOutlet(String byline) {
        return Bylines.nameAndOutlet(byline);
    }

    /** A line of the story itself: a sentence of some length, not a line of metadata. */
    private static boolean isProse(String line) {
        String s = line.strip();
        TextCount n = s.length() > LONGEST ? null : TextCount.of(s); // a headline can be as long as a sentence but has no marks
        return n == null || n.value() >= (n.characters() ? 25 : 12) && SENTENCE_MARK.matcher(s).find() && !REPOST.matcher(s).matches() && !isLabelledBar(s)
                && !DATE_START.matcher(s).find() && !Bylines.isByLine(s) && !FurnitureLines.isShare(s);
    }

    private static boolean isLabelledBar(String s) {
        return labelledSegments(s) >= 2;
    }

    private static int labelledSegments(String s) {
        int n = 0;
        for (String seg : Bylines.SEGMENTS.split(s)) {
            Matcher m = LABELLED.matcher(seg.strip());
            if (m.matches() && BAR_LABELS.contains(m.group(1))) {
                n++;
            }
        }
        return n;
    }

    /** What a line is, reading its fields on the way; null for a line that is none of these. */
    private Kind classify(String s, String next) {
        if (s.isEmpty()) {
            return null;
        }
        Matcher m;
        if ((m = ORIGINAL_TITLE.matcher(s)).matches()) {
            originalTitle = m.group(1).strip();
            return Kind.ORIGINAL_TITLE;
        }
        if ((m = REPOST.matcher(s)).matches()) {
            repostSource = SourceHints.canonical(m.group(1));
            sources.add(repostSource);
            if (m.group(2) != null) {
                originalTitle = m.group(2).strip();
            }
            return Kind.REPOST_CREDIT;
        }
        if ((m = sourceLine(s)) != null) {
            String value = (m.group(1) != null ? m.group(1) : m.group(2)).strip(); // 来源：新京报 作者：X; 來源：聯合報 記者X
            String[] parts = Bylines.SEGMENTS.split(value, 2);
            parts = parts.length > 1 ? parts : value.split("\\s+(?=記者|记者)", 2);
            addSource(parts[0]);
            if (parts.length > 1) {
                segments(parts[1]);
            }
            return Kind.SOURCE;
        }
        OriginalLinks.Link link = OriginalLinks.read(s);
        if (link != null) { // 原文網址：標題 | ETtoday新聞雲 https://…, Original article: https://…
            originalUrl = originalUrl == null ? link.url() : originalUrl;
            if (link.outlet() != null) {
                repostSource = repostSource == null ? SourceHints.canonical(link.outlet()) : repostSource;
                sources.add(SourceHints.canonical(link.outlet()));
            }
            return Kind.REPOST_CREDIT;
        }
        String credited = SourceHints.creditLine(s);
        if (credited != null) { // 本文經授權轉載自財訊, 来源丨第一财经, This article originally appeared in X
            credited = SourceHints.canonical(credited);
            repostSource = repostSource == null ? credited : repostSource;
            sources.add(credited);
            return Kind.REPOST_CREDIT;
        }
        if ((credited = SourceHints.copyright(s)) != null) {
            copyright = copyright == null ? credited : copyright;
            return null; // read, but the footer it ends is the boilerplate rule's to remove, with it
        }
        if (FurnitureLines.is(s)) {
            return Kind.FURNITURE;
        }
        if (Bylines.wireReporters(s) != null && s.matches(".*\\d日專?[電电][）)〕】\\]]?")) {
            wire = wire == null ? SourceHints.wire(s) : wire; // also where a repost moved it under the story
            return Kind.DATELINE; // 中央社記者王小明高雄3日電, on a line of its own
        }
        if ((m = PAPER_EDITION.matcher(s)).matches()) {
            setDate(DateParser.parseVisible(m.group(1)));
            return Kind.DATELINE;
        }
        if ((m = DATE_START.matcher(s)).find()) {
            setDate(DateParser.parseVisible(m.group()));
            segments(s.substring(m.end()));
            return Kind.DATELINE;
        }
        if (labelledSegments(s) >= 2 || labelledSegments(s) == 1 && s.contains("|")) {
            segments(s);
            return Kind.METADATA_BAR;
        }
        String[] parts = Bylines.SEGMENTS.split(s, 2);
        if (EN_DATE_LINE.matcher(parts[0]).matches()) { // Published June 3, 2026 • By NAME • OUTLET
            setDate(DateParser.parseEnglishStamp(parts[0]));
            if (parts.length > 1) {
                segments(parts[1]);
            }
            return Kind.DATELINE;
        }
        Bylines.Byline by = Bylines.stamped(s); // Published on 3 October 2026 by OUTLET, Posted by NAME on DATE
        if (by != null) {
            setDate(DateParser.parseEnglishStamp(by.rest()));
            setByline(by.names());
            if (by.outlet() != null) {
                setOutlet(by.outlet());
            }
            return Kind.DATELINE;
        }
        Instant stamp = (m = OUTLET_STAMP.matcher(s)).matches() && Bylines.isOutletName(m.group(1))
                ? DateParser.parseEnglishStamp(m.group(2)) : null;
        if (stamp != null) {
            setOutlet(m.group(1));
            setDate(stamp);
            return Kind.DATELINE;
        }
        by = Bylines.read(s);
        if (by == null && parts.length == 2) { // 記者王小明／台北報導　2026年10月3日 上午8:15
            String reporter = Bylines.reporter(parts[0]);
            by = reporter == null ? null : new Bylines.Byline(reporter, null, parts[1]);
        }
        if (by != null) {
            setByline(by.names());
            if (by.outlet() != null) {
                setOutlet(by.outlet());
            }
            if (by.rest() != null) {
                segments(by.rest());
            }
            return Kind.BYLINE;
        }
        if (byline == null && Bylines.isPerson(s) && Bylines.isOutletLine(next)) {
            setByline(s); // Jane Smith / The Daily Herald, each on a line of its own
            return Kind.BYLINE;
        }
        if (previous == Kind.BYLINE && outlet == null && Bylines.isOutletLine(s)) {
            setOutlet(s); // By JANE DOE / Associated Press
            return Kind.BYLINE;
        }
        if ((m = REUTERS_TRAILER.matcher(s)).matches()) {
            setByline(m.group(1).replaceAll("\\s+and\\s+|\\s*,\\s*", ", ").strip());
            wire = wire == null ? "Reuters" : wire;
            return Kind.BYLINE;
        }
        return Kickers.is(s, next) ? Kind.KICKER : null;
    }

    /** The parts of a dateline, byline bar or metadata bar after its first one. */
    private void segments(String rest) {
        for (String seg : Bylines.SEGMENTS.split(rest.strip())) {
            String p = seg.strip();
            Matcher m = LABELLED.matcher(p);
            if (m.matches() && !m.group(2).isBlank()) {
                String label = m.group(1);
                String value = m.group(2).strip();
                switch (label) {
                    case "來源", "来源", "Source", "Sources" -> addSource(value);
                    case "作者", "撰文", "撰稿", "文字", "記者", "记者", "Author" -> setByline(value);
                    case "發布時間", "发布时间", "發佈時間", "發表時間", "发表时间", "時間", "时间", "日期", "Updated", "Published", "Posted", "Date" ->
                            setDate(value.matches(".*[A-Za-z].*") ? DateParser.parseEnglishStamp(value) : DateParser.parseVisible(value));
                    default -> { }
                }
            } else if (Bylines.reporter(p) != null || Bylines.isByLine(p)) { // 記者 王小明; Published … • By NAME • OUTLET
                Bylines.Byline by = Bylines.read(p);
                setByline(by.names());
                if (by.outlet() != null) {
                    setOutlet(by.outlet()); // 2026-10-03 08:15 聯合報 記者王小明／高雄報導
                }
            } else if (byline == null && Bylines.isPerson(p)) {
                setByline(p); // October 3, 2026 / 8:15 AM / Jane Smith
            } else if (EN_DATE_LINE.matcher(p).matches() || DATE_START.matcher(p).find()) {
                setDate(p.matches(".*[A-Za-z].*") ? DateParser.parseEnglishStamp(p) : DateParser.parseVisible(p));
            } else if (outlet == null && !p.isEmpty() && !FurnitureLines.isCountOrTime(p)
                    && !FurnitureLines.isDesk(p) && !Kickers.isRelativeTime(p) && !Bylines.isRole(p)
                    && p.matches("[A-Z][\\w&'. -]{1,60}")) {
                setOutlet(p); // By NAME | OUTLET | DATE
            }
        }
    }

    private void setDate(Instant i) {
        if (published == null && i != null) {
            published = i;
        }
    }

    private void setByline(String name) {
        if (byline == null && name != null && !name.isBlank() && !FurnitureLines.isDesk(name.strip())) {
            String n = name.strip().replaceAll("[\\s、]+", " ");
            byline = n.equals(n.toUpperCase(Locale.ROOT)) && n.matches(".*[A-Z].*") ? Bylines.titleCase(n) : n;
        }
    }

    private void setOutlet(String name) {
        if (outlet == null) {
            outlet = SourceHints.canonical(name);
            sources.add(outlet);
        }
    }

    /** A source a line names; {@code 人民网－人民日报}: the paper first, then the site that carries its story. */
    private void addSource(String value) {
        Matcher by = CARRIED_BY.matcher(value.strip());
        if (by.matches()) {
            sources.add(by.group(1));
            sources.add(by.group(2));
            return;
        }
        Matcher carried = CARRIED.matcher(value.strip());
        if (carried.matches()) {
            sources.add(carried.group(2));
        }
        sources.add(SourceHints.canonical(carried.matches() ? carried.group(1) : value));
    }

}
