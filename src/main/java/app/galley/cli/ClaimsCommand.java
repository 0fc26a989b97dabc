package app.galley.cli;

import app.galley.analyze.Claim;
import app.galley.analyze.AnnotationService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "claims", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Find checkable statements: money, percentages, quantities, dates, durations, rankings,"
                + " comparisons and superlatives.",
                "Each FILE is cleaned as `galley clean` does; offsets are in the cleaned text (its paragraphs"
                        + " joined with blank lines). An ID reads a stored article's current text."})
final class ClaimsCommand extends TextAnalysisCommand {

    @Override
    Map<String, Object> analyse(String text) {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Claim c : AnnotationService.analyse(text).claims()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", c.text());
            m.put("kind", c.kind());
            m.put("start", c.start());
            m.put("end", c.end());
            claims.add(m);
        }
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("claims", claims);
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    void print(PrintWriter out, String label, Map<String, Object> found) {
        List<Map<String, Object>> claims = (List<Map<String, Object>>) found.get("claims");
        out.println("== " + label + ": " + claims.size() + (claims.size() == 1 ? " claim" : " claims"));
        for (Map<String, Object> c : claims) {
            out.println(String.format("%-12s [%s-%s] %s", c.get("kind"), c.get("start"), c.get("end"), c.get("text")));
        }
        out.println();
    }
}
