package app.galley.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as pages write them: ISO-8601 in metadata, and visible forms such as
 * {@code 2026年4月3日}, {@code 2026/05/02}, {@code 民國115年4月3日}, {@code Aug. 14, 2026} or
 * {@code 14 August 2026}. A date stamped with a time ({@code 2005-5-7 21:23:57}) is preferred to one
 * that is only written. Dates without a time are taken as midnight UTC.
 */
public final class DateParser {

    /** A date with a time after it: how pages stamp a post or an article, so it outranks a date in the text. */
    private static final Pattern STAMPED = Pattern.compile(
            "(?<!\\d)(\\d{4})(?:[/.-](\\d{1,2})[/.-](\\d{1,2})|\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號])"
                    + "\\s*(?:[上下]午)?\\s*\\d{1,2}[:：]\\d{2}");
    /** The American stamp of older server pages ({@code 9/17/2004 5:54:13 AM}): month first, unless it cannot be. */
    private static final Pattern US_STAMPED = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp][Mm])?");
    /** Taiwan's calendar: 民國 94 年 is 2005. */
    private static final Pattern ROC = Pattern.compile("[民][國国]\\s*(\\d{2,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private DateParser() {
    }

    /** A machine-readable date (metadata, {@code <time datetime>}, JSON-LD), or null. */
    public static Instant parseIso(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Instant machine = FeedDates.parse(v);
        if (machine != null || STRUCTURED.matcher(v).matches()) {
            return machine; // a date written for machines that is impossible ("25:14") is refused, not guessed at
        }
        return parseVisible(v);
    }

    /** A W3C or ISO date (with or without its time), or an RFC 822 day name first: not prose to search. */
    private static final Pattern STRUCTURED = Pattern.compile(
            "(?i)\\d{2,4}-\\d{1,3}(?:-\\d{1,2})?(?:[t ]\\d.*)?|(?:mon|tue|wed|thu|fri|sat|sun)\\b.*");

    private static final int VISIBLE_WINDOW = 50_000;
    private static final java.util.regex.Pattern COMBINING_RUN = java.util.regex.Pattern.compile("\\p{M}{2,}");

    /** The first date written the way people write dates, in English or Chinese, or null. */
    public static Instant parseVisible(String visible) {
        if (visible == null) {
            return null;
        }
        // a page's date is near its top; and runs of combining marks make the patterns' word boundaries
        // scan backwards at every position (a million of them took minutes), so they go first
        String text = COMBINING_RUN.matcher(visible.length() > VISIBLE_WINDOW ? visible.substring(0, VISIBLE_WINDOW)
                : visible).replaceAll("");
        Matcher m = STAMPED.matcher(text);
        while (m.find()) {
            Instant stamped = m.group(2) != null ? date(m.group(1), m.group(2), m.group(3))
                    : date(m.group(1), m.group(4), m.group(5));
            if (stamped != null) {
                return stamped;
            }
        }
        m = US_STAMPED.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            Instant stamped = first > 12 ? date(m.group(3), m.group(2), m.group(1)) : date(m.group(3), m.group(1), m.group(2));
            if (stamped != null) {
                return stamped;
            }
        }
        m = ROC.matcher(text);
        if (m.find()) {
            return date(String.valueOf(1911 + Integer.parseInt(m.group(1))), m.group(2), m.group(3));
        }
        m = CHINESE.matcher(text);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_FIRST.matcher(text);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), m.group(2));
        }
        m = DAY_FIRST.matcher(text);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1));
        }
        return null;
    }

    /** {@code 7:42 a.m. CT}, {@code 4:05 p.m.}: an American clock time, with its zone where written. */
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b(\\d{1,2}):(\\d{2})\\s*([ap])\\.?\\s?m\\.?(?:\\s+(ET|CT|MT|PT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|UTC|GMT)\\b)?");
    private static final Map<String, String> US_ZONES = Map.of("ET", "America/New_York", "CT", "America/Chicago",
            "MT", "America/Denver", "PT", "America/Los_Angeles");

    /**
     * An English date line with its time where it gives a zone ({@code Published 7:42 a.m. CT Aug. 14, 2026}
     * is 12:42 UTC); a date without a zone is its day, as {@link #parseVisible} gives it. Null if none.
     */
    public static Instant parseEnglishStamp(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = MONTH_FIRST.matcher(line);
        if (!m.find()) {
            return parseVisible(line);
        }
        Instant day = date(m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), m.group(2));
        Matcher c = CLOCK.matcher(line);
        if (day == null || !c.find() || c.group(4) == null) {
            return day;
        }
        int hour = Integer.parseInt(c.group(1)) % 12 + (c.group(3).equalsIgnoreCase("p") ? 12 : 0);
        int minute = Integer.parseInt(c.group(2));
        if (hour > 23 || minute > 59) {
            return day;
        }
        String zone = c.group(4).toUpperCase(Locale.ROOT);
        java.time.ZoneId id = switch (zone) {
            case "UTC", "GMT" -> ZoneOffset.UTC;
            case "EST" -> ZoneOffset.ofHours(-5);
            case "EDT", "CST" -> ZoneOffset.ofHours(zone.equals("EDT") ? -4 : -6);
            case "CDT", "MST" -> ZoneOffset.ofHours(zone.equals("CDT") ? -5 : -7);
            case "MDT", "PST" -> ZoneOffset.ofHours(zone.equals("MDT") ? -6 : -8);
            case "PDT" -> ZoneOffset.ofHours(-7);
            default -> java.time.ZoneId.of(US_ZONES.get(zone)); // ET, CT, MT, PT: standard or daylight as the day was
        };
        return day.atOffset(ZoneOffset.UTC).toLocalDate().atTime(hour, minute).atZone(id).toInstant();
    }

    private static Instant date(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2200) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d)).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
