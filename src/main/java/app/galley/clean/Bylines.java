package app.galley.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline lines and what they say (issue 20): the writers' names, the outlet they wrote for when the
 * line names one, and what follows on the line for the metadata reader to read as segments.
 * {@code By NAME | OUTLET | DATE}, {@code Story by NAME • OUTLET}, {@code By NAME and NAME, OUTLET},
 * {@code By NAME for OUTLET}, {@code NAME, OUTLET}, {@code NAME | OUTLET | DATE}, {@code 記者 NAME／台北報導},
 * {@code 經濟日報 記者NAME／台北即時報導}, {@code 文／NAME（天下雜誌記者）}, {@code 撰文：NAME}.
 */
final class Bylines {

    /**
     * A byline line read: the writers' names (null when the line names only an outlet: {@code By The
     * Associated Press}), the outlet it names or null, the rest of the line or null.
     */
    record Byline(String names, String outlet, String rest) {
        Byline {
            names = withoutRoles(names);
        }
    }

    /** Roles written between reporters' names ({@code 本报记者 刘晓燕 通讯员 张强}): not names. */
    private static final Pattern ROLES_AMONG_NAMES = Pattern.compile(
            "(?:^|(?<=[\\s、]))(?:通讯员|通訊員|实习生|實習生|见习记者|見習記者|特约记者|特約記者|摄影|攝影)(?=[\\s、]|$)");

    /** The names without the roles written among them, or null. */
    static String withoutRoles(String names) {
        return names == null ? null : ROLES_AMONG_NAMES.matcher(names).replaceAll(" ").strip().replaceAll("\\s{2,}", " ");
    }

    /** Where a bar of metadata divides: bars, ideographic spaces, wide gaps, spaced bullets and dashes, a new label. */
    static final Pattern SEGMENTS = Pattern.compile(
            "\\s*[|｜•]\\s*|\\s+[·—–/／]\\s+|\\s+(?=(?:Updated|Published|Posted)\\b)|\\s*[/／]\\s*(?=記者|记者)|\\s+(?=\\d{4}[/.年-]\\d{1,2})|\\u3000+|\\s{2,}|\\s+(?=[\\p{IsHan}]{2,5}\\s*[:：])");

    private static final String EN_NAME = "[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}";
    private static final Pattern BY_LINE = Pattern.compile(
            "^(?:(?:Story|Written|Words|Text|Reporting)\\s+)?(?:By|BY|by)\\s+(" + EN_NAME + "(?:(?:\\s*,\\s*" + EN_NAME
                    + ")*\\s*,?\\s+(?:and|AND|&)\\s+" + EN_NAME + ")?)(?:\\s+in\\s+[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,2})?"
                    + "\\s*(?:(?:[|,•]|\\s[·—–/／-]\\s)\\s*(.*)|\\s+for\\s+(.+))?$");
    private static final Pattern NAME_OUTLET = Pattern.compile(
            "^([A-Z][a-z][\\w.'-]*(?: [A-Z][a-z][\\w.'-]*){1,2}|[A-Z]{2,}(?: [A-Z]{2,}){1,2}),\\s+"
                    + "([A-Z][\\w&'.-]*(?: (?:[A-Z&][\\w&'.-]*|of|the|and)){0,5})$");
    /** The AP's house style: the writer's name in capitals, then the outlet, no mark between. */
    private static final Pattern CAPS_NAME_OUTLET = Pattern.compile("^(?:By|BY)\\s+([A-Z][A-Z.'-]+(?:\\s+[A-Z][A-Z.'-]+){1,3})"
            + "\\s+((?:The\\s+)?[A-Z][a-z][\\w&'.-]*(?:\\s+(?:[A-Z][\\w&'.-]*|of|the|and)){0,4})$");
    /** A writer's name opening a bar without "By": {@code Jane Doe | The Valley Gazette | June 3, 2026}. */
    private static final Pattern PERSON = Pattern.compile("^[A-Z][a-z][\\w.'-]*(?: [A-Z]\\.?)?(?: [A-Z][a-z][\\w.'-]*){1,2}$");
    private static final String HAN_OUTLET = "[\\p{IsHan}]{1,8}?(?:報|报|網|网|社|台|臺|新聞|新闻|電視|电视|週刊|周刊|雜誌|杂志)";
    private static final Pattern REPORTER_LINE = Pattern.compile(
            "^[◎●■▲◆★☆]?\\s*[（(〔【\\[]?\\s*(?:(" + HAN_OUTLET + ")\\s*[/／]?\\s*)?"
                    + "(?:記者|记者)\\s*([\\p{IsHan}]{2,4}(?:[\\s、](?![\\p{IsHan}]*(?:報導|报道))[\\p{IsHan}]{2,4}){0,3})\\s*"
                    + "(?:[/／\\s]\\s*\\S{0,12}?(?:報導|报道|電|电))?\\s*[)）〕】\\]]?$");
    private static final Pattern WEN_LINE = Pattern.compile(
            "^(?:(?:圖|图|攝影|摄影)[、・·])?(?:圖文|图文|文|撰文|撰稿|文字|作者)(?:[、・·](?:圖|图|攝影|摄影))?\\s*[/／:：]\\s*(?:\\S{0,10}?(?:記者|记者)\\s*)?"
                    + "([\\p{IsHan}·]{2,4}(?:[\\s、]+[\\p{IsHan}·]{2,4}){0,2}|[A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+){0,2})"
                    + "(?:\\s*[（(]\\s*(" + HAN_OUTLET + ")?\\s*(?:記者|记者|特派員|特派员|撰稿人|編輯|编辑|特約作者|特约作者)?\\s*[）)])?"
                    // and the others credited on the line: 文／王小明　圖／李大同
                    + "(?:[\\s\\u3000|｜]+(?:圖|图|攝影|摄影|編輯|编辑|插畫|插画|設計|设计|責任編輯|责任编辑)\\s*[/／:：]\\s*[^\\s/／]{2,12})*$");
    private static final Pattern OUTLET_WORD = Pattern.compile("(?i).*\\b(news|times|post|journal|herald|gazette|daily|"
            + "courier|ledger|tribune|press|review|wire|media|magazine|radio|network|notes|chronicle|observer|telegraph|"
            + "guardian|star|sun|mail|express|record|report|reporter|bulletin|monitor|insider|today|weekly|digest|blog|"
            + "agency|service|online|tv|television|broadcasting|reuters|bloomberg|afp|xinhua|kyodo|yonhap)\\b.*");
    /** {@code Jane Smith is a staff writer for The Daily Herald.}: a writer's tagline under the story. */
    private static final Pattern TAGLINE = Pattern.compile("^(" + EN_NAME + ") is (?:a|an|the) ((?:[a-z]+ ){0,3}"
            + "(?:writer|reporter|correspondent|columnist|editor|contributor))s? (?:for|at|with) (?:the )?([A-Z][\\w&'. -]{1,60}?)\\.?$");
    /**
     * A time stamp with its publisher or poster: {@code Published on 3 October 2026 by The Daily Herald},
     * {@code Posted by Jane Smith on October 3, 2026}; the date's words in group 1 or 4, the name in 2 or 3.
     */
    private static final Pattern STAMPED = Pattern.compile("(?i)^(?:published|posted|updated)(?:\\s+on)?\\s+(.*\\d.*?)\\s+by\\s+"
            + "(?-i)([A-Z][\\w&'. -]{1,60})$|^(?i:posted|published|written)\\s+by\\s+(" + EN_NAME + ")\\s+(?i:on|at)\\s+(.*\\d.*)$");
    /** A line that is only an outlet's name, as under a byline: {@code Associated Press}, {@code The Valley Gazette}. */
    private static final Pattern OUTLET_LINE = Pattern.compile("^[A-Z][\\w&'.-]*(?: (?:[A-Z&][\\w&'.-]*|of|the|and)){0,5}$");

    /** A writer's role after the name, not an outlet: {@code Staff Writer}, {@code Senior Correspondent}. */
    private static final Pattern ROLE = Pattern.compile("(?i)^(?:(?:senior|chief|staff|special|contributing|political|business"
            + "|science|health|sports|foreign|national|deputy|associate|managing|investigative|data)\\s+)*"
            + "(?:writer|reporter|correspondent|editor|contributor|columnist|photographer|producer|intern)s?$");

    /**
     * A wire's dateline that names its reporters: {@code （中央社記者王小明、李大同台北3日電）}, the names
     * run into the place, which takes the last two characters or more (three-character names first).
     */
    private static final Pattern WIRE_REPORTERS = Pattern.compile(
            "^[（(〔【\\[]?\\s*(?:中央社|中新社|新華社|新华社)(?:記者|记者)\\s*([\\p{IsHan}、]{2,20}?)\\s*\\d{1,2}日專?(?:電|电)");

    private Bylines() {
    }

    /**
     * A time stamp with who published or posted it ({@link #STAMPED}): the names (a person's) or the
     * outlet, and the date's words as the rest; null when the line is not one.
     */
    static Byline stamped(String s) {
        Matcher m = STAMPED.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String who = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
        String when = m.group(1) != null ? m.group(1) : m.group(4);
        return isOutletName(who) ? new Byline(null, who, when) : PERSON.matcher(who).matches() ? new Byline(who, null, when) : null;
    }

    /** The reporters a wire's dateline names ({@code 中央社記者王小明高雄3日電}: 王小明), or null. */
    static String wireReporters(String paragraph) {
        Matcher m = WIRE_REPORTERS.matcher(paragraph.strip());
        if (!m.find()) {
            return null;
        }
        String[] parts = m.group(1).split("、");
        String last = parts[parts.length - 1];
        int n = last.length();
        parts[parts.length - 1] = last.substring(0, n >= 5 ? 3 : n == 4 ? 2 : n); // the place runs on after the name
        return String.join(" ", parts);
    }

    /** What a By-line names that is an outlet, not a writer: {@code The Associated Press}, {@code Reuters}, {@code Bloomberg News}. */
    private static final Pattern BY_OUTLET = Pattern.compile("^(?:The [A-Z].*|.*&.*|(?:[A-Z][\\w.-]* )*(?:Press|News|Agency|Wire)"
            + "|Reuters|Bloomberg|AFP|AP|Xinhua|Kyodo|Yonhap|CNN|BBC|UPI|dpa)$");

    /** True if the names after "By" are an outlet's ({@code By The Associated Press}), not a writer's. */
    static boolean isOutletNotWriter(String names) {
        return BY_OUTLET.matcher(names.strip()).matches();
    }

    /** A segment of a bar that is a person's name and not an outlet's ({@code Jane Smith}, not {@code Daily Herald}). */
    static boolean isPerson(String segment) {
        return PERSON.matcher(segment).matches() && !isOutletName(segment);
    }

    /** True for a writer's role ({@code Staff Writer}), which a bar may give where an outlet could stand. */
    static boolean isRole(String segment) {
        return ROLE.matcher(segment.strip()).matches();
    }

    /** The byline a whole line gives, or null when the line is not one. */
    static Byline read(String s) {
        Matcher m;
        if ((m = CAPS_NAME_OUTLET.matcher(s)).matches() && (isOutletName(m.group(2)) || isRole(m.group(2)))) {
            // By JOSH BOAK Associated Press; By JANE DOE Staff Writer (a role, no outlet)
            return new Byline(m.group(1), isRole(m.group(2)) ? null : m.group(2), null);
        }
        if ((m = BY_LINE.matcher(s)).matches()) {
            String names = m.group(1).replaceAll("\\s*,?\\s+(?:and|AND|&)\\s+|\\s*,\\s*", ", ");
            if (isOutletNotWriter(names)) { // By The Associated Press: an outlet, no writer
                return new Byline(null, names, m.group(2));
            }
            return m.group(3) != null ? new Byline(names, m.group(3).strip(), null) : new Byline(names, null, m.group(2));
        }
        if ((m = TAGLINE.matcher(s)).matches() && isOutletName(m.group(3))) {
            return new Byline(m.group(1), m.group(3).strip(), null);
        }
        if ((m = NAME_OUTLET.matcher(s)).matches() && isOutletName(m.group(2))) {
            return new Byline(m.group(1), m.group(2), null);
        }
        if ((m = REPORTER_LINE.matcher(s)).matches()) { // 聯合報記者王小明／台北報導; not 本報記者
            return new Byline(m.group(2), m.group(1) != null && !m.group(1).startsWith("本") ? m.group(1) : null, null);
        }
        if ((m = WEN_LINE.matcher(s)).matches()) {
            return new Byline(m.group(1), m.group(2) != null && !m.group(2).startsWith("本") ? m.group(2) : null, null);
        }
        return nameBar(s);
    }

    /** The reporter a segment of a bar names ({@code 記者 王小明}), or null. */
    static String reporter(String segment) {
        Matcher r = REPORTER_LINE.matcher(segment);
        return r.matches() ? r.group(2) : null;
    }

    /** True if a line reads as "By NAME …" (a byline, not a sentence, whatever marks it has). */
    static boolean isByLine(String s) {
        return BY_LINE.matcher(s).matches();
    }

    /** {@code Jane Doe | The Valley Gazette | June 3, 2026}: a name, then outlets and parts with figures (a date, a reading time). */
    private static Byline nameBar(String s) {
        String[] parts = SEGMENTS.split(s.strip(), 2);
        if (parts.length < 2 || !PERSON.matcher(parts[0]).matches()) {
            return null;
        }
        boolean outlet = false; // a headline "Joe Biden | Press Conference 2026" names no outlet on its own
        for (String p : SEGMENTS.split(parts[1])) {
            String t = p.strip();
            if (isOutletLine(t)) {
                outlet = true;
            } else if (!t.matches(".*\\d.*") && !isRole(t)) { // Jane Smith • Staff Writer • The Daily Herald
                return null;
            }
        }
        return outlet ? new Byline(parts[0], null, parts[1]) : null;
    }

    /**
     * {@code Tom Becker, Rail & Road}, {@code By Tom Becker · Rail & Road · June 3}: a writer's names and an
     * outlet, or null when the byline names no outlet.
     */
    static String[] nameAndOutlet(String byline) {
        Byline b = read(byline.strip());
        if (b == null) {
            return null;
        }
        String outlet = b.outlet();
        for (String p : b.rest() == null || outlet != null ? new String[0] : SEGMENTS.split(b.rest().strip())) {
            if (isOutletLine(p.strip())) {
                outlet = p.strip(); // By NAME · OUTLET · DATE
                break;
            }
        }
        return outlet == null ? null : new String[] {b.names(), outlet};
    }

    /** True for a line under a byline that only names an outlet ({@code Associated Press}). */
    static boolean isOutletLine(String s) {
        return OUTLET_LINE.matcher(s).matches() && isOutletName(s) && !isRole(s);
    }

    /**
     * True if the words after a name's comma name an outlet, not a second writer: an ampersand, four
     * words or more, or a word outlets are named with (Gazette, Journal, Wire, Reuters ...).
     */
    static boolean isOutletName(String words) {
        return words.contains("&") || words.split(" ").length >= 4 || OUTLET_WORD.matcher(words).matches();
    }

    /** JANE DOE is Jane Doe. */
    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
