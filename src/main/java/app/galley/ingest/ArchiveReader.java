package app.galley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads {@code .zip} archives of articles with limits against zip bombs: the number of entries, the
 * total uncompressed size and the compression ratio (of each entry and of the whole archive) are
 * checked over the whole archive before anything is imported, by really decompressing as it streams
 * (sizes written in the archive can lie). Entries are then read one at a time, as they are stored.
 */
final class ArchiveReader {

    /** One file inside an archive, read when asked for. */
    record Entry(Path zip, String name, long maxBytes) {
        byte[] bytes() throws IOException {
            try (ZipFile file = new ZipFile(zip.toFile())) {
                ZipEntry e = file.getEntry(name);
                if (e == null) {
                    throw new IOException("the entry is gone from the archive");
                }
                try (InputStream in = file.getInputStream(e)) {
                    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
            }
        }
    }

    /** Limits of one archive. */
    record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio) {
        /** 10,000 entries, 512 MB uncompressed, a 100:1 ratio, and the importer's limit per entry. */
        static Limits forEntriesUpTo(long maxEntryBytes) {
            return new Limits(10_000, 512L * 1024 * 1024, maxEntryBytes, 100);
        }
    }

    private ArchiveReader() {
    }

    /** Checks the whole archive, then returns its importable entries (bytes read a second time). */
    static List<Entry> read(Path zip, Limits limits) throws ImportProblem {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() > limits.maxEntries()) {
                throw new ImportProblem("refused as a possible zip bomb: " + file.size() + " entries (the limit is "
                        + limits.maxEntries() + ")");
            }
            long total = 0;
            List<ZipEntry> wanted = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = file.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory() || !importable(e.getName())) {
                    continue;
                }
                long actual = measure(file, e, limits.maxTotalBytes() - total + 1);
                total += actual;
                if (total > limits.maxTotalBytes()) {
                    throw new ImportProblem("refused as a possible zip bomb: more than "
                            + InputCheck.size(limits.maxTotalBytes()) + " uncompressed");
                }
                long compressed = Math.max(1, e.getCompressedSize());
                if (actual > 64 * 1024 && actual / compressed > limits.maxRatio()) {
                    throw new ImportProblem("refused as a possible zip bomb: " + e.getName() + " expands "
                            + (actual / compressed) + " times (the limit is " + limits.maxRatio() + ")");
                }
                wanted.add(e);
            }
            // the whole archive too: many entries each just under the limits are one bomb
            long archive = Math.max(1, java.nio.file.Files.size(zip));
            if (total > 1024 * 1024 && total / archive > limits.maxRatio()) {
                throw new ImportProblem("refused as a possible zip bomb: " + InputCheck.size(archive) + " expand to "
                        + InputCheck.size(total) + " (" + (total / archive) + " times; the limit is " + limits.maxRatio() + ")");
            }
            List<Entry> entries = new ArrayList<>();
            for (ZipEntry e : wanted) {
                entries.add(new Entry(zip, e.getName(), limits.maxEntryBytes()));
            }
            return entries;
        } catch (ZipException e) {
            throw new ImportProblem("not a valid zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw new ImportProblem("cannot read the archive: " + e.getMessage());
        }
    }

    /** Decompresses an entry to count its real size, stopping past {@code cap}. */
    private static long measure(ZipFile file, ZipEntry e, long cap) throws IOException {
        long n = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = file.getInputStream(e)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                n += r;
                if (n > cap) {
                    return n;
                }
            }
        }
        return n;
    }

    /** Files Galley imports, not hidden, not OS litter, not nested archives. */
    private static boolean importable(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (base.startsWith(".") || name.startsWith("__MACOSX/") || name.contains("/.")) {
            return false;
        }
        return FileFormat.of(base).filter(f -> f != FileFormat.ZIP).isPresent()
                && !name.toLowerCase(Locale.ROOT).contains("_files/");
    }
}
