package app.galley.cli;

import app.galley.ingest.ImportListener;
import app.galley.ingest.ImportReport;
import app.galley.ingest.ImportService;
import app.galley.service.FeedService;
import app.galley.model.ImportOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Import files, folders and .zip archives (.txt, .md, .html, .htm, .xhtml, .html.gz, .eml,"
                + " .mhtml, .docx, ninjs .json, NewsML-G2 .xml), web addresses and feeds into the library.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders or .zip archives to import.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--url", paramLabel = "URL", description = "A web page to fetch and import (repeatable).")
    List<String> urls = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS or Atom feed: saved, and its new items imported.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--retry", description = "Try again the web addresses waiting in the library's fetch queue"
            + " (and refresh the saved feeds).")
    boolean retry;

    @Option(names = "--jsonl", description = "One JSON object per input and line (format in the README).")
    boolean jsonl;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Write every outcome to this JSON file.")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (paths.isEmpty() && urls.isEmpty() && feeds.isEmpty() && !retry) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Nothing to import: give a PATH, --url, --feed or --retry");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ImportOutcome> all = new ArrayList<>();
        try (Session lib = library.open()) {
            ImportService importer = lib.services().imports();
            FeedService web = lib.services().feeds();
            ImportListener printer = new ImportListener() {
                @Override
                public void finished(ImportOutcome outcome, int done, int total) {
                    all.add(outcome);
                    print(out, err, outcome);
                }
            };
            if (!paths.isEmpty()) {
                importer.importPaths(paths, printer, () -> false);
            }
            for (String url : urls) {
                printer.finished(web.importUrl(url), 0, 0);
            }
            for (String feed : feeds) {
                List<ImportOutcome> items = web.importFeed(feed);
                items.forEach(o -> printer.finished(o, 0, 0));
                if (items.isEmpty()) { // a feed with no items still says so: one line, as for every input
                    java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
                    line.put("url", feed);
                    line.put("status", "empty");
                    line.put("items", 0);
                    out.println(jsonl ? Json.line(line)
                            : String.format("%-10s %s  (the feed has no items)", "empty", feed));
                }
            }
            if (retry) {
                web.retryDue().forEach(o -> printer.finished(o, 0, 0));
                web.refreshAll().forEach(o -> printer.finished(o, 0, 0));
            }
        }
        ImportReport summary = new ImportReport(all, false);
        if (report != null) {
            ImportService.writeReport(all, report);
        }
        if (!jsonl) {
            out.printf("%d imported, %s, %d queued, %d failed%n",
                    summary.imported().size() + summary.reposts().size(), Cli.count(summary.duplicates().size(), "duplicate"),
                    summary.queued().size(), summary.failures().size());
        }
        return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void print(PrintWriter out, PrintWriter err, ImportOutcome outcome) {
        if (jsonl) {
            out.println(ImportService.reportLine(outcome));
            return;
        }
        if (outcome instanceof ImportOutcome.Imported i) {
            out.printf("imported   #%d  %s  (%s)%n", i.articleId(), Cli.printable(i.title()), Cli.printable(i.source()));
            i.notes().forEach(n -> out.printf("           note: %s%n", n));
        } else if (outcome instanceof ImportOutcome.Repost r) {
            out.printf("repost     #%d  %s  (%s)  looks like a repost of #%d (%d %%)%n", r.articleId(),
                    Cli.printable(r.title()), Cli.printable(r.source()), r.repostOf(), Math.round(r.similarity() * 100));
            r.notes().forEach(n -> out.printf("           note: %s%n", n));
        } else if (outcome instanceof ImportOutcome.Duplicate d) {
            out.printf("duplicate  %s  %s  (%s)%n", d.existingId() > 0 ? "#" + d.existingId() : "(taken before)",
                    Cli.printable(d.existingTitle()), Cli.printable(d.source()));
        } else if (outcome instanceof ImportOutcome.Queued q) {
            out.printf("queued     %s%n", q.message());
        } else if (outcome instanceof ImportOutcome.Failed f) {
            err.println("galley: " + Cli.printable(f.message()));
        }
    }
}
