package app.galley.cli;

import app.galley.model.OutboxJob;
import app.galley.publish.OutboxService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Publish articles to a WordPress target through the outbox: each becomes a job, stored first,",
                "then sent now; what cannot be sent (offline, the site down) waits in the outbox (see 'galley outbox')."})
final class PublishCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "The articles' ids.")
    List<Long> ids = new ArrayList<>();

    @Option(names = "--target", paramLabel = "NAME", required = true, description = "The target (see 'galley targets').")
    String target;

    @Option(names = "--status", paramLabel = "STATUS", description = "draft, pending or publish (default draft).")
    String status = "draft";

    @Option(names = "--unpublish", description = "Move the articles' posts back to draft instead.")
    boolean unpublish;

    @Option(names = "--at", paramLabel = "TIME", description = "Schedule it: sent at TIME (2026-12-03T18:00 local, or"
            + " with an offset); it waits in the outbox until then.")
    String at;

    @Option(names = "--queue-only", description = "Only queue the jobs; the window (or 'galley outbox --send') sends them.")
    boolean queueOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.time.Instant when;
        try {
            when = at == null ? null : CliTimes.parse(at, java.time.ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            err.println("galley: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Session lib = library.open()) {
            OutboxService outbox = lib.services().outbox();
            List<OutboxJob> jobs = new ArrayList<>();
            for (long id : ids) {
                jobs.add(unpublish ? outbox.unpublish(id, target) : outbox.publish(id, target, status, when));
            }
            if (!queueOnly) {
                outbox.sendDue();
            }
            boolean stopped = false;
            for (OutboxJob queued : jobs) {
                OutboxJob j = outbox.job(queued.id()).orElseThrow();
                String where = outbox.publication(j.articleId(), j.targetId())
                        .map(p -> " -> post " + p.remoteId() + " " + p.remoteUrl()).orElse("");
                out.println("#" + j.articleId() + " job " + j.id() + ": " + j.state().name().toLowerCase()
                        + (j.state() == OutboxJob.State.DONE ? where : j.lastError() == null ? "" : ": " + j.lastError())
                        + (j.state() == OutboxJob.State.WAITING && j.attempts() == 0 && j.nextAttempt().isAfter(j.created())
                        ? " until " + j.nextAttempt() : ""));
                stopped |= j.state() == OutboxJob.State.FAILED;
            }
            return stopped ? ExitCodes.FAILURE : ExitCodes.OK;
        } catch (NoSuchElementException | IllegalArgumentException | IllegalStateException e) {
            err.println("galley: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
