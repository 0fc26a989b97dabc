package app.galley.analyze;

import app.galley.model.Verdict;
import java.util.List;
import java.util.Map;

/**
 * Where the fact-check of an article stands.
 *
 * @param byVerdict   quote and claim annotations by verdict
 * @param quotes      quote annotations
 * @param claims      claim annotations
 * @param comments    comment annotations
 * @param unresolved  annotations whose thread is not resolved
 * @param unannotated quotations in the text nobody has annotated yet
 * @param problems    what stands in the way of publication, in words; empty when ready
 */
public record FactCheckSummary(Map<Verdict, Integer> byVerdict, int quotes, int claims, int comments, int unresolved,
                               int unannotated, List<Problem> problems) {

    public FactCheckSummary {
        byVerdict = Map.copyOf(byVerdict);
        problems = List.copyOf(problems);
    }

    /** One thing in the way of publication, with the annotation it is about (0 for a quotation not yet annotated). */
    public record Problem(Kind kind, long annotationId, String quote) {
        public enum Kind {
            /** A quotation in the text with no annotation. */
            QUOTE_NOT_ANNOTATED,
            /** A quote annotation still unchecked or being checked. */
            QUOTE_UNCHECKED,
            /** A claim still unchecked or being checked. */
            CLAIM_UNCHECKED,
            /** Marked false, disputed or misattributed: it cannot go out as it is. */
            REJECTED,
            /** The annotated words were edited since they were checked. */
            TEXT_CHANGED,
            /** The annotated words are no longer in the text. */
            ORPHANED,
            /** The status needs a second person's sign-off on this text, and has none (issue 23). */
            SIGN_OFF_MISSING
        }
    }

    /** True when nothing stands in the way of publication. */
    public boolean ready() {
        return problems.isEmpty();
    }

    public int count(Verdict v) {
        return byVerdict.getOrDefault(v, 0);
    }
}
