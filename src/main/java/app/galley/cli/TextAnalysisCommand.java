package app.galley.cli;

import app.galley.clean.RuleSet;
import app.galley.ingest.ImportService;
import app.galley.model.Article;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that reads files as {@code galley clean} does (or stored articles by id), cleans them,
 * and prints something found in the cleaned text: the paragraphs of {@code galley clean} joined with
 * blank lines, so offsets agree with that command's output.
 */
abstract class TextAnalysisCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(arity = "1..*", paramLabel = "FILE|ID",
            description = "Files to read and clean, or ids of stored articles (their current text).")
    List<String> inputs;

    @Option(names = "--jsonl", description = "One JSON object per input and line (format in the README).")
    boolean jsonl;

    @Mixin
    RulesOption rulesOption;

    @Spec
    CommandSpec spec;

    /** The fields found in a cleaned text, after "file". */
    abstract Map<String, Object> analyse(String text);

    /** The readable form of one input's findings. */
    abstract void print(PrintWriter out, String label, Map<String, Object> found);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet rules;
        try {
            rules = rulesOption.rules();
        } catch (IllegalArgumentException e) {
            err.println("galley: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        int failures = 0;
        Session lib = null;
        try {
            for (String input : inputs) {
                Path file = Path.of(input);
                if (input.matches("\\d{1,18}") && !Files.exists(file)) {
                    if (lib == null) {
                        lib = library.open();
                    }
                    Optional<Article> a = lib.services().articles().find(Long.parseLong(input));
                    if (a.isEmpty()) {
                        err.println("galley: no article #" + input + " in " + lib.location());
                        failures++;
                    } else {
                        emit(out, "#" + input, a.get().body());
                    }
                    continue;
                }
                for (ImportService.Reading r : ImportService.readOnly(file)) {
                    if (r.draft() == null) {
                        failures++;
                        if (jsonl) {
                            Map<String, Object> line = new LinkedHashMap<>();
                            line.put("file", r.label());
                            line.put("error", r.problem());
                            out.println(Json.line(line));
                        } else {
                            err.println("galley: " + r.label() + ": " + r.problem());
                        }
                        continue;
                    }
                    emit(out, r.label(), cleanedText(r, rules));
                }
                out.flush();
            }
        } finally {
            if (lib != null) {
                lib.close();
            }
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    @SuppressWarnings("unchecked")
    private static String cleanedText(ImportService.Reading r, RuleSet rules) {
        return String.join("\n\n", (List<String>) CleanCommand.clean(r.draft(), rules).get("paragraphs"));
    }

    private void emit(PrintWriter out, String label, String text) {
        Map<String, Object> found = analyse(text);
        if (jsonl) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", label);
            line.putAll(found);
            out.println(Json.line(line));
        } else {
            print(out, label, found);
        }
    }
}
