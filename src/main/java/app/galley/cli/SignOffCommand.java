package app.galley.cli;

import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import app.galley.service.FactCheckGate;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "signoff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sign an article off for Ready or Published as the second pair of eyes, or show its sign-offs.")
final class SignOffCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(index = "0", paramLabel = "ID", description = "The article.")
    long id;

    @Option(names = "--for", paramLabel = "STATUS", description = "ready or published (without it: show the sign-offs).")
    String status;

    @Option(names = "--note", paramLabel = "TEXT", description = "What you checked.")
    String note;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session lib = library.open()) {
            Article a = lib.services().articles().find(id).orElse(null);
            if (a == null) {
                return TeamCommand.fail(spec, "no article #" + id, ExitCodes.FAILURE);
            }
            FactCheckGate gate = lib.services().gate();
            if (status != null) {
                ArticleStatus to;
                try {
                    to = ArticleStatus.fromKey(status);
                    gate.signOffs().signOff(a, to, note);
                } catch (IllegalArgumentException e) {
                    return TeamCommand.fail(spec, "sign off for ready or published, not \"" + status + "\"", ExitCodes.USAGE);
                }
                out.println("#" + id + " signed off for " + to.key() + " by " + lib.services().user());
                return ExitCodes.OK;
            }
            var all = gate.signOffs().of(id);
            if (all.isEmpty()) {
                out.println("#" + id + " has no sign-off");
            }
            DateTimeFormatter shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());
            for (var s : all) {
                out.println(s.status().key() + ": " + s.by() + ", " + shown.format(s.at())
                        + (app.galley.service.SignOffs.holds(s, a) ? "" : " (the text changed since)")
                        + (s.note() == null ? "" : " — " + s.note()));
            }
            return ExitCodes.OK;
        }
    }
}
