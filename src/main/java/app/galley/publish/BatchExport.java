package app.galley.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports many articles to a folder or a zip file, with progress and cancel, and an export log
 * ({@code export-log.json}) saying what became of each. One article that cannot be exported is
 * logged and the rest go on. Files are written whole or not at all; a zip appears only when complete.
 */
public final class BatchExport {

    public static final String LOG = "export-log.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What became of one article: its files, or why it has none. */
    public record Entry(long id, String title, List<String> files, String error) {
    }

    public record Report(List<Entry> entries, boolean cancelled) {

        public long exported() {
            return entries.stream().filter(e -> e.error() == null).count();
        }

        public List<Entry> failures() {
            return entries.stream().filter(e -> e.error() != null).toList();
        }
    }

    /** Told after each article. */
    public interface Progress {
        void done(int count, int total, String title);
    }

    private BatchExport() {
    }

    /**
     * @param target a folder (created if need be), or a {@code .zip} file when {@code zip} is set
     * @param page   the template for the HTML format
     */
    public static Report run(ExportSource source, java.time.Clock clock, List<Long> ids, ExportFormat format, Template page, Path target,
                             boolean zip, Progress progress, BooleanSupplier cancelled) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, byte[]> all = new LinkedHashMap<>();
        boolean stopped = false;
        if (!zip) {
            Files.createDirectories(target);
        }
        for (int i = 0; i < ids.size(); i++) {
            if (cancelled.getAsBoolean()) {
                stopped = true;
                break;
            }
            long id = ids.get(i);
            String title = "#" + id;
            try {
                Exportable x = source.load(id);
                title = x.article().title();
                Map<String, byte[]> files = format.files(x, page, clock);
                if (zip) {
                    all.putAll(files);
                } else {
                    FileWriting.writeAllAtomically(target, files); // an article's files whole or not at all
                }
                entries.add(new Entry(id, title, List.copyOf(files.keySet()), null));
            } catch (TemplateException | IOException | RuntimeException e) { // no such article, a template, a disk
                entries.add(new Entry(id, title, List.of(), e.getMessage() == null ? e.toString() : e.getMessage()));
            }
            progress.done(i + 1, ids.size(), title);
        }
        Report report = new Report(List.copyOf(entries), stopped);
        byte[] log = log(report, format, clock.instant());
        if (zip) {
            all.put(LOG, log);
            writeZip(target, all);
        } else {
            FileWriting.writeAtomically(target.resolve(LOG), log);
        }
        return report;
    }

    private static byte[] log(Report r, ExportFormat format, Instant at) throws IOException {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("format", format.id());
        log.put("exported", r.exported());
        log.put("failed", r.failures().size());
        log.put("cancelled", r.cancelled());
        log.put("at", at.toString());
        log.put("articles", r.entries());
        return JSON.writeValueAsBytes(log);
    }

    private static void writeZip(Path target, Map<String, byte[]> files) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = FileWriting.newPart(absolute);
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    zip.write(f.getValue());
                    zip.closeEntry();
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
