package app.galley.cli;

import app.galley.store.FeedRepository;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "feeds", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the saved feeds, or forget one (its articles stay).",
                "Save a feed with 'galley import --feed URL'; refresh them all with 'galley import --retry'."})
final class FeedsCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Option(names = "--json", description = "Print a JSON array (the format is documented in the README).")
    boolean json;

    @Option(names = "--remove", paramLabel = "ID", description = "Forget the saved feed with this id.")
    Long remove;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session lib = library.open()) {
            if (remove != null) {
                if (!lib.services().feeds().remove(remove)) {
                    spec.commandLine().getErr().println("galley: no saved feed #" + remove + " in " + lib.location());
                    return ExitCodes.FAILURE;
                }
                out.println("removed feed #" + remove);
                return ExitCodes.OK;
            }
            List<FeedRepository.Overview> feeds = lib.services().feeds().overview();
            if (json) {
                out.println(Json.write(feeds.stream().map(FeedsCommand::json).toList()));
                return ExitCodes.OK;
            }
            for (FeedRepository.Overview f : feeds) {
                out.printf("%4d  %-40s  %10s  %s%n", f.feed().id(),
                        f.feed().title() == null ? "-" : f.feed().title(), Cli.count(f.items(), "item"), f.feed().url());
            }
            out.printf("%s in %s%n", Cli.count(feeds.size(), "saved feed"), lib.location());
            return ExitCodes.OK;
        }
    }

    private static Map<String, Object> json(FeedRepository.Overview f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.feed().id());
        m.put("url", f.feed().url());
        m.put("title", f.feed().title());
        m.put("items", f.items());
        m.put("articles", f.articles());
        m.put("lastRefreshed", f.lastRefreshed());
        return m;
    }
}
