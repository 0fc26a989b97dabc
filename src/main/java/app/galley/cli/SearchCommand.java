package app.galley.cli;

import app.galley.search.SearchHit;
import app.galley.search.SearchService;
import java.io.PrintWriter;
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

@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Search the library: words and \"phrases\", AND/OR/NOT, and title: tag: source: status: lang:"
                + " speaker: published:2018-01..2018-12.",
                "Traditional and Simplified Chinese, and full- and half-width forms, find each other."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (its words may be given separately).")
    List<String> query;

    @Option(names = "--json", description = "Print the hits as a JSON array (id, title, score, snippet).")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many hits (default 20).")
    int limit = 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Session lib = library.open(); SearchService search = lib.services().openSearch()) {
            if (search.readOnly()) {
                err.println("galley: note: the window keeps the search index; results are as of its last update");
            }
            SearchService.Results r;
            try {
                r = search.search(String.join(" ", query), limit);
            } catch (IllegalArgumentException e) {
                err.println("galley: query: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (json) {
                List<Map<String, Object>> hits = new ArrayList<>();
                for (SearchHit h : r.hits()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", h.id());
                    m.put("title", h.title());
                    m.put("score", Math.round(h.score() * 1000) / 1000.0);
                    m.put("snippet", h.snippet());
                    hits.add(m);
                }
                out.println(Json.write(hits));
            } else {
                out.println(r.total() + (r.exact() ? "" : "+") + (r.total() == 1 ? " article" : " articles"));
                for (SearchHit h : r.hits()) {
                    out.println(String.format("#%-5d %6.2f  %s", h.id(), h.score(), h.title()));
                    out.println("        " + h.snippet());
                }
            }
            return ExitCodes.OK;
        }
    }
}
