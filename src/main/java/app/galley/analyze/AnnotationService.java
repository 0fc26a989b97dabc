package app.galley.analyze;

import app.galley.model.AuditAction;

import app.galley.text.Sentences;
import app.galley.text.Change;
import app.galley.clean.ChangesJson;
import app.galley.clean.Cleaning;
import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.Revision;
import app.galley.model.TextTarget;
import app.galley.model.Verdict;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fact-checking an article: its quotations and claims as suggestions, annotations made from them or
 * from any span, verdicts, notes, evidence and comment threads, kept on the right words through every
 * revision, and a summary of what still stands in the way of publication. Plain Java, used alike by
 * the window and the command line.
 */
public final class AnnotationService {

    private static final Set<Verdict> REJECTED = Set.of(Verdict.FALSE, Verdict.DISPUTED, Verdict.MISATTRIBUTED);

    private final app.galley.store.AnnotationRepository annotations;
    private final app.galley.store.ArticleRepository articles;
    private final app.galley.store.RevisionRepository revisions;
    private final String user;
    private final Clock clock;
    /** Every annotation, verdict and comment written is recorded in the audit trail (issue 23). */
    private final app.galley.store.AuditTrail.Recorder audit;

    /** @param user who is checking: the author of new annotations and comments */
    public AnnotationService(app.galley.store.AnnotationRepository annotations, app.galley.store.ArticleRepository articles,
                             app.galley.store.RevisionRepository revisions, Clock clock, String user,
                             app.galley.store.AuditTrail.Recorder audit) {
        this.audit = audit;
        this.annotations = annotations;
        this.articles = articles;
        this.revisions = revisions;
        this.user = Objects.requireNonNull(user, "user");
        this.clock = clock;
    }


    public String user() {
        return user;
    }

    /** What the analysis finds in an article's current text. */
    public record Analysis(List<Quote> quotes, List<Person> people, List<Claim> claims) {
    }

    public static Analysis analyse(String text) {
        QuoteFinder.Result r = QuoteFinder.find(text);
        return new Analysis(r.quotes(), r.people(), ClaimFinder.find(text));
    }

    /**
     * The article's annotations on its current text, in text order. Annotations made on an earlier
     * revision are placed again first (and saved so); none is ever dropped.
     */
    public List<Annotation> annotations(Article a) {
        List<Annotation> all = annotations.forArticle(a.id());
        long latest = revisions.latestId(a.id());
        List<Annotation> stale = all.stream().filter(x -> x.revisionId() != latest).toList();
        if (stale.isEmpty()) {
            return all;
        }
        List<Revision> history = articles.revisions(a.id());
        List<Annotation> placed = new ArrayList<>();
        for (Annotation x : stale) {
            Anchoring.Placement p = Anchoring.place(x.target(), steps(history, x.revisionId()), a.body());
            String first = x.firstQuote() != null ? x.firstQuote()
                    : p.quoteChanged() ? x.target().exact() : null;
            placed.add(x.reanchored(p.target(), p.anchor(), first, latest));
        }
        annotations.saveAnchors(placed);
        return annotations.forArticle(a.id());
    }

    /** The revision steps from revision {@code from} to the newest, each with its changes. */
    static List<Anchoring.Step> steps(List<Revision> revisions, long from) {
        List<Anchoring.Step> steps = new ArrayList<>();
        Revision previous = null;
        for (Revision r : revisions) {
            if (previous != null) {
                steps.add(new Anchoring.Step(previous.body(), r.body(), changes(previous.body(), r)));
            }
            if (r.id() == from || previous != null) {
                previous = r;
            }
        }
        return steps;
    }

    /** A revision's recorded changes if they do make its body from the one before; else null (diff it). */
    private static List<Change> changes(String before, Revision r) {
        if (r.changes() == null) {
            return null;
        }
        try {
            List<Change> cs = ChangesJson.read(r.changes());
            return new Cleaning(before, cs).cleaned().equals(r.body()) ? cs : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Each person the article names with the first role it gives them (for exports and suggestions). */
    public static Map<String, String> roles(String text) {
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        for (Person p : QuoteFinder.find(text).people()) {
            if (!p.roles().isEmpty()) {
                roles.put(p.name(), p.roles().get(0));
            }
        }
        return roles;
    }

    /** Annotates {@code [start, end)} of the article's current text. */
    public Annotation annotate(Article a, int start, int end, AnnotationKind kind, String speaker) {
        String body = a.body();
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            throw new IllegalArgumentException("select some words to annotate");
        }
        long revision = revisions.latestId(a.id());
        Annotation draft = Annotation.draft(a.id(), kind, TextTarget.of(body, start, end), speaker, user,
                clock.instant(), revision);
        return audit.record(AuditAction.ANNOTATE, List.of(a.id()), about(draft), () -> annotations.add(draft));
    }

    /** Turns a quotation found by the analysis into a quote annotation with its speaker. */
    public Annotation annotate(Article a, Quote q) {
        return annotate(a, q.start(), q.end(), AnnotationKind.QUOTE, q.speaker());
    }

    /** Turns a claim found by the analysis into a claim annotation on the sentence that makes it. */
    public Annotation annotate(Article a, Claim c) {
        int[] s = Sentences.around(a.body(), c.start(), c.end());
        return annotations.forArticle(a.id()).stream()
                .filter(x -> x.kind() == AnnotationKind.CLAIM && x.target().start() == s[0] && x.target().end() == s[1])
                .findFirst().orElseGet(() -> annotate(a, s[0], s[1], AnnotationKind.CLAIM, null));
    }

    /** Gives an annotation a verdict, recorded as this checker's. */
    public Annotation setVerdict(Annotation x, Verdict v) {
        Annotation changed = x.withVerdict(v, clock.instant());
        Map<String, String> detail = new java.util.LinkedHashMap<>(about(x));
        detail.put("verdict", v.id());
        audit.run(AuditAction.VERDICT, List.of(x.articleId()), detail, () -> annotations.updateVerdict(changed, user));
        return changed;
    }

    /** Who gave each of an article's annotations its current verdict, by annotation id. */
    public java.util.Map<Long, String> verdictGivers(Article a) {
        return annotations.verdictGivers(a.id());
    }

    public Annotation update(Annotation x, String speaker, String note, List<String> evidence) {
        Annotation changed = x.withDetails(blankToNull(speaker), note, evidence.stream().map(String::strip)
                .filter(e -> !e.isEmpty()).toList(), clock.instant());
        audit.run(AuditAction.ANNOTATE, List.of(x.articleId()), about(changed), () -> annotations.update(changed));
        return changed;
    }

    public Annotation resolve(Annotation x, boolean resolved) {
        Annotation changed = x.withResolved(resolved, clock.instant());
        Map<String, String> detail = new java.util.LinkedHashMap<>(about(x));
        detail.put("resolved", String.valueOf(resolved));
        audit.run(AuditAction.RESOLVE, List.of(x.articleId()), detail, () -> annotations.update(changed));
        return changed;
    }

    public void delete(Annotation x) {
        audit.run(AuditAction.UNANNOTATE, List.of(x.articleId()), about(x), () -> annotations.delete(x.id()));
    }

    /** Puts back an annotation deleted by mistake (a new id, the same fields). */
    public Annotation restore(Annotation x) {
        return audit.record(AuditAction.ANNOTATE, List.of(x.articleId()), about(x), () -> annotations.add(x));
    }

    /** What an event says of an annotation: its kind and the words it is on (cut to a line). */
    private static Map<String, String> about(Annotation x) {
        String words = x.target().exact();
        return app.galley.store.AuditTrail.detail("kind", x.kind().name().toLowerCase(java.util.Locale.ROOT),
                "text", words.length() <= 80 ? words : words.substring(0, 79) + "…");
    }

    /** The article a comment's annotation is on (none if the annotation is gone). */
    private List<Long> articleOf(long annotationId) {
        return annotations.find(annotationId).map(a -> List.of(a.articleId())).orElse(List.of());
    }

    private static Map<String, String> words(String body) {
        String b = body == null ? "" : body.strip();
        return Map.of("text", b.length() <= 80 ? b : b.substring(0, 79) + "…");
    }

    /** Every comment on the article's annotations. */
    /** An annotation by id. */
    public java.util.Optional<Annotation> find(long annotationId) {
        return annotations.find(annotationId);
    }

    public List<AnnotationComment> commentsOf(Article a) {
        return annotations.commentsForArticle(a.id());
    }

    public List<AnnotationComment> thread(long annotationId) {
        return annotations.comments(annotationId);
    }

    public AnnotationComment comment(long annotationId, Long replyTo, String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a comment needs some words");
        }
        return audit.record(AuditAction.COMMENT, articleOf(annotationId), words(body),
                () -> annotations.addComment(annotationId, replyTo, user, body.strip()));
    }

    /** @throws IllegalStateException if the comment is someone else's */
    public AnnotationComment editComment(AnnotationComment c, String body) {
        return audit.record(AuditAction.COMMENT_EDIT, articleOf(c.annotationId()), words(body),
                () -> annotations.editComment(c.id(), user, body.strip()));
    }

    /** @throws IllegalStateException if the comment is someone else's */
    public void deleteComment(AnnotationComment c) {
        audit.run(AuditAction.COMMENT_DELETE, articleOf(c.annotationId()), words(c.body()),
                () -> annotations.deleteComment(c.id(), user));
    }

    /** Where the fact-check of the article stands, and whether it is ready for publication. */
    public FactCheckSummary summary(Article a, List<Annotation> annotations) {
        return summary(annotations, QuoteFinder.find(a.body()).quotes());
    }

    /** As {@link #summary(Article, List)}, with the article's quotations already found. */
    public FactCheckSummary summary(List<Annotation> annotations, List<Quote> quotesInText) {
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        int quotes = 0;
        int claims = 0;
        int comments = 0;
        int unresolved = 0;
        List<FactCheckSummary.Problem> problems = new ArrayList<>();
        for (Annotation x : annotations) {
            switch (x.kind()) {
                case QUOTE -> quotes++;
                case CLAIM -> claims++;
                case COMMENT -> comments++;
            }
            if (!x.resolved()) {
                unresolved++;
            }
            if (x.kind() == AnnotationKind.COMMENT) {
                continue;
            }
            byVerdict.merge(x.verdict(), 1, Integer::sum);
            FactCheckSummary.Problem.Kind kind = null;
            if (x.anchor() == Annotation.Anchor.ORPHANED) {
                kind = FactCheckSummary.Problem.Kind.ORPHANED;
            } else if (REJECTED.contains(x.verdict())) {
                kind = FactCheckSummary.Problem.Kind.REJECTED;
            } else if (x.verdict().open()) {
                kind = x.kind() == AnnotationKind.QUOTE ? FactCheckSummary.Problem.Kind.QUOTE_UNCHECKED
                        : FactCheckSummary.Problem.Kind.CLAIM_UNCHECKED;
            } else if (x.anchor() == Annotation.Anchor.CHANGED) {
                kind = FactCheckSummary.Problem.Kind.TEXT_CHANGED;
            }
            if (kind != null) {
                problems.add(new FactCheckSummary.Problem(kind, x.id(), x.target().exact()));
            }
        }
        int unannotated = 0;
        for (Quote q : quotesInText) {
            boolean covered = annotations.stream().anyMatch(x -> x.kind() == AnnotationKind.QUOTE
                    && x.anchor() != Annotation.Anchor.ORPHANED && x.target().start() <= q.start() && x.target().end() >= q.end());
            if (!covered) {
                unannotated++;
                problems.add(new FactCheckSummary.Problem(FactCheckSummary.Problem.Kind.QUOTE_NOT_ANNOTATED, 0, q.text()));
            }
        }
        return new FactCheckSummary(byVerdict, quotes, claims, comments, unresolved, unannotated, problems);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
