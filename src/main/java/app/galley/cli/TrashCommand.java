package app.galley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The Trash from the command line, through the same service as the window's Article menu. */
@Command(name = "trash", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Move articles to the Trash (they leave every list and search, and keep everything",
                "until the Trash is emptied), put them back, or empty the Trash for good."})
final class TrashCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "The articles to move to the Trash (or, with --restore, to put back).")
    List<Long> ids = List.of();

    @Option(names = "--restore", description = "Put the articles back instead.")
    boolean restore;

    @Option(names = "--empty", description = "Delete every article in the Trash for good, with its revisions, notes and files.")
    boolean empty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (empty == !ids.isEmpty() || (empty && restore)) {
            spec.commandLine().getErr().println("galley trash: give article ids, or --empty alone");
            return ExitCodes.USAGE;
        }
        try (Session lib = library.open()) {
            var articles = lib.services().articles();
            if (empty) {
                out.printf("%s deleted for good%n", Cli.count(articles.emptyTrash(), "article"));
            } else if (restore) {
                out.printf("%s put back%n", Cli.count(articles.restore(ids), "article"));
            } else {
                out.printf("%s moved to the Trash (%d in it)%n", Cli.count(articles.moveToTrash(ids), "article"),
                        articles.trashCount());
            }
            return ExitCodes.OK;
        }
    }
}
