package app.galley.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "embargo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Embargo an article until a time (publishing before it is refused), lift it, or show it.")
final class EmbargoCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(index = "0", paramLabel = "ID", description = "The article.")
    long id;

    @Option(names = "--until", paramLabel = "TIME", description = "2026-12-03T18:00 (local) or with an offset.")
    String until;

    @Option(names = "--lift", description = "Lift the embargo.")
    boolean lift;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (lift && until != null) {
            return TeamCommand.fail(spec, "give --until TIME or --lift, not both", ExitCodes.USAGE);
        }
        Instant when;
        try {
            when = until == null ? null : CliTimes.parse(until, ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            return TeamCommand.fail(spec, e.getMessage(), ExitCodes.USAGE);
        }
        try (Session lib = library.open()) {
            var outbox = lib.services().outbox();
            if (when != null || lift) {
                outbox.setEmbargo(id, when);
            }
            out.println(outbox.embargo(id).map(t -> "#" + id + " is embargoed until " + t).orElse("#" + id + " has no embargo"));
            return ExitCodes.OK;
        } catch (NoSuchElementException e) {
            return TeamCommand.fail(spec, e.getMessage(), ExitCodes.FAILURE);
        }
    }
}
