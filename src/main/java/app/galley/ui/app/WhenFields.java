package app.galley.ui.app;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * A day and a time in the user's zone (issue 23: a scheduled publish, an embargo, an assignment's due
 * time): a date picker and a time field ("18:00"); no day means none; a day without a time means
 * the default time given.
 */
public final class WhenFields {

    private final DatePicker day = new DatePicker();
    private final TextField time = new TextField();
    private final HBox node;
    private final LocalTime byDefault;

    /** Fields with ids {@code PREFIXDate} and {@code PREFIXTime}; a day without a time means its start. */
    public WhenFields(String idPrefix) {
        this(idPrefix, LocalTime.MIDNIGHT);
    }

    public WhenFields(String idPrefix, LocalTime byDefault) {
        this.byDefault = byDefault;
        day.setId(idPrefix + "Date");
        time.setId(idPrefix + "Time");
        time.setPromptText("18:00");
        time.setPrefColumnCount(5);
        node = new HBox(8, day, time);
    }

    public HBox node() {
        return node;
    }

    /** Empty for no time; throws {@link IllegalArgumentException} for a time that is not one. */
    public Optional<Instant> value(ZoneId zone) {
        if (day.getValue() == null) {
            if (!time.getText().isBlank()) {
                throw new IllegalArgumentException(time.getText());
            }
            return Optional.empty();
        }
        try {
            LocalTime t = time.getText().isBlank() ? byDefault : LocalTime.parse(time.getText().strip());
            return Optional.of(day.getValue().atTime(t).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(time.getText(), e);
        }
    }

    /** Whether the fields hold a time that is one (or none). */
    public boolean valid(ZoneId zone) {
        try {
            value(zone);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
