package app.galley.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ImportOutcome;
import app.galley.model.OutboxJob;
import app.galley.service.Services;
import app.galley.ui.app.GalleyFxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Embargo and scheduled publishing as an editor does them (issue 23): Article › Embargo sets a time;
 * Article › Publish at once is refused with the reason; Publish with a time at or after it waits in
 * the outbox until then.
 */
class ScheduleFxTest extends GalleyFxTest {

    private static Path config;
    private long id;

    @BeforeAll
    static void ownCredentials() throws Exception {
        config = Files.createTempDirectory("galley-config");
        System.setProperty("galley.config", config.toString());
    }

    @AfterAll
    static void dropCredentials() throws Exception {
        System.clearProperty("galley.config");
        try (var files = Files.walk(config)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Override
    protected void prepare(app.galley.store.Library library) {
        id = ((ImportOutcome.Imported) Services.of(library).imports().importText(
                "Council meets\n\nThe council met on Tuesday.", "paste")).articleId();
    }

    private void when(String prefix, LocalDate day, String time) {
        clickOn("#" + prefix + "Date .text-field").write(day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)))).push(KeyCode.TAB);
        clickOn("#" + prefix + "Time").write(time);
    }

    private void press(String button) {
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.getText().equals(button))
                .queryAs(Button.class));
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ZoneId.systemDefault()).toInstant();
    }

    @Test
    void anEmbargoRefusesAPublishNowAndAScheduledOneWaits() throws Exception {
        settle();
        java.util.concurrent.atomic.AtomicReference<String> saved = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> window.outboxModel().saveTarget("Offline", "http://127.0.0.1:9", "editor", "abcd efgh",
                p -> saved.set(p == null ? "" : p)));
        waitFor(10, TimeUnit.SECONDS, () -> saved.get() != null);
        selectArticle(id);
        LocalDate day = LocalDate.of(2099, 1, 1); // (the short date form has two-digit years)

        clickOn("Article").clickOn("#embargoItem");
        when("embargo", day, "08:00");
        press("Embargo");
        settle();
        assertThat(library.embargoes().of(id)).contains(at(day, 8));

        // at once: refused, saying why
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.U);
        settle();
        clickOn("#publishStatus").clickOn("publish");
        press("Publish");
        settle();
        assertThat(lookup("#messageLabel").queryLabeled().getText()).contains("is embargoed until");
        assertThat(library.outbox().jobs()).isEmpty();

        // scheduled for after the embargo: it waits in the outbox for its time
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.U);
        settle();
        clickOn("#publishStatus").clickOn("publish");
        when("publish", day, "09:00");
        press("Publish");
        settle();
        assertThat(library.outbox().jobs()).singleElement().satisfies(j -> {
            assertThat(j.state()).isEqualTo(OutboxJob.State.WAITING);
            assertThat(j.nextAttempt()).isEqualTo(at(day, 9));
            assertThat(j.attempts()).isZero();
        });
        assertThat(lookup("#messageLabel").queryLabeled().getText()).startsWith("1 article scheduled for Offline at ");
    }

    private static void waitFor(int seconds, TimeUnit unit, java.util.concurrent.Callable<Boolean> done) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(seconds, unit, done);
    }
}
