package app.galley.service;

import app.galley.ingest.SampleSeeder;
import app.galley.model.ImportOutcome;
import app.galley.model.RecoveryNotice;
import app.galley.store.Library;
import java.util.List;

/**
 * The library as a whole: where it is, what opening it found, backups, the samples of a first
 * start, and the change feed that tells an open window that another process wrote (ADR 13).
 */
public final class LibraryService {

    private final Library library;
    private final Fingerprints fingerprints;
    private final app.galley.ingest.ImportService imports;

    LibraryService(Library library, app.galley.ingest.ImportService imports) {
        this.library = library;
        this.imports = imports;
        this.fingerprints = new Fingerprints(library.fingerprints(), library.settings());
    }

    /**
     * True if the articles' stored fingerprints (for exact and near duplicates) were made with another
     * Traditional/Simplified table than today's: {@link #refreshFingerprints} makes them again, once.
     */
    public boolean fingerprintsStale() {
        return fingerprints.stale();
    }

    /**
     * Makes the stored fingerprints again if they are stale (a library from before the table changed).
     *
     * @param progress told how many articles are done so far
     * @return how many articles were done (0 if nothing was stale)
     */
    public int refreshFingerprints(java.util.function.IntConsumer progress) {
        return fingerprints.refreshIfStale(progress);
    }

    /** Where the library lives: a folder, or a server address. */
    public String location() {
        return library.location();
    }

    /** What opening the library repaired or could not, to be told to the editor. */
    public List<RecoveryNotice> notices() {
        return library.notices();
    }

    /** Makes a backup if one is due (embedded libraries). */
    public void backupIfDue() {
        library.backupIfDue();
    }

    /**
     * True if someone other than these services (another process, another window, the command line)
     * wrote to the library since the last call. One cheap read; a window asks every second.
     */
    public boolean changedElsewhere() {
        return library.changes().changedElsewhere();
    }

    /** The library's change sequence as committed: a view that read at one value need not read again until it moves. */
    public long sequence() {
        return library.changes().current();
    }

    /** Imports the shipped sample articles into a library that never had them. */
    public List<ImportOutcome> seedSamplesIfNew() {
        return SampleSeeder.seedIfNew(library.settings(), imports);
    }
}
