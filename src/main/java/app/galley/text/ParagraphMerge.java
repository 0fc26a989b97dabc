package app.galley.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A three-way merge of two edits of one body by paragraphs (issue 22): each side's changes against
 * the text both started from (java-diff-utils' Myers diff over paragraphs); changes to different
 * paragraphs are both kept, the same change made on both sides is kept once, and changes that touch
 * the same paragraphs (or insert at the same place) differently are a conflict for the editor.
 * Paragraphs are what lie between blank lines ({@code "\n\n"}), split and joined exactly, so a merge
 * of unchanged text gives the text back character for character.
 */
public final class ParagraphMerge {

    private static final String SEPARATOR = "\n\n";

    private ParagraphMerge() {
    }

    /** The merged body, or empty when the two edits overlap. */
    public static Optional<String> merge(String base, String mine, String theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return Optional.of(mine);
        }
        if (mine.equals(base)) {
            return Optional.of(theirs);
        }
        List<String> b = split(base);
        List<Edit> edits = new ArrayList<>();
        edits.addAll(edits(b, split(mine), true));
        edits.addAll(edits(b, split(theirs), false));
        edits.sort(Comparator.comparingInt(Edit::from).thenComparingInt(Edit::to));
        List<Edit> kept = new ArrayList<>();
        for (Edit e : edits) {
            Edit last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.touches(e)) {
                if (last.sameAs(e)) {
                    continue; // both sides made this change
                }
                return Optional.empty();
            }
            kept.add(e);
        }
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Edit e : kept) {
            out.addAll(b.subList(at, e.from()));
            out.addAll(e.lines());
            at = e.to();
        }
        out.addAll(b.subList(at, b.size()));
        return Optional.of(String.join(SEPARATOR, out));
    }

    private static List<String> split(String body) {
        return List.of(body.split(SEPARATOR, -1));
    }

    private static List<Edit> edits(List<String> base, List<String> changed, boolean mine) {
        List<Edit> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(base, changed).getDeltas()) {
            int from = d.getSource().getPosition();
            List<String> was = d.getSource().getLines();
            List<String> now = d.getTarget().getLines();
            if (was.size() == now.size()) {
                // paragraphs changed in place: each its own edit (a neighbour's change is not an overlap)
                for (int i = 0; i < was.size(); i++) {
                    if (!was.get(i).equals(now.get(i))) {
                        out.add(new Edit(from + i, from + i + 1, List.of(now.get(i)), mine));
                    }
                }
            } else {
                out.add(new Edit(from, from + was.size(), List.copyOf(now), mine));
            }
        }
        return out;
    }

    /** One side's change: base paragraphs {@code [from, to)} replaced by {@code lines}. */
    private record Edit(int from, int to, List<String> lines, boolean mine) {

        /** Overlapping ranges, two insertions at one place, or an insertion inside the other's range. */
        boolean touches(Edit other) {
            if (from == to && other.from == other.to) {
                return from == other.from;
            }
            if (from == to) {
                return other.from < from && from < other.to;
            }
            if (other.from == other.to) {
                return from < other.from && other.from < to;
            }
            return Math.max(from, other.from) < Math.min(to, other.to);
        }

        boolean sameAs(Edit other) {
            return from == other.from && to == other.to && lines.equals(other.lines);
        }
    }
}
