package app.galley.analyze;

import app.galley.text.Change;
import app.galley.clean.Cleaning;
import app.galley.text.OffsetMap;
import app.galley.text.TextDiff;
import app.galley.model.Annotation;
import app.galley.model.TextTarget;
import java.util.List;

/**
 * Finding an annotated span again after the text changed, in the manner of Hypothesis: first
 * through the offset maps of the changes that made each revision (cleaning, conversion, typing),
 * then by the exact quote with its prefix and suffix, then by an approximate match of the quote,
 * scoring quote, context and position together. A span not found is orphaned with its quote kept:
 * never dropped, never moved onto other words.
 */
public final class Anchoring {

    /** Score weights (as Hypothesis): the quote counts most, then its context, then the position. */
    private static final double QUOTE = 50;
    private static final double CONTEXT = 20;
    private static final double POSITION = 2;
    /** How alike edited words must stay to the annotated ones for the annotation to follow them. */
    static final double MIN_SIMILARITY = 0.5;

    /** One revision step: the text before, the text after, and the changes between (null: unknown). */
    public record Step(String before, String after, List<Change> changes) {
    }

    /** Where an annotation is now. */
    public record Placement(TextTarget target, Annotation.Anchor anchor, boolean quoteChanged) {
    }

    private Anchoring() {
    }

    /**
     * Places {@code target} (a span of the first step's text) in the last step's text. With no steps,
     * the target is checked against {@code now} and searched for if it no longer holds.
     */
    public static Placement place(TextTarget target, List<Step> steps, String now) {
        if (steps.isEmpty() && target.holdsIn(now)) {
            return new Placement(TextTarget.of(now, target.start(), target.end()), Annotation.Anchor.ANCHORED, false);
        }
        int start = target.start();
        int end = target.end();
        boolean mapped = !steps.isEmpty();
        boolean edited = false;
        for (Step step : steps) {
            if (end > step.before().length()) {
                mapped = false;
                break;
            }
            List<Change> changes = step.changes() != null ? step.changes()
                    : TextDiff.changes(step.before(), step.after(), "edited", "edit");
            boolean crossed = false;
            for (Change c : changes) {
                boolean insertion = c.start() == c.end();
                boolean touches = insertion ? c.start() > start && c.start() < end : c.start() < end && c.end() > start;
                if (!touches) {
                    continue;
                }
                if (c.start() < start || c.end() > end) {
                    crossed = true;
                    break;
                }
                if (!app.galley.clean.RuleInfo.isNormalising(c.rule())) { // the rule says whether its changes keep the words
                    edited = true;
                }
            }
            if (crossed) {
                mapped = false;
                break;
            }
            OffsetMap map = new Cleaning(step.before(), changes).offsets(c -> true);
            int newStart = map.toCleaned(start);
            end = Math.max(newStart, mapEnd(changes, start, end, map));
            start = newStart;
        }
        if (mapped && end <= now.length() && end > start) {
            String words = now.substring(start, end);
            TextTarget t = TextTarget.of(now, start, end);
            if (words.equals(target.exact()) || !edited) {
                return new Placement(t, Annotation.Anchor.ANCHORED, !words.equals(target.exact()));
            }
            // a diff may put an edit next to the quote inside it; if the words are still right there, they are
            Placement near = exactNear(target, now, start, end);
            if (near != null) {
                return near;
            }
            // edited in place: the annotation follows its words while they are still mostly the same words
            if (FuzzyMatch.similarity(target.exact(), words) >= MIN_SIMILARITY) {
                return new Placement(t, Annotation.Anchor.CHANGED, true);
            }
        }
        int expected = Math.min(Math.max(0, mapped ? start : target.start()), now.length());
        Placement exact = exact(target, now, expected);
        if (exact != null) {
            return exact;
        }
        Placement fuzzy = fuzzy(target, now, expected);
        if (fuzzy != null) {
            return fuzzy;
        }
        int at = Math.min(expected, now.length());
        return new Placement(new TextTarget(target.exact(), target.prefix(), target.suffix(), at, at),
                Annotation.Anchor.ORPHANED, false);
    }

    /**
     * The end of a span through a map: after the replacement of a change closing the span, else just
     * after its last character (so text inserted right after the span stays outside it).
     */
    private static int mapEnd(List<Change> changes, int start, int end, OffsetMap map) {
        if (end == start) {
            return map.toCleaned(start);
        }
        for (Change c : changes) {
            if (c.end() == end && c.start() < end) {
                return map.toCleaned(c.start()) + c.replacement().length();
            }
        }
        return map.toCleaned(end - 1) + 1;
    }

    private static Placement exactNear(TextTarget target, String now, int start, int end) {
        int slack = Math.max(8, (end - start) / 4);
        int from = Math.max(0, start - slack);
        int to = Math.min(now.length(), end + slack);
        int at = now.substring(from, to).indexOf(target.exact());
        return at < 0 || target.exact().isEmpty() ? null
                : new Placement(TextTarget.of(now, from + at, from + at + target.exact().length()), Annotation.Anchor.ANCHORED, false);
    }

    private static Placement exact(TextTarget target, String now, int expected) {
        String q = target.exact();
        if (q.isEmpty()) {
            return null;
        }
        double best = -1;
        int bestAt = -1;
        for (int i = now.indexOf(q); i >= 0; i = now.indexOf(q, i + 1)) {
            double s = QUOTE + context(target, now, i, i + q.length()) + position(i, expected, now.length());
            if (s > best) {
                best = s;
                bestAt = i;
            }
        }
        return bestAt < 0 ? null
                : new Placement(TextTarget.of(now, bestAt, bestAt + q.length()), Annotation.Anchor.ANCHORED, false);
    }

    private static Placement fuzzy(TextTarget target, String now, int expected) {
        String q = target.exact();
        if (q.length() < 4 || q.length() > 4000) {
            return null;
        }
        int maxErrors = q.length() / 4;
        double best = -1;
        FuzzyMatch.Match bestMatch = null;
        for (FuzzyMatch.Match m : FuzzyMatch.find(now, q, maxErrors)) {
            double quote = 1 - (double) m.errors() / q.length();
            double s = QUOTE * quote + context(target, now, m.start(), m.end()) + position(m.start(), expected, now.length());
            if (s > best) {
                best = s;
                bestMatch = m;
            }
        }
        if (bestMatch == null) {
            return null;
        }
        return new Placement(TextTarget.of(now, bestMatch.start(), bestMatch.end()), Annotation.Anchor.CHANGED, true);
    }

    private static double context(TextTarget target, String now, int start, int end) {
        String before = now.substring(Math.max(0, start - target.prefix().length()), start);
        String after = now.substring(end, Math.min(now.length(), end + target.suffix().length()));
        double p = target.prefix().isEmpty() ? 1 : FuzzyMatch.similarity(target.prefix(), before);
        double s = target.suffix().isEmpty() ? 1 : FuzzyMatch.similarity(target.suffix(), after);
        return CONTEXT * p + CONTEXT * s;
    }

    private static double position(int at, int expected, int length) {
        return POSITION * (1 - (double) Math.abs(at - expected) / Math.max(1, length));
    }
}
