package app.galley.cli;

import app.galley.ingest.ImportProblem;
import app.galley.ingest.extract.Extraction;
import app.galley.service.TextService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Extract the article (metadata and body) from saved web pages: .html, .htm or .html.gz."
                + " Nothing is stored.")
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper LINES = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pages to extract.")
    List<Path> files;

    @Option(names = "--jsonl", description = "One JSON object per input and line (format in the README).")
    boolean jsonl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TextService text = new TextService();
        int failures = 0;
        for (Path file : files) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", file.toString());
            try {
                TextService.Page page = text.extract(file);
                Extraction x = page.extraction();
                if (jsonl) {
                    line.put("title", x.title());
                    line.put("byline", x.byline());
                    line.put("published", x.published());
                    line.put("site", x.site());
                    line.put("source", x.source());
                    line.put("language", x.language());
                    line.put("text", x.text());
                    line.put("blocks", page.blocks().stream().map(ExtractCommand::block).toList());
                    out.println(LINES.writeValueAsString(line));
                } else {
                    printReadable(out, file, x);
                }
            } catch (ImportProblem | RuntimeException e) {
                failures++;
                String problem = e instanceof ImportProblem ? e.getMessage() : "extraction failed: " + Cli.oneLine(e);
                if (jsonl) {
                    line.put("error", problem);
                    out.println(LINES.writeValueAsString(line));
                } else {
                    err.println("galley: " + file + ": " + problem);
                }
            }
            out.flush();
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static Map<String, Object> block(TextService.PageBlock b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", b.type());
        m.put("text", b.text());
        return m;
    }

    private static void printReadable(PrintWriter out, Path file, Extraction x) {
        out.println("== " + file);
        out.println(x.title() == null ? "(no title)" : x.title());
        if (x.byline() != null) {
            out.println("Byline:    " + x.byline());
        }
        if (x.published() != null) {
            out.println("Published: " + x.published());
        }
        if (x.site() != null) {
            out.println("Site:      " + x.site());
        }
        if (x.language() != null) {
            out.println("Language:  " + x.language());
        }
        out.println();
        out.println(x.isEmpty() ? "(no article text found)" : x.text());
        out.println();
    }
}
