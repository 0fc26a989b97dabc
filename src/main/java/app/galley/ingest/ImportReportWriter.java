package app.galley.ingest;

import app.galley.model.ImportOutcome;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Import outcomes as JSON, in the stable shape the README documents (also used by
 * {@code galley import --jsonl}): {@code file} or {@code url}, {@code status}, {@code id},
 * {@code duplicateOf}, {@code similarity}, {@code error}.
 */
public final class ImportReportWriter {

    private static final ObjectMapper LINE = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImportReportWriter() {
    }

    public static Map<String, Object> json(ImportOutcome outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        String source = outcome.source();
        m.put(source.startsWith("http://") || source.startsWith("https://") ? "url" : "file", source);
        if (outcome instanceof ImportOutcome.Imported i) {
            m.put("status", "imported");
            m.put("id", i.articleId());
            m.put("title", i.title());
            if (!i.notes().isEmpty()) {
                m.put("notes", i.notes());
            }
        } else if (outcome instanceof ImportOutcome.Repost r) {
            m.put("status", "repost");
            m.put("id", r.articleId());
            m.put("title", r.title());
            m.put("duplicateOf", r.repostOf());
            m.put("similarity", Math.round(r.similarity() * 1000) / 1000.0);
            if (!r.notes().isEmpty()) {
                m.put("notes", r.notes());
            }
        } else if (outcome instanceof ImportOutcome.Duplicate d) {
            m.put("status", "duplicate");
            m.put("duplicateOf", d.existingId() > 0 ? d.existingId() : null);
            m.put("similarity", 1.0);
        } else if (outcome instanceof ImportOutcome.Queued q) {
            m.put("status", "queued");
            m.put("error", q.problem());
        } else if (outcome instanceof ImportOutcome.Failed f) {
            m.put("status", "error");
            m.put("error", f.problem());
        }
        return m;
    }

    /** One outcome as one line of JSON. */
    public static String line(ImportOutcome outcome) {
        try {
            return LINE.writeValueAsString(json(outcome));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** All outcomes as a JSON array in a file. */
    public static void write(List<ImportOutcome> outcomes, Path file) throws IOException {
        Files.writeString(file, PRETTY.writeValueAsString(outcomes.stream().map(ImportReportWriter::json).toList()));
    }
}
