package app.galley.ingest;

import app.galley.model.ArticleDraft;
import app.galley.model.ImportOutcome;
import app.galley.model.Original;
import app.galley.analyze.MinHash;
import app.galley.analyze.RepostFinder;
import app.galley.analyze.TagService;
import app.galley.text.Folding;
import app.galley.store.ArticleRepository;
import app.galley.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files, folders and pasted text into the library. Each input is read, checked, decoded and
 * stored in its own transaction: a bad input gets a one-line message and the batch goes on.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** Larger files are refused before they are read: no article is anywhere near this long. */
    public static final long DEFAULT_SIZE_LIMIT = 10L * 1024 * 1024;

    private final ArticleRepository articles;
    private final long sizeLimit;
    private final RepostFinder reposts;
    private final TagService tags;
    private final app.galley.store.AuditTrail.Recorder audit;
    private final FolderWalk folders = new FolderWalk();

    /** An importer that finds exact duplicates only. */
    public ImportService(ArticleRepository articles) {
        this(articles, DEFAULT_SIZE_LIMIT, null);
    }


    public ImportService(ArticleRepository articles, long sizeLimit, RepostFinder reposts) {
        this(articles, sizeLimit, reposts, null);
    }

    /** @param tags where the tags an article was sent with (NewsML-G2, ninjs subjects) become the library's */
    public ImportService(ArticleRepository articles, long sizeLimit, RepostFinder reposts, TagService tags) {
        this(articles, sizeLimit, reposts, tags, null);
    }

    /** As the four-argument constructor, recording each import stored in the audit trail (issue 23). */
    public ImportService(ArticleRepository articles, long sizeLimit, RepostFinder reposts, TagService tags,
                         app.galley.store.AuditTrail.Recorder audit) {
        this.audit = audit;
        this.articles = articles;
        this.sizeLimit = sizeLimit;
        this.reposts = reposts;
        this.tags = tags;
    }

    /**
     * What one input reads as, without storing anything: the draft, or the problem that stops it.
     *
     * @param label the file (or archive entry) as messages name it
     */
    public record Reading(String label, ArticleDraft draft, String problem) {
    }

    /** Reads a file (an archive: each of its articles) as an import would, storing nothing. */
    public static List<Reading> readOnly(Path file) {
        ImportService reader = new ImportService(null, DEFAULT_SIZE_LIMIT, null);
        return reader.prepare(file).stream()
                .map(p -> new Reading(p.label(), p.draft(), p.failure() == null ? null : p.failure().problem()))
                .toList();
    }

    /** Stores a draft (exact duplicates refused, reposts flagged). */
    public ImportOutcome storeDraft(ArticleDraft draft, String label) {
        return commit(understood(draft, label));
    }

    /**
     * An input read and understood, not yet stored: the draft with its folded body, content hash
     * and MinHash signature (the CPU work, done on reader threads in bulk), or why it cannot be stored.
     */
    record Prepared(String label, ArticleDraft draft, String hash, int[] signature, ImportOutcome.Failed failure,
                    List<String> notes) {

        static Prepared failed(String label, String problem) {
            return new Prepared(label, null, null, null, new ImportOutcome.Failed(label, problem), List.of());
        }
    }

    private Prepared understood(ArticleDraft raw, String label) {
        try {
            // whatever the format: an article is readable text (random bytes in a mail part are not)
            InputCheck.checkText(raw.body());
        } catch (ImportProblem e) {
            return Prepared.failed(label, "no readable article text: " + e.getMessage());
        }
        FieldLimits.Fitted fitted = FieldLimits.fit(raw);
        ArticleDraft draft = fitted.draft();
        String foldedBody = Folding.CONTENT.fold(draft.body()); // once, for the hash and the repost index
        String hash = ContentHash.ofFolded(Folding.CONTENT.fold(draft.title()), foldedBody);
        return new Prepared(label, draft, hash, reposts == null ? null : MinHash.signature(foldedBody), null,
                fitted.notes());
    }

    /** Stores a prepared input: the lookups that must see every earlier article happen here, in order. */
    ImportOutcome commit(Prepared p) {
        if (p.failure() != null) {
            return p.failure();
        }
        try {
            ImportOutcome outcome;
            RepostFinder.Probe probe = reposts == null ? null : reposts.probe(p.signature());
            // the tags it was sent with exist before the article does; it gets them in its own transaction
            List<Long> tagIds = tags == null || p.draft().tags().isEmpty() ? List.of()
                    : tags.resolve(p.draft().tags()).stream().map(app.galley.model.Tag::id).toList();
            java.util.function.Supplier<ImportOutcome> insert =
                    () -> articles.insert(p.draft(), p.hash(), p.label(), probe == null ? null : probe.entry(), tagIds);
            outcome = audit == null ? insert.get() : audit.record(app.galley.model.AuditAction.IMPORT, stored -> stored
                    instanceof ImportOutcome.Imported i // a duplicate changed nothing: nothing to record
                    ? List.of(new app.galley.store.AuditTrail.Entry(i.articleId(), java.util.Map.of("source", p.label())))
                    : List.of(), insert);
            if (outcome instanceof ImportOutcome.Imported imported) {
                if (probe != null && probe.match().isPresent()) {
                    return new ImportOutcome.Repost(p.label(), imported.articleId(), imported.title(),
                            probe.match().get().articleId(), probe.match().get().similarity(), p.notes());
                }
                return new ImportOutcome.Imported(imported.source(), imported.articleId(), imported.title(), p.notes());
            }
            return outcome;
        } catch (StoreException e) {
            LOG.warn("Storing {} failed: {}", p.label(), e.getMessage());
            return new ImportOutcome.Failed(p.label(), "not saved: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Storing {} failed", p.label(), e);
            return new ImportOutcome.Failed(p.label(), "not saved: " + e);
        }
    }

    /** The report of an import as JSON lines, one per input (format in the README), written whole. */
    public static void writeReport(List<ImportOutcome> outcomes, Path file) throws java.io.IOException {
        ImportReportWriter.write(outcomes, file);
    }

    /** One outcome as the report's JSON line. */
    public static String reportLine(ImportOutcome outcome) {
        return ImportReportWriter.line(outcome);
    }

    /** True for the file types this importer reads. */
    public static boolean isSupported(Path file) {
        return file.getFileName() != null && FileFormat.of(file.getFileName().toString()).isPresent();
    }

    /**
     * Expands folders (recursively, skipping hidden entries and saved pages' resource folders) into the
     * supported files they hold; links leading outside a chosen folder come back with why they are not read.
     */
    public List<Path> expand(List<Path> inputs) {
        return folders.expand(inputs);
    }

    /**
     * Imports files, folders and archives; stops between inputs when {@code cancelled} turns true.
     * Files are read and understood on reader threads while this thread stores them in order.
     */
    public ImportReport importPaths(List<Path> inputs, ImportListener listener, BooleanSupplier cancelled) {
        List<Path> files = expand(inputs);
        listener.started(files.size());
        return ImportPipeline.run(files, this::prepare, this::commit, listener, cancelled);
    }

    /** Imports every article in a {@code .zip}, after checking it is no zip bomb. */
    public List<ImportOutcome> importArchive(Path zip, BooleanSupplier cancelled) {
        List<ImportOutcome> out = new ArrayList<>();
        for (Prepared p : prepareArchive(zip)) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            out.add(commit(p));
        }
        return out;
    }

    /** Imports one file. Never throws: problems come back as {@link ImportOutcome.Failed}. */
    public ImportOutcome importFile(Path file) {
        // through the pipeline, so one file has the same time budget and error handling as a batch
        List<ImportOutcome> out = ImportPipeline.run(List.of(file), f -> List.of(prepareFile(f)), this::commit,
                new ImportListener() { }, () -> false).outcomes();
        return out.isEmpty() ? new ImportOutcome.Failed(file.toString(), "interrupted") : out.get(0);
    }

    /** Reads one input (a file, or an archive's articles) into prepared drafts. Never throws. */
    List<Prepared> prepare(Path file) {
        boolean archive = file.getFileName() != null
                && FileFormat.of(file.getFileName().toString()).orElse(null) == FileFormat.ZIP;
        return archive && Files.isRegularFile(file) ? prepareArchive(file) : List.of(prepareFile(file));
    }

    private List<Prepared> prepareArchive(Path zip) {
        String label = zip.toString();
        List<ArchiveReader.Entry> entries;
        try {
            entries = ArchiveReader.read(zip, ArchiveReader.Limits.forEntriesUpTo(sizeLimit));
        } catch (ImportProblem e) {
            return List.of(Prepared.failed(label, e.getMessage()));
        }
        if (entries.isEmpty()) {
            return List.of(Prepared.failed(label, "the archive holds no files Galley imports ("
                    + FileFormat.allEndings() + ")"));
        }
        // read one entry at a time, as it is stored: never the whole archive in memory
        return new java.util.AbstractList<Prepared>() {
            @Override
            public Prepared get(int i) {
                return prepareEntry(label, entries.get(i));
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    private Prepared prepareEntry(String label, ArchiveReader.Entry entry) {
        String entryLabel = label + "!/" + entry.name();
        String name = entry.name().substring(entry.name().lastIndexOf('/') + 1);
        try {
            byte[] bytes = entry.bytes();
            InputCheck.checkSize(bytes.length, sizeLimit);
            return read(bytes, name, entryLabel, FileFormat.of(name).orElseThrow());
        } catch (ImportProblem e) {
            return Prepared.failed(entryLabel, e.getMessage());
        } catch (IOException e) {
            return Prepared.failed(entryLabel, "cannot read it from the archive: " + e.getMessage());
        } catch (StackOverflowError e) {
            return Prepared.failed(entryLabel, "nested too deeply to read");
        } catch (OutOfMemoryError e) {
            return Prepared.failed(entryLabel, "too large to read into memory");
        } catch (RuntimeException e) {
            return Prepared.failed(entryLabel, "could not be read (" + e + ")");
        }
    }

    private Prepared prepareFile(Path file) {
        String label = file.toString();
        try {
            String refused = folders.refusal(file);
            if (refused != null) {
                throw new ImportProblem(refused);
            }
            if (Files.isDirectory(file)) {
                throw new ImportProblem("is a folder (import it as a folder to read the files inside)");
            }
            if (!Files.exists(file)) {
                throw new ImportProblem("cannot read: no such file");
            }
            if (!isSupported(file)) {
                throw new ImportProblem("not a supported file type (Galley imports " + FileFormat.allEndings() + ")");
            }
            if (!Files.isReadable(file)) {
                throw new ImportProblem("cannot read: permission denied");
            }
            InputCheck.checkSize(Files.size(file), sizeLimit);
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            FileFormat format = FileFormat.of(name).orElseThrow();
            return read(bytes, name, label, format,
                    format == FileFormat.HTML ? SavedPageResources.beside(file) : Resources.NONE);
        } catch (ImportProblem e) {
            return Prepared.failed(label, e.getMessage());
        } catch (NoSuchFileException e) {
            return Prepared.failed(label, "cannot read: no such file");
        } catch (AccessDeniedException e) {
            return Prepared.failed(label, "cannot read: permission denied");
        } catch (IOException e) {
            return Prepared.failed(label, "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return Prepared.failed(label, "too large to read into memory");
        } catch (RuntimeException e) {
            LOG.error("Reading {} failed", label, e);
            return Prepared.failed(label, "could not be read: " + e);
        }
    }

    /** Imports pasted text (plain or HTML) as a new article; {@code label} names it in messages. */
    public ImportOutcome importText(String text, String label) {
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            InputCheck.checkSize(bytes.length, sizeLimit);
            String head = text.stripLeading().toLowerCase(Locale.ROOT);
            boolean html = head.startsWith("<!doctype html") || head.startsWith("<html")
                    || (head.startsWith("<") && head.contains("<p"));
            return commit(read(bytes, label, label, html ? FileFormat.HTML : FileFormat.TEXT));
        } catch (ImportProblem e) {
            return new ImportOutcome.Failed(label, e.getMessage());
        } catch (StackOverflowError e) {
            return new ImportOutcome.Failed(label, "nested too deeply to read");
        } catch (RuntimeException e) {
            return new ImportOutcome.Failed(label, "could not be read (" + e + ")");
        }
    }

    /** Stores a document fetched from the web: HTML through the extractor, anything else by its format. */
    ImportOutcome storeFetched(WebFetcher.Fetched fetched, String label) throws ImportProblem {
        String path = fetched.uri().getPath() == null ? "" : fetched.uri().getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        FileFormat format = fetched.mediaType().contains("html") || fetched.mediaType().isEmpty() ? FileFormat.HTML
                : fetched.mediaType().equals("text/plain") ? FileFormat.TEXT
                : fetched.mediaType().contains("json") ? FileFormat.NINJS
                : FileFormat.of(name).orElse(FileFormat.HTML);
        ArticleDraft draft = FormatReaders.read(fetched.body(), label, format, fetched.charset(), Resources.NONE,
                fetched.uri().toString());
        if (draft.sourceUrl() == null) {
            draft = draft.withSourceUrl(fetched.uri().toString());
        }
        return storeDraft(draft, label);
    }

    private Prepared read(byte[] bytes, String name, String label, FileFormat format) throws ImportProblem {
        return read(bytes, name, label, format, Resources.NONE);
    }

    private Prepared read(byte[] bytes, String name, String label, FileFormat format, Resources resources)
            throws ImportProblem {
        if (format == FileFormat.ZIP) {
            throw new ImportProblem("is an archive: import it with its folder or as a batch");
        }
        ArticleDraft draft = FormatReaders.read(bytes, name, format, null, resources);
        LOG.debug("{}: read ({}, {})", label, format, draft.original().charset());
        return understood(draft, label);
    }
}
