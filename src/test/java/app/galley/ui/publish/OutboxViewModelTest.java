package app.galley.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ImportOutcome;
import app.galley.model.OutboxJob;
import app.galley.publish.Credentials;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.DirectTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox's view model with plain JUnit: targets saved, jobs queued, sent, shown, retried and
 * cancelled at once, no toolkit. The site is a closed port on this machine, so every send fails the
 * way an offline laptop's does.
 */
class OutboxViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aTargetIsSavedMaskedAndAJobForAnUnreachableSiteWaitsUntilCancelled() throws Exception {
        Path credentials = dir.resolve("credentials.properties");
        try (Library library = Library.openEmbedded(dir.resolve("lib")); DirectTasks tasks = new DirectTasks()) {
            Services services = Services.of(library, Services.Options.standard().withUser("mei")
                    .withCredentials(new Credentials(credentials)));
            long id = ((ImportOutcome.Imported) services.imports().importText(
                    "Council approves budget\n\nThe council voted on Tuesday.", "c.txt")).articleId();
            OutboxViewModel outbox = new OutboxViewModel(services, tasks, Duration.ofMinutes(1));
            assertThat(outbox.rows()).isEmpty();
            assertThat(outbox.targets()).isEmpty();

            AtomicReference<String> refused = new AtomicReference<>("not told");
            outbox.saveTarget("Broken", "news.example.com", "editor", "abcd efgh", refused::set);
            assertThat(refused.get()).contains("http://");
            assertThat(outbox.targets()).isEmpty();

            AtomicReference<String> saved = new AtomicReference<>("not told");
            outbox.saveTarget("Offline", "http://127.0.0.1:9", "editor", "abcd efgh ijkl mnop", saved::set);
            assertThat(saved.get()).isNull();
            assertThat(outbox.targets()).singleElement().satisfies(t -> {
                assertThat(t.name()).isEqualTo("Offline");
                assertThat(outbox.maskedPassword(t)).startsWith("••••").doesNotContain("abcd efgh ijkl mnop");
            });
            assertThat(Files.readString(credentials)).doesNotContain("Offline");

            outbox.publish(List.of(id), "Offline", "draft");
            assertThat(outbox.rows()).singleElement().satisfies(r -> {
                assertThat(r.article()).isEqualTo("Council approves budget");
                assertThat(r.target()).isEqualTo("Offline");
                assertThat(r.job().state()).isEqualTo(OutboxJob.State.WAITING);
                assertThat(r.job().attempts()).isEqualTo(1);
                assertThat(r.job().lastError()).contains("cannot reach the site");
            });
            assertThat(outbox.waitingProperty().get()).isEqualTo(1);

            outbox.cancel(outbox.rows().get(0));
            assertThat(outbox.rows().get(0).job().state()).isEqualTo(OutboxJob.State.CANCELLED);
            assertThat(outbox.waitingProperty().get()).isZero();
            assertThat(services.outbox().jobs()).singleElement()
                    .satisfies(j -> assertThat(j.state()).isEqualTo(OutboxJob.State.CANCELLED));

            outbox.publish(List.of(id), "Nowhere", "draft");
            assertThat(outbox.problemProperty().get()).contains("Nowhere");
            outbox.close();
        }
    }
}
