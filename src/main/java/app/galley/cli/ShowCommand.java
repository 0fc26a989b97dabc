package app.galley.cli;

import app.galley.model.Article;
import app.galley.model.OriginalInfo;
import app.galley.store.Library;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show one article: its metadata and text.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id (see 'galley list').")
    long id;

    @Option(names = "--json", description = "Print a JSON object (the format is documented in the README).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library lib = library.open()) {
            Optional<Article> found = lib.articles().find(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("galley: no article #" + id + " in " + lib.location());
                return ExitCodes.FAILURE;
            }
            Article a = found.get();
            OriginalInfo original = lib.articles().originalInfo(id).orElse(null);
            if (json) {
                out.println(Json.write(ArticleJson.article(a, original)));
                return ExitCodes.OK;
            }
            out.println(a.title());
            line(out, "Subtitle", a.subtitle());
            line(out, "Byline", a.byline());
            line(out, "Source", a.source());
            line(out, "URL", a.sourceUrl());
            line(out, "Language", a.language());
            line(out, "Published", a.published() == null ? null : a.published().toString());
            line(out, "Status", a.status().key());
            line(out, "Length", a.length().toString());
            line(out, "Imported", a.created().toString());
            if (original != null) {
                line(out, "Original", original.location() + " (" + original.mediaType() + ", " + original.charset() + ")");
            }
            out.println();
            out.println(a.body());
            return ExitCodes.OK;
        }
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("%-10s %s%n", label + ":", value);
        }
    }
}
