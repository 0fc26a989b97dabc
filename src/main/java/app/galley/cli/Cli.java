package app.galley.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the {@code galley} command line. */
public final class Cli {

    private Cli() {
    }

    /** Runs with the process's standard streams and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams (used by tests) and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new GalleyCommand());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("galley: " + oneLine(ex));
            return ExitCodes.FAILURE;
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("galley: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        return cmd;
    }

    static String oneLine(Throwable ex) {
        String msg = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
        return msg.replaceAll("\\s*\\R\\s*", " ");
    }
}
