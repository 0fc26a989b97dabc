package app.galley.cli;

import app.galley.publish.BatchExport;
import app.galley.publish.ExportFormat;
import app.galley.publish.Template;
import app.galley.publish.TemplateException;
import app.galley.service.ExportService;
import app.galley.search.SearchHit;
import app.galley.search.SearchService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Export articles: IPTC ninjs (2.2, 3.1) and NewsML-G2, Markdown for static sites, HTML, JSON-LD.",
                "Into a folder (--out) or a zip file (--zip), with an export log (export-log.json)."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "The articles' ids (see 'galley list').")
    List<Long> ids = new ArrayList<>();

    @Option(names = "--search", paramLabel = "QUERY", description = "Also the articles a search finds (a saved search's query).")
    String search;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "ninjs, ninjs3, newsml, markdown, html or jsonld.")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Option(names = "--zip", paramLabel = "FILE", description = "A zip file to write instead of a folder.")
    Path zip;

    @Option(names = "--template", paramLabel = "NAME", description = "The template of HTML pages (default newspaper).")
    String template = ExportService.DEFAULT_TEMPLATE;

    @Option(names = "--templates", paramLabel = "DIR", description = "A folder of your own templates.")
    Path templateFolder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((out == null) == (zip == null)) {
            err.println("galley: give either --out DIR or --zip FILE");
            return ExitCodes.USAGE;
        }
        ExportFormat f;
        try {
            f = ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            err.println("galley: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Session lib = library.open()) {
            List<Long> all = new ArrayList<>(ids);
            if (search != null) {
                try (SearchService s = lib.services().openSearch()) {
                    for (SearchHit h : s.search(search, 10_000).hits()) {
                        if (!all.contains(h.id())) {
                            all.add(h.id());
                        }
                    }
                } catch (IllegalArgumentException e) {
                    err.println("galley: query: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
            }
            if (all.isEmpty()) {
                err.println("galley: nothing to export (give article ids or --search)");
                return ExitCodes.USAGE;
            }
            Template page = lib.services().exports().template(templateFolder, template);
            Path target = zip != null ? zip : out;
            BatchExport.Report r = lib.services().exports().export(all, f, page, target, zip != null, (n, total, title) -> { },
                    () -> false);
            for (BatchExport.Entry e : r.entries()) {
                if (e.error() == null) {
                    o.println("exported #" + e.id() + " " + e.title() + " -> " + String.join(", ", e.files()));
                } else {
                    err.println("galley: #" + e.id() + ": " + e.error());
                }
            }
            o.println(r.exported() + " exported, " + r.failures().size() + " failed (" + target + ")");
            return r.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (TemplateException e) {
            err.println("galley: template: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            err.println("galley: cannot write " + (zip != null ? zip : out) + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
