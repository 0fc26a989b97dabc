package app.galley.service;

import app.galley.analyze.AnnotationService;
import app.galley.analyze.FactCheckSummary;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fact-check gate (issue 18): moving an article to Ready or Published, exporting it or publishing
 * it while its fact-check is not ready asks first; going ahead anyway is recorded in the article's
 * history with who did it and why (a revision that changes nothing but says so). The window and the
 * command line ask the same question of this service.
 */
public final class FactCheckGate {

    /** The statuses an article enters only with its fact-check done, or with an override. */
    public static final Set<ArticleStatus> GATED = EnumSet.of(ArticleStatus.READY, ArticleStatus.PUBLISHED);

    /** What is done to an article past the gate (the history names it). */
    public enum Action {
        READY("moved to Ready"), PUBLISHED("moved to Published"), EXPORT("exported"), PUBLISH("sent for publication");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public static Action of(ArticleStatus status) {
            return status == ArticleStatus.PUBLISHED ? PUBLISHED : READY;
        }

        /** The status this action leads to (sending for publication: Published; an export: Ready, by its words). */
        public ArticleStatus status() {
            return this == PUBLISHED || this == PUBLISH ? ArticleStatus.PUBLISHED : ArticleStatus.READY;
        }
    }

    private final ArticleService articles;
    private final AnnotationService annotations;
    private final String user;
    private final SignOffs signOffs;

    FactCheckGate(ArticleService articles, AnnotationService annotations, String user, SignOffs signOffs) {
        this.articles = articles;
        this.annotations = annotations;
        this.user = user;
        this.signOffs = signOffs;
    }

    /** What stands in the way of publication (empty: the fact-check is ready). */
    public List<FactCheckSummary.Problem> problems(Article a) {
        return annotations.summary(a, annotations.annotations(a)).problems();
    }

    /**
     * What stands in the way of {@code action}: the fact-check's problems, and, where the newsroom
     * asks for four eyes on the status the action leads to, a missing sign-off by someone else on
     * this text (issue 23).
     */
    public List<FactCheckSummary.Problem> problems(Article a, Action action) {
        List<FactCheckSummary.Problem> out = new java.util.ArrayList<>(problems(a));
        if (action != Action.EXPORT && signOffs.missing(a, action.status(), user)) { // an export is no status move
            out.add(new FactCheckSummary.Problem(FactCheckSummary.Problem.Kind.SIGN_OFF_MISSING, 0, null));
        }
        return out;
    }

    /** The sign-offs in the library. */
    public SignOffs signOffs() {
        return signOffs;
    }

    /**
     * Records that the user went ahead although the fact-check was not ready: a revision of the
     * article as it is, whose note says who, what, how many problems stood in the way, and why.
     *
     * @throws IllegalArgumentException if no reason is given
     * @throws app.galley.store.StaleArticleException if the article changed since {@code a}
     */
    public Article recordOverride(Article a, Action action, int problems, String why) {
        String note = overrideNote(action, problems, why);
        return articles.save(a.id(), a.version(), ArticleEdit.of(a), note, app.galley.model.AuditAction.OVERRIDE,
                app.galley.store.AuditTrail.detail("action", action.name().toLowerCase(java.util.Locale.ROOT),
                        "problems", String.valueOf(problems), "reason", why.strip()));
    }

    /**
     * The history's note of an override (the window saves it through its own edit journal, so the
     * revision counts as its own write).
     *
     * @throws IllegalArgumentException if no reason is given
     */
    public String overrideNote(Action action, int problems, String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("give the reason for going ahead");
        }
        return "Fact-check overridden by " + user + ": " + action.words + " with " + problems
                + (problems == 1 ? " problem" : " problems") + " open. Why: " + why.strip();
    }
}
