package app.galley.ui.app;

import app.galley.model.LengthUnit;
import app.galley.model.TextLength;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How values read in the interface language. */
public final class Formats {

    private final I18n i18n;
    private final DateTimeFormatter dateTime;

    public Formats(I18n i18n) {
        this.i18n = i18n;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(ZoneId.systemDefault());
    }

    public String length(TextLength length) {
        // the number itself: the message formats it in the language, and picks the plural for it
        return i18n.format(length.unit() == LengthUnit.CHARACTERS ? "length.chars" : "length.words", length.value());
    }

    /** A file size for people: {@code 532 B}, {@code 48 KB}, {@code 3.1 MB}. */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return Math.round(n / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }

    public String instant(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    private final java.util.Map<String, String> languageNames = new java.util.concurrent.ConcurrentHashMap<>();

    public String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return i18n.get("language.unknown");
        }
        return languageNames.computeIfAbsent(tag, t -> { // the table asks for every row it draws
            String name = Locale.forLanguageTag(t).getDisplayName(i18n.locale());
            return name.isBlank() ? t : name;
        });
    }
}
