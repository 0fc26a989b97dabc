package app.galley.cli;

import app.galley.analyze.Quote;
import app.galley.analyze.AnnotationService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Find direct quotations and who said them.",
                "Each FILE is cleaned as `galley clean` does; offsets are in the cleaned text (its paragraphs"
                        + " joined with blank lines). An ID reads a stored article's current text."})
final class QuotesCommand extends TextAnalysisCommand {

    @Override
    Map<String, Object> analyse(String text) {
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (Quote q : AnnotationService.analyse(text).quotes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", q.text());
            m.put("speaker", q.speaker());
            m.put("start", q.start());
            m.put("end", q.end());
            quotes.add(m);
        }
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("quotes", quotes);
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    void print(PrintWriter out, String label, Map<String, Object> found) {
        List<Map<String, Object>> quotes = (List<Map<String, Object>>) found.get("quotes");
        out.println("== " + label + ": " + quotes.size() + (quotes.size() == 1 ? " quotation" : " quotations"));
        for (Map<String, Object> q : quotes) {
            Object speaker = q.get("speaker");
            out.println((speaker == null ? "(speaker unknown)" : speaker) + " [" + q.get("start") + "-" + q.get("end")
                    + "]: " + q.get("text"));
        }
        out.println();
    }
}
