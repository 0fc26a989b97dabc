package app.galley.analyze;

import app.galley.text.Folding;
import app.galley.store.SimilarityRepository;
import java.util.Map;
import java.util.Optional;

/**
 * Finds reposts: articles whose text mostly overlaps another's though boilerplate, headline or
 * script differ. MinHash over folded character shingles with an LSH band index, so a new article
 * is compared with its few candidates, not with the whole library.
 */
public final class RepostFinder {

    /** Estimated Jaccard similarity from which an article counts as a repost. */
    public static final double THRESHOLD = 0.6;

    /** The article a new one looks like, and how much. */
    public record Match(long articleId, double similarity) {
    }

    private final SimilarityRepository store;

    public RepostFinder(SimilarityRepository store) {
        this.store = store;
    }

    /**
     * A new article's place in the index, worked out before it is stored: its signature, bands and
     * the most similar article already in the library above the threshold.
     */
    public record Probe(int[] signature, long[] bands, Optional<Match> match) {

        /** What the store writes in the new article's transaction. */
        public SimilarityRepository.Entry entry() {
            return new SimilarityRepository.Entry(MinHash.toBytes(signature), bands,
                    match.map(Match::articleId).orElse(null), match.map(Match::similarity).orElse(0.0));
        }
    }

    /** Looks a new (not yet stored) article's folded body up in the index; writes nothing. */
    public Probe probe(String foldedBody) {
        return probe(MinHash.signature(foldedBody));
    }

    /**
     * As {@link #probe(String)}, for a signature worked out already (bulk imports compute them on
     * reader threads, then look them up one by one as they store, so reposts within a batch are found).
     */
    public Probe probe(int[] signature) {
        long[] bands = MinHash.bands(signature);
        return new Probe(signature, bands, best(signature, bands, -1));
    }

    /**
     * Indexes a stored article (again) and returns the most similar other article above the
     * threshold, unless the editor said before that the two are not duplicates. A match is recorded
     * as suspected.
     */
    public Optional<Match> index(long articleId, String body) {
        int[] sig = MinHash.signature(Folding.CONTENT.fold(body));
        long[] bands = MinHash.bands(sig);
        Optional<Match> best = best(sig, bands, articleId);
        store.save(articleId, new Probe(sig, bands, best).entry());
        return best;
    }

    private Optional<Match> best(int[] sig, long[] bands, long articleId) {
        Match best = null;
        for (Map.Entry<Long, byte[]> candidate : store.candidates(bands, articleId).entrySet()) {
            double s = MinHash.similarity(sig, MinHash.fromBytes(candidate.getValue()));
            if (s >= THRESHOLD && (best == null || s > best.similarity())
                    && (articleId < 0 || store.relation(articleId, candidate.getKey())
                            .filter(r -> r == SimilarityRepository.Relation.NOT_DUPLICATE).isEmpty())) {
                best = new Match(candidate.getKey(), s);
            }
        }
        return Optional.ofNullable(best);
    }
}
