package app.galley.service;

import app.galley.analyze.MinHash;
import app.galley.ingest.ContentHash;
import app.galley.store.FingerprintRepository;
import app.galley.store.LibrarySettings;
import app.galley.text.ChineseScripts;
import app.galley.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Keeps every stored fingerprint (content hash, near-duplicate signature) made the way a new import's
 * is. Both fold the text first, Traditional to Simplified by {@link ChineseScripts}' table; when that
 * table changes (it became OpenCC's, replacing one derived from ICU), the stored ones are made again
 * from each article's text as imported, once, and the library notes which table they were made with.
 */
final class Fingerprints {

    static final String SETTING = "text.folding";
    private static final int BATCH = 500;

    private final FingerprintRepository store;
    private final LibrarySettings settings;

    Fingerprints(FingerprintRepository store, LibrarySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** True if the stored fingerprints were made with another table than today's. */
    boolean stale() {
        return !ChineseScripts.VERSION.equals(settings.get(SETTING).orElse(null));
    }

    /**
     * Makes the fingerprints again if they are stale, in batches (each its own transaction: a process
     * stopped part way starts again from the beginning next time, harmlessly).
     *
     * @param progress told how many articles are done so far
     * @return how many articles were done
     */
    int refreshIfStale(IntConsumer progress) {
        if (!stale()) {
            return 0;
        }
        int done = 0;
        long after = 0;
        for (List<FingerprintRepository.Imported> batch = store.importedAfter(after, BATCH); !batch.isEmpty();
             batch = store.importedAfter(after, BATCH)) {
            List<FingerprintRepository.Fingerprint> prints = new ArrayList<>(batch.size());
            for (FingerprintRepository.Imported a : batch) {
                after = a.articleId();
                print(a).ifPresent(prints::add);
            }
            store.save(prints);
            done += batch.size();
            progress.accept(done);
        }
        settings.put(SETTING, ChineseScripts.VERSION);
        return done;
    }

    /**
     * Gives the articles that have none their near-duplicate signature (articles synced in from a team
     * member arrive without one), so reposts of them are found as of one's own imports.
     *
     * @return how many articles were signed
     */
    int signUnsigned() {
        int done = 0;
        long after = 0;
        for (List<FingerprintRepository.Imported> batch = store.unsignedAfter(after, BATCH); !batch.isEmpty();
             batch = store.unsignedAfter(after, BATCH)) {
            List<FingerprintRepository.Fingerprint> prints = new ArrayList<>(batch.size());
            for (FingerprintRepository.Imported a : batch) {
                after = a.articleId();
                // the signature only: the content hash came with the article, its identity across the team
                print(a).map(f -> new FingerprintRepository.Fingerprint(f.articleId(), null, f.signature(), f.bands()))
                        .ifPresent(prints::add);
            }
            store.save(prints);
            done += prints.size();
        }
        return done;
    }

    /** An article's fingerprints made from the text it was imported with (none without a text). */
    private static java.util.Optional<FingerprintRepository.Fingerprint> print(FingerprintRepository.Imported a) {
        if (a.body() == null) {
            return java.util.Optional.empty();
        }
        String foldedBody = Folding.CONTENT.fold(a.body());
        int[] signature = MinHash.signature(foldedBody);
        return java.util.Optional.of(new FingerprintRepository.Fingerprint(a.articleId(),
                ContentHash.ofFolded(Folding.CONTENT.fold(a.title()), foldedBody), MinHash.toBytes(signature),
                MinHash.bands(signature)));
    }
}
