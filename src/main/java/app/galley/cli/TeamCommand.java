package app.galley.cli;

import app.galley.service.TeamService;
import app.galley.store.TeamServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "team", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The team library on a PostgreSQL server.", subcommands = TeamCommand.Init.class)
final class TeamCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Prepare an empty PostgreSQL database as a team library (the password on standard input).",
                    "URL: postgresql://HOST[:PORT]/DATABASE, optionally ?sslmode=require."})
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "URL")
        String url;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The server role to connect as.")
        String user;

        @Override
        public Integer call() throws IOException {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            String password = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
            try {
                TeamServer.Outcome done = TeamService.init(url, user, password);
                TeamServer.Address at = TeamServer.Address.parse(url);
                out.println(switch (done) {
                    case PREPARED -> "prepared " + at + " as a team library";
                    case UPGRADED -> "upgraded the team library at " + at;
                    case ALREADY_CURRENT -> at + " is already a team library of this Galley";
                });
                return ExitCodes.OK;
            } catch (IllegalArgumentException e) {
                err.println("galley: " + e.getMessage());
                return ExitCodes.USAGE;
            } catch (TeamServer.Problem e) {
                err.println("galley: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
    }
}
