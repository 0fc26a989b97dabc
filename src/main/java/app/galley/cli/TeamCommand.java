package app.galley.cli;

import app.galley.service.TeamService;
import app.galley.store.TeamServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "team", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The team library on a PostgreSQL server.", subcommands = {TeamCommand.Init.class, TeamCommand.Connect.class, TeamCommand.Sync.class,
                TeamCommand.Status.class, TeamCommand.Disconnect.class})
final class TeamCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The password, as the first line given on standard input (never an argument: it would show in ps). */
    static String password() throws IOException {
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    /** Says why on standard error, in one line; returns the exit code. */
    static int fail(CommandSpec spec, String why, int code) {
        spec.commandLine().getErr().println("galley: " + why);
        return code;
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
            String password = password();
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
                return fail(spec, e.getMessage(), ExitCodes.USAGE);
            } catch (TeamServer.Problem e) {
                return fail(spec, e.getMessage(), ExitCodes.FAILURE);
            }
        }
    }

    @Command(name = "connect", mixinStandardHelpOptions = true,
            description = {"Connect this library to a team server (the password on standard input, kept in a 0600 file).",
                    "Everything in the library goes up at the next sync; the window syncs while it is open."})
    static final class Connect implements Callable<Integer> {
        @Mixin
        LibraryOption library;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "URL", description = "postgresql://HOST[:PORT]/DATABASE, optionally ?sslmode=require")
        String url;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The server role to connect as.")
        String user;

        @Option(names = "--name", paramLabel = "NAME", description = "The name your changes carry (default: the role).")
        String member;

        @Override
        public Integer call() throws IOException {
            String password = password();
            try (Session lib = library.open()) {
                var team = lib.services().team().connect(url, user, password, member);
                spec.commandLine().getOut().println("connected to " + TeamServer.Address.parse(team.url()) + " as "
                        + team.member() + "; " + lib.services().team().pending() + " articles to share at the next sync");
                return ExitCodes.OK;
            } catch (IllegalArgumentException e) {
                return fail(spec, e.getMessage(), ExitCodes.USAGE);
            } catch (TeamServer.Problem e) {
                return fail(spec, e.getMessage(), ExitCodes.FAILURE);
            }
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "Sync once: the others' changes come down, this library's go up.")
    static final class Sync implements Callable<Integer> {
        @Mixin
        LibraryOption library;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Session lib = library.open()) {
                var round = lib.services().team().sync();
                spec.commandLine().getOut().println("received " + round.pulled() + " (merged " + round.merged()
                        + "), sent " + round.pushed());
                return ExitCodes.OK;
            } catch (IllegalStateException e) {
                return fail(spec, e.getMessage(), ExitCodes.USAGE);
            } catch (TeamServer.Problem e) {
                return fail(spec, e.getMessage(), ExitCodes.FAILURE);
            } catch (IOException e) {
                return fail(spec, "cannot read the credentials file: " + e.getMessage(), ExitCodes.FAILURE);
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "The team this library is in, and what waits to go up.")
    static final class Status implements Callable<Integer> {
        @Mixin
        LibraryOption library;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Session lib = library.open()) {
                var out = spec.commandLine().getOut();
                var team = lib.services().team().team();
                if (team.isEmpty()) {
                    out.println("not in a team");
                } else {
                    out.println("server: " + TeamServer.Address.parse(team.get().url()));
                    out.println("user: " + team.get().user());
                    out.println("member: " + team.get().member());
                    out.println("waiting to go up: " + lib.services().team().pending());
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "disconnect", mixinStandardHelpOptions = true,
            description = "Leave the team: nothing more is sent; everything stays in this library.")
    static final class Disconnect implements Callable<Integer> {
        @Mixin
        LibraryOption library;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Session lib = library.open()) {
                lib.services().team().disconnect();
                spec.commandLine().getOut().println("left the team");
                return ExitCodes.OK;
            }
        }
    }
}
