package app.galley.cli;

import app.galley.model.ArticleSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the articles in the library, newest first.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Option(names = "--json", description = "Print a JSON array (the format is documented in the README).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session lib = library.open()) {
            List<ArticleSummary> all = lib.services().articles().list();
            if (json) {
                out.println(Json.write(all.stream().map(ArticleJson::summary).toList()));
            } else {
                for (ArticleSummary s : all) {
                    out.printf("%6d  %-10s  %-7s  %7s  %s%n", s.id(), s.status().key(),
                            s.language() == null ? "-" : s.language(), s.length(), Cli.printable(s.title()));
                }
                out.printf("%s in %s%n", Cli.count(all.size(), "article"), lib.location());
            }
            return ExitCodes.OK;
        }
    }
}
