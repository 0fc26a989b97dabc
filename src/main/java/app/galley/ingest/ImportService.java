package app.galley.ingest;

import app.galley.model.ArticleDraft;
import app.galley.model.ImportOutcome;
import app.galley.model.Original;
import app.galley.analyze.RepostFinder;
import app.galley.analyze.TextFolding;
import app.galley.store.ArticleRepository;
import app.galley.store.Library;
import app.galley.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
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

    /** An importer that finds exact duplicates only. */
    public ImportService(ArticleRepository articles) {
        this(articles, DEFAULT_SIZE_LIMIT, null);
    }

    /** An importer for a library: exact duplicates are refused, reposts found and flagged. */
    public ImportService(Library library) {
        this(library.articles(), DEFAULT_SIZE_LIMIT, new RepostFinder(library.similarity()));
    }

    public ImportService(ArticleRepository articles, long sizeLimit, RepostFinder reposts) {
        this.articles = articles;
        this.sizeLimit = sizeLimit;
        this.reposts = reposts;
    }

    /** Stores a draft (exact duplicates refused, reposts flagged). */
    public ImportOutcome storeDraft(ArticleDraft draft, String label) {
        String foldedBody = TextFolding.fold(draft.body()); // once, for the hash and the repost index
        String hash = ContentHash.ofFolded(TextFolding.fold(draft.title()), foldedBody);
        ImportOutcome outcome = articles.insert(draft, hash, label);
        if (reposts != null && outcome instanceof ImportOutcome.Imported imported) {
            var match = reposts.indexFolded(imported.articleId(), foldedBody);
            if (match.isPresent()) {
                return new ImportOutcome.Repost(label, imported.articleId(), imported.title(),
                        match.get().articleId(), match.get().similarity());
            }
        }
        return outcome;
    }

    /** True for the file types this importer reads. */
    public static boolean isSupported(Path file) {
        return file.getFileName() != null && FileFormat.of(file.getFileName().toString()).isPresent();
    }

    /** Expands folders (recursively, skipping hidden entries) into the supported files they hold. */
    public List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
                    walk.filter(f -> !isHidden(p, f) && !isSavedPageResource(p, f) && Files.isRegularFile(f)
                                    && isSupported(f))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    LOG.warn("Could not list {}", p, e);
                    files.add(p); // importFile reports it
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Inside the {@code NAME_files/} folder a browser saves beside {@code NAME.html}: the page's resources. */
    private static boolean isSavedPageResource(Path root, Path f) {
        for (Path dir = f.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            String name = dir.getFileName().toString();
            if (name.endsWith("_files")) {
                String page = name.substring(0, name.length() - "_files".length());
                Path parent = dir.getParent();
                if (Files.exists(parent.resolve(page + ".html")) || Files.exists(parent.resolve(page + ".htm"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isHidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Imports files, folders and archives; stops between inputs when {@code cancelled} turns true. */
    public ImportReport importPaths(List<Path> inputs, ImportListener listener, BooleanSupplier cancelled) {
        List<Path> files = expand(inputs);
        int total = files.size();
        listener.started(total);
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                return new ImportReport(outcomes, true);
            }
            boolean archive = file.getFileName() != null
                    && FileFormat.of(file.getFileName().toString()).orElse(null) == FileFormat.ZIP;
            List<ImportOutcome> found = archive ? importArchive(file, cancelled) : List.of(importFile(file));
            total += Math.max(0, found.size() - 1);
            for (ImportOutcome outcome : found) {
                outcomes.add(outcome);
                listener.finished(outcome, outcomes.size(), total);
            }
        }
        return new ImportReport(outcomes, cancelled.getAsBoolean() && outcomes.size() < total);
    }

    /** Imports every article in a {@code .zip}, after checking it is no zip bomb. */
    public List<ImportOutcome> importArchive(Path zip, BooleanSupplier cancelled) {
        String label = zip.toString();
        List<ArchiveReader.Entry> entries;
        try {
            entries = ArchiveReader.read(zip, ArchiveReader.Limits.forEntriesUpTo(sizeLimit));
        } catch (ImportProblem e) {
            return List.of(new ImportOutcome.Failed(label, e.getMessage()));
        }
        if (entries.isEmpty()) {
            return List.of(new ImportOutcome.Failed(label, "the archive holds no files Galley imports ("
                    + FileFormat.allEndings() + ")"));
        }
        List<ImportOutcome> out = new ArrayList<>();
        for (ArchiveReader.Entry entry : entries) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            String entryLabel = label + "!/" + entry.name();
            String name = entry.name().substring(entry.name().lastIndexOf('/') + 1);
            try {
                InputCheck.checkSize(entry.bytes().length, sizeLimit);
                out.add(store(entry.bytes(), name, entryLabel, FileFormat.of(name).orElseThrow()));
            } catch (ImportProblem e) {
                out.add(new ImportOutcome.Failed(entryLabel, e.getMessage()));
            } catch (StoreException e) {
                out.add(new ImportOutcome.Failed(entryLabel, "not saved: " + e.getMessage()));
            }
        }
        return out;
    }

    /** Imports one file. Never throws: problems come back as {@link ImportOutcome.Failed}. */
    public ImportOutcome importFile(Path file) {
        String label = file.toString();
        try {
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
            if (format == FileFormat.ZIP) {
                throw new ImportProblem("is an archive: import it with its folder or as a batch");
            }
            return store(bytes, name, label, format);
        } catch (ImportProblem e) {
            return new ImportOutcome.Failed(label, e.getMessage());
        } catch (NoSuchFileException e) {
            return new ImportOutcome.Failed(label, "cannot read: no such file");
        } catch (AccessDeniedException e) {
            return new ImportOutcome.Failed(label, "cannot read: permission denied");
        } catch (IOException e) {
            return new ImportOutcome.Failed(label, "cannot read: " + e.getMessage());
        } catch (StoreException e) {
            LOG.error("Storing {} failed", label, e);
            return new ImportOutcome.Failed(label, "not saved: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new ImportOutcome.Failed(label, "too large to read into memory");
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
            return store(bytes, label, label, html ? FileFormat.HTML : FileFormat.TEXT);
        } catch (ImportProblem e) {
            return new ImportOutcome.Failed(label, e.getMessage());
        } catch (StoreException e) {
            LOG.error("Storing {} failed", label, e);
            return new ImportOutcome.Failed(label, "not saved: " + e.getMessage());
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
        ArticleDraft draft = FormatReaders.read(fetched.body(), label, format, fetched.charset());
        if (draft.sourceUrl() == null) {
            draft = new ArticleDraft(draft.title(), draft.subtitle(), draft.byline(), draft.source(),
                    fetched.uri().toString(), draft.language(), draft.published(), draft.body(), draft.original());
        }
        return storeDraft(draft, label);
    }

    private ImportOutcome store(byte[] bytes, String name, String label, FileFormat format) throws ImportProblem {
        ArticleDraft draft = FormatReaders.read(bytes, name, format);
        ImportOutcome outcome = storeDraft(draft, label);
        LOG.info("{}: {} ({}, {})", label, outcome.getClass().getSimpleName(), format, draft.original().charset());
        return outcome;
    }

}
