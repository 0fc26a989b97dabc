package app.galley.cli;

import app.galley.search.SearchService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rebuild the search index from the library's database (the database is the source of truth).")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Session lib = library.open(); SearchService search = lib.services().openSearch()) {
            long start = System.nanoTime();
            int n;
            try {
                n = search.rebuild();
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("galley: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            spec.commandLine().getOut().println(String.format("%d %s indexed in %.1f s (%s)", n, n == 1 ? "article" : "articles",
                    (System.nanoTime() - start) / 1e9, search.folder()));
            return ExitCodes.OK;
        }
    }
}
