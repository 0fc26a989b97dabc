package app.galley.cli;

import app.galley.text.Change;
import app.galley.clean.Cleaning;
import app.galley.text.Paragraphs;
import app.galley.clean.RuleSet;
import app.galley.ingest.ImportService;
import app.galley.model.Article;
import app.galley.model.ArticleDraft;
import app.galley.service.EditService;
import app.galley.service.TextService;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Clean articles: remove site boilerplate, repair punctuation, quotation marks, spacing,"
                + " conversion mistakes and mojibake.",
                "FILE arguments are read as an import would, cleaned and printed; nothing is stored.",
                "An ID (a number that is not a file) cleans that stored article into a new revision."})
final class CleanCommand implements Callable<Integer> {

    private static final TextService TEXT = new TextService();

    @Mixin
    LibraryOption library;

    @Parameters(arity = "1..*", paramLabel = "FILE|ID", description = "Files to clean, or ids of stored articles.")
    List<String> inputs;

    @Option(names = "--jsonl", description = "One JSON object per input and line (format in the README).")
    boolean jsonl;

    @Mixin
    RulesOption rulesOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
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
        List<Long> ids = new ArrayList<>();
        for (String input : inputs) {
            Path file = Path.of(input);
            if (input.matches("\\d{1,18}") && !Files.exists(file)) {
                ids.add(Long.parseLong(input));
                continue;
            }
            for (ImportService.Reading r : ImportService.readOnly(file)) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", r.label());
                if (r.draft() == null) {
                    failures++;
                    if (jsonl) {
                        line.put("error", r.problem());
                        out.println(Json.line(line));
                    } else {
                        err.println("galley: " + r.label() + ": " + r.problem());
                    }
                    continue;
                }
                Map<String, Object> cleaned = clean(r.draft(), rules);
                line.putAll(cleaned);
                if (jsonl) {
                    out.println(Json.line(line));
                } else {
                    printReadable(out, line);
                }
            }
            out.flush();
        }
        if (!ids.isEmpty()) {
            failures += cleanStored(ids, out, err);
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** The JSON fields of a cleaned draft, in the documented order. */
    static Map<String, Object> clean(ArticleDraft d, RuleSet rules) {
        TextService.CleanedDraft cleaned = TEXT.clean(d, rules);
        Cleaning c = cleaned.cleaning();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", cleaned.title());
        m.put("originalTitle", cleaned.originalTitle());
        m.put("source", cleaned.source());
        m.put("otherSources", cleaned.otherSources());
        m.put("sourceUrl", d.sourceUrl());
        m.put("byline", cleaned.byline());
        m.put("published", cleaned.published() == null ? null : cleaned.published().toString());
        m.put("language", cleaned.language());
        m.put("subheads", cleaned.paragraphs().stream().filter(Paragraphs.Paragraph::subhead)
                .map(Paragraphs.Paragraph::text).toList());
        m.put("paragraphs", cleaned.paragraphs().stream().map(Paragraphs.Paragraph::text).toList());
        List<Map<String, Object>> removed = new ArrayList<>();
        for (Change ch : cleaned.removed()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rule", ch.rule());
            r.put("text", ch.from(c.original()).strip());
            removed.add(r);
        }
        m.put("removed", removed);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Change ch : c.changes()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rule", ch.rule());
            r.put("from", ch.from(c.original()));
            r.put("to", ch.replacement());
            r.put("start", ch.start());
            r.put("end", ch.end());
            changes.add(r);
        }
        m.put("changes", changes);
        return m;
    }

    private int cleanStored(List<Long> ids, PrintWriter out, PrintWriter err) {
        int failures = 0;
        try (Session lib = library.open()) {
            EditService editing = lib.services().editing();
            for (long id : ids) {
                Optional<Article> found = lib.services().articles().find(id);
                if (found.isEmpty()) {
                    err.println("galley: no article #" + id + " in " + lib.location());
                    failures++;
                    continue;
                }
                Article a = found.get();
                Cleaning c = editing.propose(a, new EditService.Proposal.Rules());
                EditService.Outcome outcome = editing.saveCleaning(a, c, ch -> true, "clean");
                if (outcome.article().isPresent()) {
                    Article saved = outcome.article().get();
                    String what = c.changes().isEmpty() ? "already clean" : c.changes().size() + " changes, new revision";
                    if (jsonl) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("id", id);
                        line.put("title", saved.title());
                        line.put("changes", c.changes().size());
                        line.put("version", saved.version());
                        out.println(Json.line(line));
                    } else {
                        out.println("#" + id + " " + saved.title() + ": " + what);
                    }
                } else {
                    err.println("galley: #" + id + " was changed meanwhile; try again");
                    failures++;
                }
            }
        }
        return failures;
    }

    @SuppressWarnings("unchecked")
    private static void printReadable(PrintWriter out, Map<String, Object> line) {
        out.println("== " + line.get("file"));
        out.println(line.get("title"));
        if (line.get("source") != null) {
            out.println("Source: " + line.get("source"));
        }
        out.println();
        for (String p : (List<String>) line.get("paragraphs")) {
            out.println(p);
            out.println();
        }
        List<Map<String, Object>> removed = (List<Map<String, Object>>) line.get("removed");
        List<Map<String, Object>> changes = (List<Map<String, Object>>) line.get("changes");
        out.println("-- " + changes.size() + " changes; removed " + removed.size() + " lines:");
        for (Map<String, Object> r : removed) {
            out.println("   [" + r.get("rule") + "] " + r.get("text"));
        }
        out.println();
    }
}
