package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Audit events can never be edited from the app (issue 23): no statement in Galley's code or
 * migrations updates or deletes a row of {@code audit_event}, or drops or empties the table.
 */
class AuditTrailImmutableTest {

    private static final Pattern CHANGES_EVENTS = Pattern.compile(
            "(update\\s+audit_event|delete\\s+from\\s+audit_event|truncate\\s+(table\\s+)?audit_event"
                    + "|drop\\s+table\\s+(if\\s+exists\\s+)?audit_event|merge\\s+into\\s+audit_event)");

    @Test
    void noStatementChangesOrRemovesAnEvent() throws IOException {
        List<Path> offending;
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            offending = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(AuditTrailImmutableTest::changesEvents).toList();
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theCheckFindsSuchAStatement() {
        assertThat(CHANGES_EVENTS.matcher("\"delete from  audit_event where id = ?\"".toLowerCase(Locale.ROOT)).find()).isTrue();
        assertThat(CHANGES_EVENTS.matcher("update audit_event set actor = ?").find()).isTrue();
        assertThat(CHANGES_EVENTS.matcher("insert into audit_event (uid) values (?)").find()).isFalse();
    }

    private static boolean changesEvents(Path p) {
        try {
            return CHANGES_EVENTS.matcher(Files.readString(p).toLowerCase(Locale.ROOT).replaceAll("\"\\s*\\+\\s*\"", "")).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
