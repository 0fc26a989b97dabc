package app.galley.clean;

import app.galley.text.Folding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes a source's boilerplate: lines that recur in several of its articles. Headlines, quotes
 * and prose do not repeat across articles; a share prompt, a promotion line or a masthead does. The
 * editor confirms a proposal once and {@link LearnedBoilerplateRule} then removes the line from
 * every article of that source.
 */
public final class BoilerplateLearner {

    /** A line needs to be in this many different articles of the source. */
    public static final int MIN_ARTICLES = 3;
    /** Longer lines are prose, however often they repeat. */
    static final int MAX_LENGTH = 200;

    private BoilerplateLearner() {
    }

    /** A proposed line, with how many of the source's articles carry it. */
    public record Proposal(String line, int articles) {
    }

    /**
     * The lines of {@code bodies} (one source's articles) that recur in at least
     * {@link #MIN_ARTICLES} of them, most frequent first, without those already {@code known}.
     */
    public static List<Proposal> propose(Collection<String> bodies, Set<String> known) {
        Set<String> knownKeys = new HashSet<>();
        known.forEach(k -> knownKeys.add(Folding.LINE.fold(k)));
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (String body : bodies) {
            Set<String> inThis = new HashSet<>();
            for (String line : body.split("\n")) {
                String k = Folding.LINE.fold(line);
                if (k.isEmpty() || line.strip().length() > MAX_LENGTH || knownKeys.contains(k) || !inThis.add(k)) {
                    continue;
                }
                counts.merge(k, 1, Integer::sum);
                firstSeen.putIfAbsent(k, line.strip());
            }
        }
        List<Proposal> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n >= MIN_ARTICLES) {
                out.add(new Proposal(firstSeen.get(k), n));
            }
        });
        out.sort(Comparator.comparingInt(Proposal::articles).reversed().thenComparing(Proposal::line));
        return out;
    }
}
