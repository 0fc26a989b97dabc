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

    /** A byline line read: names (never null), the outlet it names or null, the rest of the line or null. */
    record Byline(String names, String outlet, String rest) {
    }

    /** Where a bar of metadata divides: bars, ideographic spaces, wide gaps, spaced bullets and dashes, a new label. */
    static final Pattern SEGMENTS = Pattern.compile(
            "\\s*[|｜•]\\s*|\\s+[·—–]\\s+|\\u3000+|\\s{2,}|\\s+(?=[\\p{IsHan}]{2,5}\\s*[:：])");

    private static final String EN_NAME = "[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}";
    private static final Pattern BY_LINE = Pattern.compile(
            "^(?:(?:Story|Written|Words|Text|Reporting)\\s+)?(?:By|BY|by)\\s+(" + EN_NAME + "(?:(?:\\s*,\\s*" + EN_NAME
                    + ")*\\s*,?\\s+(?:and|AND|&)\\s+" + EN_NAME + ")?)(?:\\s+in\\s+[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,2})?"
                    + "\\s*(?:(?:[|,•]|\\s[·—–-]\\s)\\s*(.*)|\\s+for\\s+(.+))?$");
    private static final Pattern NAME_OUTLET = Pattern.compile(
            "^([A-Z][a-z][\\w.'-]*(?: [A-Z][a-z][\\w.'-]*){1,2}|[A-Z]{2,}(?: [A-Z]{2,}){1,2}),\\s+"
                    + "([A-Z][\\w&'.-]*(?: (?:[A-Z&][\\w&'.-]*|of|the|and)){0,5})$");
    /** A writer's name opening a bar without "By": {@code Jane Doe | The Valley Gazette | June 3, 2026}. */
    private static final Pattern PERSON = Pattern.compile("^[A-Z][a-z][\\w.'-]*(?: [A-Z]\\.?)?(?: [A-Z][a-z][\\w.'-]*){1,2}$");
    private static final String HAN_OUTLET = "[\\p{IsHan}]{1,8}?(?:報|报|網|网|社|台|臺|新聞|新闻|電視|电视|週刊|周刊|雜誌|杂志)";
    private static final Pattern REPORTER_LINE = Pattern.compile(
            "^[（(〔【\\[]?\\s*(?:(" + HAN_OUTLET + ")\\s*[/／]?\\s*)?"
                    + "(?:記者|记者)\\s*([\\p{IsHan}]{2,4}(?:[\\s、][\\p{IsHan}]{2,4}){0,3})\\s*"
                    + "(?:[/／]\\s*\\S{0,12}?(?:報導|报道|電|电))?\\s*[)）〕】\\]]?$");
    private static final Pattern WEN_LINE = Pattern.compile(
            "^(?:文|撰文|撰稿|文字|作者)\\s*[/／:：]\\s*(?:\\S{0,10}?(?:記者|记者)\\s*)?"
                    + "([\\p{IsHan}·]{2,4}(?:[\\s、]+[\\p{IsHan}·]{2,4}){0,2}|[A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+){0,2})"
                    + "(?:\\s*[（(]\\s*(" + HAN_OUTLET + ")?\\s*(?:記者|记者|特派員|特派员|撰稿人|編輯|编辑|特約作者|特约作者)?\\s*[）)])?$");
    private static final Pattern OUTLET_WORD = Pattern.compile("(?i).*\\b(news|times|post|journal|herald|gazette|daily|"
            + "courier|ledger|tribune|press|review|wire|media|magazine|radio|network|notes|chronicle|observer|telegraph|"
            + "guardian|star|sun|mail|express|record|report|reporter|bulletin|monitor|insider|today|weekly|digest|blog|"
            + "agency|service|online|tv|television|broadcasting|reuters|bloomberg|afp|xinhua|kyodo|yonhap)\\b.*");
    /** A line that is only an outlet's name, as under a byline: {@code Associated Press}, {@code The Valley Gazette}. */
    private static final Pattern OUTLET_LINE = Pattern.compile("^[A-Z][\\w&'.-]*(?: (?:[A-Z&][\\w&'.-]*|of|the|and)){0,5}$");

    /** A writer's role after the name, not an outlet: {@code Staff Writer}, {@code Senior Correspondent}. */
    private static final Pattern ROLE = Pattern.compile("(?i)^(?:(?:senior|chief|staff|special|contributing|political|business"
            + "|science|health|sports|foreign|national|deputy|associate|managing|investigative|data)\\s+)*"
            + "(?:writer|reporter|correspondent|editor|contributor|columnist|photographer|producer|intern)s?$");

    private Bylines() {
    }

    /** True for a writer's role ({@code Staff Writer}), which a bar may give where an outlet could stand. */
    static boolean isRole(String segment) {
        return ROLE.matcher(segment.strip()).matches();
    }

    /** The byline a whole line gives, or null when the line is not one. */
    static Byline read(String s) {
        Matcher m;
        if ((m = BY_LINE.matcher(s)).matches()) {
            String names = m.group(1).replaceAll("\\s*,?\\s+(?:and|AND|&)\\s+|\\s*,\\s*", ", ");
            return m.group(3) != null ? new Byline(names, m.group(3).strip(), null) : new Byline(names, null, m.group(2));
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
            } else if (!t.matches(".*\\d.*")) {
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
}
