package app.galley.cli;

import app.galley.model.OutboxJob;
import app.galley.model.PublishTarget;
import app.galley.publish.OutboxService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "outbox", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The publishing outbox: jobs with their states; send what is due, retry or cancel a job.")
final class OutboxCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Option(names = "--json", description = "Print the jobs as a JSON array.")
    boolean json;

    @Option(names = "--send", description = "Send the jobs that are due now first.")
    boolean send;

    @Option(names = "--retry", paramLabel = "JOB", description = "Send a stopped or waiting job again now.")
    Long retry;

    @Option(names = "--cancel", paramLabel = "JOB", description = "Cancel a waiting or stopped job.")
    Long cancel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session lib = library.open()) {
            OutboxService outbox = lib.services().outbox();
            if (cancel != null) {
                outbox.cancel(cancel);
            }
            if (retry != null) {
                outbox.retry(retry);
            }
            if (send || retry != null) {
                outbox.sendDue();
            }
            Map<Long, String> targets = new LinkedHashMap<>();
            outbox.targets().forEach(t -> targets.put(t.id(), t.name()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (OutboxJob j : outbox.jobs()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", j.id());
                m.put("article", j.articleId());
                m.put("target", targets.get(j.targetId()));
                m.put("action", j.action().name().toLowerCase());
                m.put("status", j.remoteStatus());
                m.put("state", j.state().name().toLowerCase());
                m.put("attempts", j.attempts());
                m.put("nextAttempt", j.open() ? j.nextAttempt().toString() : null);
                m.put("error", j.lastError());
                m.put("queuedBy", j.queuedBy());
                outbox.publication(j.articleId(), j.targetId()).ifPresent(p -> m.put("url", p.remoteUrl()));
                rows.add(m);
            }
            if (json) {
                out.println(Json.write(rows));
            } else if (rows.isEmpty()) {
                out.println("The outbox is empty.");
            } else {
                for (Map<String, Object> m : rows) {
                    out.printf("job %-4s #%-5s %-10s %-9s %-8s %-8s tries %s%s%n", m.get("id"), m.get("article"), m.get("target"),
                            m.get("action"), m.get("status"), m.get("state"), m.get("attempts"),
                            m.get("error") == null ? "" : "  " + m.get("error"));
                }
            }
            return ExitCodes.OK;
        } catch (NoSuchElementException e) {
            spec.commandLine().getErr().println("galley: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    /** {@code galley targets}: list publishing targets, add or change one (the password read from stdin). */
    @Command(name = "targets", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Publishing targets (WordPress sites). 'galley targets add NAME --url URL --user USER' reads",
                    "the Application Password from standard input and keeps it in a file only you can read."})
    static final class Targets implements Callable<Integer> {

        @Mixin
        LibraryOption library;

        @picocli.CommandLine.Parameters(arity = "0..2", paramLabel = "add NAME")
        List<String> words = new ArrayList<>();

        @Option(names = "--url", paramLabel = "URL")
        String url;

        @Option(names = "--user", paramLabel = "USER")
        String user;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Session lib = library.open()) {
                if (!words.isEmpty()) {
                    if (words.size() != 2 || !words.get(0).equals("add") || url == null || user == null) {
                        err.println("galley: targets add NAME --url URL --user USER  (password on standard input)");
                        return ExitCodes.USAGE;
                    }
                    String password = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
                    try {
                        lib.services().outbox()
                                .saveTarget(words.get(1), url, user, password);
                        OutboxService.warning(url).ifPresent(w -> err.println("galley: warning: " + w));
                    } catch (IllegalArgumentException e) {
                        err.println("galley: " + e.getMessage());
                        return ExitCodes.USAGE;
                    }
                }
                OutboxService targets = lib.services().outbox();
                for (PublishTarget t : targets.targets()) {
                    String masked = targets.maskedPassword(t);
                    out.println(t.name() + "  " + t.siteUrl() + "  " + t.username() + "  password "
                            + (masked.isEmpty() ? "(not set)" : masked));
                }
                return ExitCodes.OK;
            }
        }
    }
}
