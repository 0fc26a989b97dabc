package app.galley.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a command line as the tests do: its exit code, standard output and standard error. */
public final class CliRun {

    private CliRun() {
    }

    /** {@code [exit code, stdout, stderr]}. */
    public static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
