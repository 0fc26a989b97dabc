package app.galley.cli;

import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleStatus;
import app.galley.service.FactCheckGate;
import app.galley.store.StaleArticleException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Edits an article's headline, byline or source, or adds a paragraph: a new revision, as the window saves. */
@Command(name = "edit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Change an article's details or add a paragraph to its text; saved as a new revision.",
                "Prints '#ID revision N: HEADLINE' once the revision is stored."})
final class EditCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(index = "0", paramLabel = "ID", description = "The article.")
    long id;

    @Option(names = "--title", paramLabel = "TEXT", description = "The new headline.")
    String title;

    @Option(names = "--byline", paramLabel = "TEXT", description = "The new byline.")
    String byline;

    @Option(names = "--source", paramLabel = "TEXT", description = "The new source.")
    String source;

    @Option(names = "--original-title", paramLabel = "TEXT",
            description = "The headline the story first ran under (empty to clear).")
    String originalTitle;

    @Option(names = "--other-sources", paramLabel = "NAMES",
            description = "Other outlets the copy names, separated by ; (empty to clear).")
    String otherSources;

    @Option(names = "--append", paramLabel = "TEXT", description = "A paragraph to add at the end of the text.")
    String append;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Move the article to a status: inbox, editing, fact-check, ready, published, spiked.")
    String status;

    @Option(names = "--override", paramLabel = "WHY",
            description = {"Move to ready or published although the fact-check is not ready, for this reason",
                    "(kept in the article's history with your name)."})
    String override;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Session lib = library.open()) {
            Optional<Article> found = lib.services().articles().find(id);
            if (found.isEmpty()) {
                err.println("galley: no article #" + id + " in " + lib.location());
                return ExitCodes.FAILURE;
            }
            Article a = found.get();
            if (status != null) {
                ArticleStatus to;
                try {
                    to = ArticleStatus.fromKey(status);
                } catch (IllegalArgumentException e) {
                    err.println("galley: no status " + status + " (inbox, editing, fact-check, ready, published, spiked)");
                    return ExitCodes.USAGE;
                }
                if (FactCheckGate.GATED.contains(to) && a.status() != to) {
                    FactCheckGate gate = lib.services().gate();
                    var problems = gate.problems(a, FactCheckGate.Action.of(to));
                    if (!problems.isEmpty() && (override == null || override.isBlank())) {
                        err.println("galley: the fact-check of #" + id + " is not ready (" + Cli.count(problems.size(), "problem")
                                + "); give --override WHY to go ahead");
                        problems.stream().limit(10).forEach(p -> err.println("  " + p.kind().name().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ') + (p.quote() == null ? "" : ": " + Cli.printable(p.quote()))));
                        return ExitCodes.FAILURE;
                    }
                    if (!problems.isEmpty()) {
                        a = gate.recordOverride(a, FactCheckGate.Action.of(to), problems.size(), override);
                    }
                }
                Optional<Article> moved = lib.services().editing().changeStatus(a, to).article();
                if (moved.isEmpty()) {
                    err.println("galley: #" + id + " was changed meanwhile; try again");
                    return ExitCodes.FAILURE;
                }
                a = moved.get();
                out.println("#" + id + " " + to.key());
            }
            ArticleEdit before = ArticleEdit.of(a);
            ArticleEdit edit = new ArticleEdit(title != null && !title.isBlank() ? title.strip() : before.title(),
                    before.subtitle(), byline != null ? byline.strip() : before.byline(), before.dateline(),
                    source != null ? source.strip() : before.source(), originalTitle == null ? before.originalTitle() : originalTitle.isBlank() ? null : originalTitle.strip(),
                    otherSources == null ? before.otherSources() : ArticleEdit.sourceList(otherSources),
                    before.language(),
                    append != null && !append.isBlank() ? before.body() + "\n\n" + append.strip() : before.body());
            if (edit.equals(before)) {
                if (status == null) {
                    out.println("#" + id + " unchanged");
                }
                return ExitCodes.OK;
            }
            try {
                Article saved = lib.services().articles().save(a.id(), a.version(), edit, "Edited from the command line");
                out.println("#" + id + " revision " + saved.version() + ": " + Cli.printable(saved.title()));
                return ExitCodes.OK;
            } catch (StaleArticleException e) {
                err.println("galley: #" + id + " was changed meanwhile; try again");
                return ExitCodes.FAILURE;
            }
        }
    }
}
