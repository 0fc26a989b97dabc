package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestClock;
import app.galley.model.AuditAction;
import app.galley.model.ImportOutcome;
import app.galley.model.OutboxJob;
import app.galley.service.Services;
import app.galley.store.Library;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embargo and scheduled publishing (issue 23), on a real library and the library's clock: a publish
 * before the embargo is refused with the reason; a scheduled one waits in the outbox (a table row,
 * so across restarts) until its time, and only then is it tried.
 */
class ScheduleAndEmbargoTest {

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock("2026-12-04T09:00:00Z");
    private Library lib;
    private Services s;
    private long id;

    @BeforeEach
    void open() throws Exception {
        lib = Library.openEmbedded(dir.resolve("lib"), clock);
        s = Services.of(lib, Services.Options.standard().withUser("周敏")
                .withCredentials(new Credentials(dir.resolve("credentials.properties"))));
        id = ((ImportOutcome.Imported) s.imports().importText("Council meets\n\nThe council met.", "paste")).articleId();
        // a site no one answers on: a job that is tried fails and waits again, which shows it was tried
        s.outbox().saveTarget("site", "http://127.0.0.1:9", "editor", "secret");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void aPublishBeforeTheEmbargoIsRefusedAndOneScheduledForItWaits() {
        OutboxService outbox = s.outbox();
        Instant embargo = Instant.parse("2026-12-04T12:00:00Z");
        outbox.setEmbargo(id, embargo);
        assertThat(outbox.embargo(id)).contains(embargo);
        assertThatThrownBy(() -> outbox.publish(id, "site", "publish"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("embargoed until 2026-12-04T12:00:00Z");
        assertThatThrownBy(() -> outbox.publish(id, "site", "publish", embargo.minusSeconds(60)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(outbox.jobs()).isEmpty();
        outbox.publish(id, "site", "draft"); // a draft is not what readers see: the embargo lets it through
        assertThat(outbox.jobs()).hasSize(1);

        OutboxJob job = outbox.publish(id, "site", "publish", embargo);
        assertThat(job.state()).isEqualTo(OutboxJob.State.WAITING);
        assertThat(job.nextAttempt()).isEqualTo(embargo);
        assertThat(s.audit().history(id)).extracting(e -> e.action()).startsWith(AuditAction.QUEUE, AuditAction.QUEUE, AuditAction.EMBARGO);
        assertThat(s.audit().history(id).get(0).get("at")).isEqualTo(embargo.toString());

        // a restart: another library object on the same folder finds the job waiting
        lib.close();
        lib = Library.openEmbedded(dir.resolve("lib"), clock);
        s = Services.of(lib, Services.Options.standard().withUser("周敏")
                .withCredentials(new Credentials(dir.resolve("credentials.properties"))));
        assertThat(s.outbox().sendDue()).isEqualTo(1); // the draft, due now (the site does not answer)
        assertThat(s.outbox().sendDue()).isZero(); // the scheduled one: not yet
        assertThat(s.outbox().job(job.id()).orElseThrow().attempts()).isZero();
        clock.advance(Duration.ofHours(3));
        assertThat(s.outbox().sendDue()).isEqualTo(2); // its time: tried (with the draft's next try; the site does not answer)
        assertThat(s.outbox().job(job.id()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void anEmbargoSetAfterAPublishWasQueuedHoldsItBackAndCanBeLifted() {
        OutboxService outbox = s.outbox();
        OutboxJob job = outbox.publish(id, "site", "publish");
        Instant embargo = clock.instant().plus(Duration.ofHours(2));
        outbox.setEmbargo(id, embargo);
        assertThat(outbox.sendDue()).isEqualTo(1);
        OutboxJob held = outbox.job(job.id()).orElseThrow();
        assertThat(held.state()).isEqualTo(OutboxJob.State.WAITING);
        assertThat(held.attempts()).isZero(); // not sent: held until the embargo
        assertThat(held.nextAttempt()).isEqualTo(embargo);
        assertThat(held.lastError()).contains("embargoed until");
        outbox.setEmbargo(id, null);
        assertThat(outbox.embargo(id)).isEmpty();
        assertThat(s.audit().history(id).get(0).action()).isEqualTo(AuditAction.EMBARGO);
        assertThat(outbox.publish(id, "site", "draft")).isNotNull(); // no embargo: queued now
    }
}
