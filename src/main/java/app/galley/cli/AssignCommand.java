package app.galley.cli;

import app.galley.model.Assignment;
import app.galley.service.AssignmentService;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assign", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Assign articles to a member of the desk (editor, fact-checker or reviewer), with a due time and a note.")
final class AssignCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "The articles.")
    List<Long> ids;

    @Option(names = "--to", paramLabel = "NAME", description = "Who is to do the work.")
    String to;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "editor",
            description = "editor (default), fact-checker or reviewer.")
    String role;

    @Option(names = "--due", paramLabel = "TIME", description = "When it is due: 2026-12-03T18:00 (local) or with an offset.")
    String due;

    @Option(names = "--note", paramLabel = "TEXT", description = "What the assignee is asked to do.")
    String note;

    @Option(names = "--remove", description = "Take the articles' assignment in the role away.")
    boolean remove;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Assignment.Role r;
        Instant when;
        try {
            r = Assignment.Role.of(role);
        } catch (IllegalArgumentException e) {
            return TeamCommand.fail(spec, "no role \"" + role + "\": editor, fact-checker or reviewer", ExitCodes.USAGE);
        }
        if (remove == (to != null)) {
            return TeamCommand.fail(spec, "give --to NAME, or --remove alone", ExitCodes.USAGE);
        }
        try {
            when = due == null ? null : CliTimes.parse(due, ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            return TeamCommand.fail(spec, e.getMessage(), ExitCodes.USAGE);
        }
        try (Session lib = library.open()) {
            List<Long> missing = new ArrayList<>();
            ids.stream().filter(id -> lib.services().articles().find(id).isEmpty()).forEach(missing::add);
            if (!missing.isEmpty()) {
                return TeamCommand.fail(spec, "no article " + missing.stream().map(id -> "#" + id).toList(), ExitCodes.FAILURE);
            }
            AssignmentService assignments = lib.services().assignments();
            if (remove) {
                assignments.unassign(ids, r);
                out.println(ids.size() == 1 ? "1 article unassigned (" + r.id() + ")"
                        : ids.size() + " articles unassigned (" + r.id() + ")");
            } else {
                assignments.assign(ids, r, to, when, note);
                out.println((ids.size() == 1 ? "1 article" : ids.size() + " articles") + " assigned to " + to.strip()
                        + " as " + r.id() + (when == null ? "" : ", due " + when));
            }
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            return TeamCommand.fail(spec, e.getMessage(), ExitCodes.USAGE);
        }
    }
}
