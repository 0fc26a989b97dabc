package app.galley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the commits H2 would miss when it opens a store that was not closed (ADR 12, docs/RELIABILITY.md).
 * <p>
 * H2 (2.5.252 and earlier) writes each commit as a chunk, often into space freed earlier in the file.
 * When a chunk is not where the previous one predicted, H2 rewrites the file header, but with the
 * previous chunk's place, not the new one's. A process killed before its next commit leaves a file whose
 * quick open after the crash (header, then the predicted chain, then the end of the file) stops one or
 * more commits short: committed, reported changes silently gone. Measured here: one kill in three after
 * a run of commits. A full scan of the file (H2's recovery mode) finds them.
 * <p>
 * So before Galley opens a store that was not closed cleanly, and only then, it compares the version the
 * quick open would reach with the one a full scan reaches, and if the scan goes further, opens the store
 * once in recovery mode, which records the newest complete version in the header. A store another
 * process has open is left alone (its file is locked): that process made the same check when it opened it.
 */
final class StoreRepair {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRepair.class);
    private static final Pattern CLEAN = Pattern.compile("(?:^|,)clean:1(?:,|$)", Pattern.MULTILINE);

    private StoreRepair() {
    }

    /** What looking at a store before opening it found. */
    enum Outcome {
        /** No store yet, a clean one, or one another process has open. */
        NOTHING_TO_DO,
        /** Not closed cleanly, but the quick open reaches its newest version. */
        CHECKED,
        /** The quick open would have stopped short; the store now opens at its newest complete version. */
        REPAIRED
    }

    static Outcome beforeOpen(Path dir) {
        Path file = dir.resolve(Library.DB_NAME + ".mv.db");
        try {
            if (!Files.isRegularFile(file) || closedCleanly(file)) {
                return Outcome.NOTHING_TO_DO;
            }
            String name = file.toString();
            long quick;
            try (MVStore s = new MVStore.Builder().fileName(name).readOnly().open()) {
                quick = s.getCurrentVersion();
            }
            long scanned;
            try (MVStore s = new MVStore.Builder().fileName(name).readOnly().recoveryMode().open()) {
                scanned = s.getCurrentVersion();
            }
            if (scanned <= quick) {
                return Outcome.CHECKED;
            }
            try (MVStore s = new MVStore.Builder().fileName(name).recoveryMode().open()) {
                LOG.warn("The library store in {} was not closed cleanly and H2 would have opened it at version {};"
                        + " a full scan found version {}, and the store now opens there", dir, quick, s.getCurrentVersion());
            }
            return Outcome.REPAIRED;
        } catch (MVStoreException e) {
            if (e.getErrorCode() != DataUtils.ERROR_FILE_LOCKED) {
                // a store H2 cannot read at all: the normal open reports it and recovers (LibraryRecovery)
                LOG.warn("Checking the library store in {} before opening it failed: {}", dir, e.getMessage());
            }
            return Outcome.NOTHING_TO_DO;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Checking the library store in {} before opening it failed: {}", dir, e.getMessage());
            return Outcome.NOTHING_TO_DO;
        }
    }

    /** True if the store's header says it was closed cleanly (H2 sets the mark on a normal close). */
    static boolean closedCleanly(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        return end > 0 && CLEAN.matcher(text.substring(0, end)).find();
    }
}
