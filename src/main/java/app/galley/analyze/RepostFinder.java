package app.galley.analyze;

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
     * Indexes a stored article and returns the most similar earlier article above the threshold,
     * unless the editor said before that the two are not duplicates. A match is recorded as suspected.
     */
    public Optional<Match> index(long articleId, String body) {
        return indexFolded(articleId, TextFolding.fold(body));
    }

    /** As {@link #index}, for a body already folded by {@link TextFolding}. */
    public Optional<Match> indexFolded(long articleId, String foldedBody) {
        int[] sig = MinHash.signature(foldedBody);
        long[] bands = MinHash.bands(sig);
        Match best = null;
        for (Map.Entry<Long, byte[]> candidate : store.candidates(bands, articleId).entrySet()) {
            double s = MinHash.similarity(sig, MinHash.fromBytes(candidate.getValue()));
            if (s >= THRESHOLD && (best == null || s > best.similarity())) {
                Optional<SimilarityRepository.Relation> decided = store.relation(articleId, candidate.getKey());
                if (decided.isEmpty() || decided.get() != SimilarityRepository.Relation.NOT_DUPLICATE) {
                    best = new Match(candidate.getKey(), s);
                }
            }
        }
        store.save(articleId, MinHash.toBytes(sig), bands);
        if (best != null) {
            store.relate(articleId, best.articleId(), SimilarityRepository.Relation.SUSPECTED, best.similarity());
        }
        return Optional.ofNullable(best);
    }
}
