package app.galley.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Times as the command line takes them: {@code 2026-12-03}, {@code 2026-12-03T18:00} (local), or with an offset. */
final class CliTimes {

    private CliTimes() {
    }

    /**
     * @param zone the zone a time without an offset is in (the user's)
     * @throws IllegalArgumentException naming the value if it is none of those forms
     */
    static Instant parse(String value, ZoneId zone) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(zone).toInstant();
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(v).toInstant();
            }
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + value + "\" is not a time: write 2026-12-03, 2026-12-03T18:00"
                    + " or 2026-12-03T18:00+08:00");
        }
    }
}
