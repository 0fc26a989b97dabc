package app.galley.cli;

import app.galley.model.AuditEvent;
import app.galley.service.AuditService;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The audit trail: who did what to which article, and when, newest first.")
final class AuditCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "Only this article's events.")
    Long article;

    @Option(names = "--since", paramLabel = "TIME",
            description = "Only events at or after TIME: 2026-12-03, 2026-12-03T18:00 (local) or with an offset.")
    String since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N events (default 1000).")
    int limit;

    @Option(names = "--json", description = "Print the events as a JSON array.")
    boolean json;

    @Spec
    CommandSpec spec;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ZoneId zone = ZoneId.systemDefault();
        Instant from;
        try {
            from = since == null ? null : CliTimes.parse(since, zone);
        } catch (IllegalArgumentException e) {
            return TeamCommand.fail(spec, e.getMessage(), ExitCodes.USAGE);
        }
        try (Session lib = library.open()) {
            if (article != null && lib.services().articles().find(article).isEmpty()
                    && lib.services().audit().history(article).isEmpty()) {
                return TeamCommand.fail(spec, "no article #" + article, ExitCodes.FAILURE);
            }
            List<AuditEvent> events = lib.services().audit().events(article, from, Math.max(1, Math.min(limit, AuditService.MAX)));
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (AuditEvent e : events) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("uid", e.uid());
                    m.put("article", e.articleId());
                    m.put("at", e.at().toString());
                    m.put("actor", e.actor());
                    m.put("action", e.action().id());
                    m.put("detail", e.detail());
                    rows.add(m);
                }
                out.println(Json.write(rows));
            } else if (events.isEmpty()) {
                out.println("No events.");
            } else {
                for (AuditEvent e : events) {
                    StringBuilder detail = new StringBuilder();
                    e.detail().forEach((k, v) -> detail.append(detail.length() == 0 ? "" : ", ").append(k).append('=').append(v));
                    out.printf("%s  #%-5s %-14s %-14s %s%n", SHOWN.format(e.at().atZone(zone)),
                            e.articleId() == null ? "-" : e.articleId(), e.actor(), e.action().id(), detail);
                }
            }
            return ExitCodes.OK;
        }
    }
}
