package app.galley.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A fact-checker's note on a span of an article: a quote (with its speaker), a claim, or a comment,
 * with a verdict, evidence links and a thread of comments kept apart.
 *
 * @param target     where it is, as of {@code revisionId}
 * @param anchor     whether it was found again after the last edits
 * @param firstQuote the text as first annotated, when edits have changed it since (else null)
 * @param speaker    who said it (quotes), or null
 * @param revisionId the revision whose body {@code target} refers to
 * @param resolved   the thread is settled
 */
public record Annotation(long id, long articleId, AnnotationKind kind, TextTarget target, Anchor anchor,
                         String firstQuote, String speaker, Verdict verdict, String note, List<String> evidence,
                         String author, Instant created, Instant modified, long revisionId, boolean resolved) {

    /** Whether an annotation's text was found again after the article changed. */
    public enum Anchor {
        /** The quote is where the target says. */
        ANCHORED,
        /** Found again, but edits changed the quoted text: the verdict needs a second look. */
        CHANGED,
        /** Not found: the quote is kept, the position is only where it last was. */
        ORPHANED
    }

    public Annotation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(verdict, "verdict");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        note = note == null ? "" : note;
    }

    /** A new, unsaved annotation. */
    public static Annotation draft(long articleId, AnnotationKind kind, TextTarget target, String speaker,
                                   String author, Instant now, long revisionId) {
        return new Annotation(0, articleId, kind, target, Anchor.ANCHORED, null, speaker, Verdict.UNCHECKED, "",
                List.of(), author, now, now, revisionId, false);
    }

    /** True if it still needs the checker: open verdict, text changed since checked, or lost. */
    public boolean needsAttention() {
        return kind != AnnotationKind.COMMENT && (verdict.open() || anchor != Anchor.ANCHORED);
    }

    public Annotation withVerdict(Verdict v, Instant now) {
        return new Annotation(id, articleId, kind, target, anchor, firstQuote, speaker, v, note, evidence, author,
                created, now, revisionId, resolved);
    }

    public Annotation withDetails(String newSpeaker, String newNote, List<String> newEvidence, Instant now) {
        return new Annotation(id, articleId, kind, target, anchor, firstQuote, newSpeaker, verdict, newNote, newEvidence,
                author, created, now, revisionId, resolved);
    }

    public Annotation withResolved(boolean r, Instant now) {
        return new Annotation(id, articleId, kind, target, anchor, firstQuote, speaker, verdict, note, evidence, author,
                created, now, revisionId, r);
    }

    /** Placed again on a later revision. */
    public Annotation reanchored(TextTarget t, Anchor a, String first, long revision) {
        return new Annotation(id, articleId, kind, t, a, first, speaker, verdict, note, evidence, author, created,
                modified, revision, resolved);
    }
}
