package app.galley.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds, wires and mail write them (issue 21): W3C date-times and ISO 8601 (with a space for
 * the {@code T}, reduced precision such as {@code 2003-12} or {@code 2003}, two-digit years and
 * ordinal days), RFC 822 as it is really written (two-digit years, no space after the day's comma,
 * a comma after the day, long month names, month and day swapped, zone names such as {@code MET},
 * {@code ET} or {@code Etc/GMT}, offsets such as {@code GMT-01:01}), asctime and Twitter's form, and
 * the Korean, Greek, Hungarian and Perforce forms feed parsers meet. The time is kept to the second;
 * a date without one is midnight UTC. An impossible date or time ({@code 25:14}, {@code 10:61},
 * {@code 31 Feb}) is refused, never rolled over into another date. Behaviour follows the date-parser
 * cases of the feedparser project (ADR 22).
 */
public final class FeedDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    /** Zone names in hours east of UTC; a name not here is taken as UTC, as feed readers do. */
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("ut", 0), Map.entry("utc", 0),
            Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("adt", -3), Map.entry("ast", -4), Map.entry("at", -4),
            Map.entry("edt", -4), Map.entry("est", -5), Map.entry("et", -5), Map.entry("cdt", -5), Map.entry("cst", -6),
            Map.entry("ct", -6), Map.entry("mdt", -6), Map.entry("mst", -7), Map.entry("mt", -7), Map.entry("pdt", -7),
            Map.entry("pst", -8), Map.entry("pt", -8), Map.entry("a", -1), Map.entry("n", 1), Map.entry("m", -12),
            Map.entry("y", 12), Map.entry("met", 1), Map.entry("mest", 2), Map.entry("cet", 1), Map.entry("cest", 2),
            Map.entry("bst", 1), Map.entry("jst", 9), Map.entry("kst", 9), Map.entry("hkt", 8));
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{1,2}))?(?::(\\d{1,2}))?(?:[.,]\\d+)?");
    /** ISO 8601's compact and two-digit-year forms: {@code 20031231}, {@code 031231}, {@code 03-12-31}, {@code 03335}, {@code -0312}. */
    private static final List<Pattern> ISO = List.of(
            Pattern.compile("(?<y>\\d{4})-?(?<m>[01]\\d)-?(?<d>[0-3]\\d)"),
            Pattern.compile("(?<y>\\d{4})-0(?<m>[01]\\d)-?(?<d>[0-3]\\d)"), // Google's extra zero: 2003-012-31
            Pattern.compile("(?<y>\\d{4})-?(?<o>[0-3]\\d\\d)"),
            Pattern.compile("(?<y>\\d\\d)-?(?<m>[01]\\d)-?(?<d>[0-3]\\d)"),
            Pattern.compile("(?<y>\\d\\d)-?(?<o>[0-3]\\d\\d)"),
            Pattern.compile("-(?<y>\\d\\d)-?(?<m>[01]\\d)"));
    private static final Pattern ISO_TIME = Pattern.compile(
            "T?(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern PERFORCE = Pattern.compile(
            "\\w{0,3}, (\\d{1,4})/(\\d{1,2})/(\\d{2}) (\\d{1,2}):(\\d{2}):(\\d{2}) (\\w{1,3})");
    private static final Pattern ONBLOG = Pattern.compile("(\\d{4})년\\s+(\\d{2})월\\s+(\\d{2})일\\s+(\\d{2}):(\\d{2}):(\\d{2})");
    private static final Pattern NATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})\\s+(오전|오후)\\s+(\\d{1,2}):(\\d{1,2}):(\\d{1,2})");
    private static final Pattern HUNGARIAN = Pattern.compile("(\\d{4})-([^-\\s]+)-(\\d{1,2})T(\\d{1,2}):(\\d{2})([+-]\\d{1,2}:\\d{2})");
    private static final Map<String, Integer> HUNGARIAN_MONTHS = Map.ofEntries(Map.entry("január", 1),
            Map.entry("február", 2), Map.entry("március", 3), Map.entry("április", 4), Map.entry("május", 5),
            Map.entry("június", 6), Map.entry("július", 7), Map.entry("augusztus", 8), Map.entry("szeptember", 9),
            Map.entry("október", 10), Map.entry("november", 11), Map.entry("december", 12));
    /** Greek month names without their accents, by their first letters. */
    private static final Map<String, String> GREEK_MONTHS = Map.ofEntries(Map.entry("ιαν", "jan"), Map.entry("φεβ", "feb"),
            Map.entry("μαρ", "mar"), Map.entry("απρ", "apr"), Map.entry("μαι", "may"), Map.entry("ιουν", "jun"),
            Map.entry("ιον", "jun"), Map.entry("ιουλ", "jul"), Map.entry("ιολ", "jul"), Map.entry("αυγ", "aug"),
            Map.entry("σεπ", "sep"), Map.entry("οκτ", "oct"), Map.entry("νοε", "nov"), Map.entry("δεκ", "dec"));

    private FeedDates() {
    }

    /** The instant {@code value} names, or null when it is no date or an impossible one. */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        Instant found = w3dtf(s);
        if (found == null) {
            found = rfc822(s);
        }
        if (found == null) {
            found = iso8601(s);
        }
        if (found == null) {
            found = asctime(s);
        }
        if (found == null) {
            found = local(s);
        }
        return found;
    }

    /** {@code 2003-12-31T10:14:55Z}, {@code 2004-07-08 23:56:58 -00:20}, {@code 2003-12}, {@code 2003}. */
    static Instant w3dtf(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("t", -1);
        String date;
        String rest;
        if (parts.length == 1) {
            String[] spaced = lower.split("\\s+", 2);
            date = spaced[0];
            rest = spaced.length > 1 ? spaced[1].strip() : "";
        } else if (parts.length == 2) {
            date = parts[0];
            rest = parts[1];
        } else {
            return null;
        }
        String[] ymd = date.split("-", -1);
        if (ymd.length > 3 || ymd[0].length() != 4 || !ymd[0].chars().allMatch(Character::isDigit)) {
            return null;
        }
        Integer year = number(ymd[0]);
        Integer month = ymd.length > 1 ? number(ymd[1]) : Integer.valueOf(1);
        Integer day = ymd.length > 2 ? number(ymd[2]) : Integer.valueOf(1);
        if (year == null || month == null || day == null) {
            return null;
        }
        // the time, then its zone: "10:14:55z", "23:56:58 -00:20", "10:14:55.1234+08:00"
        String zone = "";
        String time = rest;
        if (time.endsWith("z")) {
            time = time.substring(0, time.length() - 1);
            zone = "z";
        } else {
            int sign = Math.max(time.indexOf('+'), time.indexOf('-'));
            if (sign >= 0) {
                zone = time.substring(sign).strip();
                time = time.substring(0, sign);
            } else if (time.contains(" ")) {
                zone = time.substring(time.indexOf(' ') + 1).strip();
                time = time.substring(0, time.indexOf(' '));
            }
        }
        int[] clock = time.isBlank() ? new int[] {0, 0, 0} : clock(time.strip());
        Integer offset = zone.isEmpty() ? Integer.valueOf(0) : offsetMinutes(zone);
        return clock == null || offset == null ? null : instant(year, month, day, clock, offset);
    }

    /** {@code Thu, 01 Jan 04 19:48:21 GMT}, {@code Fri,24 Nov 2023 18:28:36 -0000}, {@code Thu Aug 30 2012 17:26:16 +0200}. */
    static Instant rfc822(String s) {
        List<String> parts = new java.util.ArrayList<>(List.of(s.toLowerCase(Locale.ROOT).split("\\s+")));
        if (parts.size() < 5) {
            parts.add("00:00:00");
            parts.add("+0000");
        }
        String first = parts.get(0);
        if (first.length() >= 3 && DAYS.contains(first.substring(0, 3))) {
            int comma = first.lastIndexOf(',');
            if (comma >= 0 && comma < first.length() - 1) {
                parts.add(1, first.substring(comma + 1)); // "fri,24"
            }
            parts.remove(0);
        }
        if (parts.size() < 5) {
            return null;
        }
        Integer month = month(parts.get(1));
        Integer day = number(parts.get(0).replace(",", ""));
        if (day == null && month(parts.get(0)) != null) { // "Aug 30 2012": month and day swapped
            month = month(parts.get(0));
            day = number(parts.get(1).replace(",", ""));
        }
        String yearText = parts.get(2);
        Integer year = number(yearText);
        if (day == null || month == null || year == null) {
            return null;
        }
        if (yearText.length() <= 2) {
            year += year < 90 ? 2000 : 1900;
        }
        String[] hms = parts.get(3).split(":", -1);
        if (hms.length > 3) {
            return null;
        }
        int[] clock = new int[3];
        for (int i = 0; i < hms.length; i++) {
            Integer n = number(hms[i]);
            if (n == null) {
                return null;
            }
            clock[i] = n;
        }
        String zone = parts.get(4);
        if (zone.startsWith("etc/")) {
            zone = zone.substring(4);
        }
        if (zone.startsWith("gmt") && zone.length() > 3) {
            zone = zone.substring(3);
        }
        Integer offset = offsetMinutes(zone);
        return offset == null ? null : instant(year, month, day, clock, offset);
    }

    /** ISO 8601's other forms: compact ({@code 20031231}), two-digit years, ordinal days, Google's {@code 2003-012-31}. */
    static Instant iso8601(String s) {
        for (Pattern p : ISO) {
            Matcher m = p.matcher(s);
            if (!m.lookingAt()) {
                continue;
            }
            String rest = s.substring(m.end());
            Matcher t = ISO_TIME.matcher(rest);
            if (!rest.isEmpty() && !t.matches()) {
                continue;
            }
            String y = m.group("y");
            int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
            int[] clock = {0, 0, 0};
            int offset = 0;
            if (!rest.isEmpty()) {
                clock = new int[] {Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)),
                        t.group(3) == null ? 0 : Integer.parseInt(t.group(3))};
                Integer o = t.group(4) == null ? Integer.valueOf(0) : offsetMinutes(t.group(4).toLowerCase(Locale.ROOT));
                if (o == null) {
                    return null;
                }
                offset = o;
            }
            if (has(m, "o")) {
                int ordinal = Integer.parseInt(m.group("o"));
                if (ordinal < 1 || ordinal > LocalDate.of(year, 1, 1).lengthOfYear()) {
                    return null;
                }
                LocalDate d = LocalDate.ofYearDay(year, ordinal);
                return instant(year, d.getMonthValue(), d.getDayOfMonth(), clock, offset);
            }
            int day = has(m, "d") ? Integer.parseInt(m.group("d")) : 1;
            return instant(year, Integer.parseInt(m.group("m")), day, clock, offset);
        }
        return null;
    }

    /** {@code Sun Jan  4 16:29:06 2004}, Twitter's {@code Sun Jul 15 01:16:00 +0000 2012}. */
    static Instant asctime(String s) {
        String[] p = s.split("\\s+");
        if (p.length == 5) {
            return rfc822(p[0] + " " + p[2] + " " + p[1] + " " + p[4] + " " + p[3] + " +0000");
        }
        return p.length == 6 ? rfc822(p[0] + " " + p[2] + " " + p[1] + " " + p[5] + " " + p[3] + " " + p[4]) : null;
    }

    /** Forms of particular feed software: Perforce, Korean portals (Korea time), Hungarian and Greek months. */
    static Instant local(String s) {
        Matcher m;
        if ((m = PERFORCE.matcher(s)).lookingAt()) {
            int month = Integer.parseInt(m.group(2));
            return month < 1 || month > 12 ? null : rfc822(m.group(3) + " " + Month.of(month).name().substring(0, 3) + " " + m.group(1)
                    + " " + m.group(4) + ":" + m.group(5) + ":" + m.group(6) + " " + m.group(7));
        }
        if ((m = ONBLOG.matcher(s)).lookingAt()) {
            return w3dtf(m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + ":" + m.group(5) + ":"
                    + m.group(6) + "+09:00");
        }
        if ((m = NATE.matcher(s)).lookingAt()) {
            int hour = Integer.parseInt(m.group(5)) + (m.group(4).equals("오후") ? 12 : 0);
            return w3dtf(m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + hour + ":" + m.group(6) + ":"
                    + m.group(7) + "+09:00");
        }
        if ((m = HUNGARIAN.matcher(s)).lookingAt()) {
            Integer month = HUNGARIAN_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            return month == null ? null : w3dtf(m.group(1) + "-" + month + "-" + m.group(3) + "T" + m.group(4) + ":"
                    + m.group(5) + m.group(6));
        }
        String[] p = s.split("\\s+");
        if (p.length == 6 && p[0].endsWith(",")) { // Greek: "Κυρ, 11 Ιούλ 2004 12:00:00 EST"
            String bare = Normalizer.normalize(p[2], Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            String month = GREEK_MONTHS.getOrDefault(bare.length() >= 4 ? bare.substring(0, 4) : bare,
                    GREEK_MONTHS.get(bare.length() >= 3 ? bare.substring(0, 3) : bare));
            return month == null ? null : rfc822(p[1] + " " + month + " " + p[3] + " " + p[4] + " " + p[5]);
        }
        return null;
    }

    private static boolean has(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Integer month(String word) {
        return word.length() < 3 ? null : MONTHS.get(word.substring(0, 3));
    }

    /** Hours, minutes and seconds of {@code 10:14:55.1234} (the fraction dropped), or null. */
    private static int[] clock(String time) {
        Matcher m = CLOCK.matcher(time);
        if (!m.matches()) {
            return null;
        }
        return new int[] {Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))};
    }

    /** Minutes east of UTC of {@code +0800}, {@code -01:01}, {@code z}, {@code est}; null for a malformed offset. */
    private static Integer offsetMinutes(String zone) {
        if (zone.isEmpty()) {
            return 0;
        }
        char c = zone.charAt(0);
        if (c == '+' || c == '-') {
            Matcher m = OFFSET.matcher(zone);
            if (!m.matches()) {
                return null;
            }
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hours > 23 || minutes > 59) {
                return null;
            }
            return (c == '-' ? -1 : 1) * (hours * 60 + minutes);
        }
        return ZONES.getOrDefault(zone, 0) * 60;
    }

    private static Integer number(String s) {
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(s);
    }

    /** The instant of a local date and time at an offset; null for an impossible one (25:14, 31 Feb, year 10000). */
    private static Instant instant(int year, int month, int day, int[] clock, int offsetMinutes) {
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, clock[0], clock[1], clock[2]);
            Instant at = local.toInstant(ZoneOffset.UTC).minusSeconds(offsetMinutes * 60L);
            return at.atOffset(ZoneOffset.UTC).getYear() > 9999 ? null : at;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
