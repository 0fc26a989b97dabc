package app.galley.service;

import app.galley.store.SimilarityRepository;
import app.galley.store.SimilarityRepository.Relation;
import java.util.Map;
import java.util.Optional;

/** Suspected reposts (found at import) and the editor's decisions about them. */
public final class RepostService {

    private final SimilarityRepository similarity;

    RepostService(SimilarityRepository similarity) {
        this.similarity = similarity;
    }

    /** The article this one looks like a repost of, with the similarity, unless the editor said otherwise. */
    public Optional<Map.Entry<Long, Double>> repostOf(long id) {
        return similarity.repostOf(id);
    }

    /** What the editor decided about the two articles, if anything. */
    public Optional<Relation> relation(long a, long b) {
        return similarity.relation(a, b);
    }

    public boolean isSameStory(long a, long b) {
        return relation(a, b).filter(r -> r == Relation.SAME_STORY).isPresent();
    }

    /** Records the editor's decision; "not duplicates" is never asked again. */
    public void decide(long a, long b, Relation decision, double similarityScore) {
        similarity.relate(a, b, decision, similarityScore);
    }
}
