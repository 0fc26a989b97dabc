package app.galley.clean;

import app.galley.model.AuditAction;

import app.galley.text.Folding;
import app.galley.text.Change;

import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.Revision;
import app.galley.store.CleaningRulesRepository;
import app.galley.store.StoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cleaning articles of a library: the rule set in force (built-in defaults under the user's own),
 * previews, saving a cleaning as a new revision, learned boilerplate, and going back to a revision.
 * Plain Java, used alike by the window and the command line.
 */
public final class CleaningService {

    /** The name under which the user's rule set is saved in the library. */
    public static final String USER_RULES = "user";

    private final app.galley.store.RevisionRepository revisions;
    private final CleaningRulesRepository store;
    /** Each cleaning, conversion and restore saved is recorded in the audit trail (issue 23). */
    private final app.galley.store.AuditTrail.Recorder audit;

    /** Cleaning with the rules kept in {@code store}, saving revisions to {@code revisions}. */
    public CleaningService(app.galley.store.RevisionRepository revisions, CleaningRulesRepository store,
                           app.galley.store.AuditTrail.Recorder audit) {
        this.audit = audit;
        this.revisions = revisions;
        this.store = store;
    }


    /** The user's own rule set as saved (empty if none). */
    public RuleSet userRules() {
        return store.ruleSet(USER_RULES).map(json -> {
            try {
                return RuleSet.parse(json);
            } catch (IOException e) {
                throw new StoreException("the saved rule set cannot be read: " + e.getMessage(), e);
            }
        }).orElse(new RuleSet("", null, null, null));
    }

    /** The rules in force: the user's over the built-in defaults. */
    public RuleSet rules() {
        return userRules().over(RuleSet.defaults());
    }

    public void saveUserRules(RuleSet rules) {
        store.saveRuleSet(USER_RULES, rules.toJson());
    }

    /** The article as the rules see it. */
    public static CleanInput input(Article a) {
        return new CleanInput(a.body(), a.title(), a.language(), a.source());
    }

    /** What the rules in force propose for the article. Nothing is saved. */
    public Cleaning preview(Article a) {
        return pipelineFor(a.source()).run(input(a));
    }

    /** The pipeline for a source's articles, with its confirmed boilerplate. */
    public CleaningPipeline pipelineFor(String source) {
        Set<String> learned = source == null ? Set.of() : Set.copyOf(store.boilerplate(source).values());
        return rules().pipeline(source, learned);
    }

    /**
     * Saves the article with the changes {@code keep} accepts as a new revision (the original and
     * earlier revisions stay). If the article has no source and the removed lines credit one, it
     * becomes the source.
     *
     * @return the article as saved
     * @throws app.galley.store.StaleArticleException if it was saved elsewhere since {@code a} was read
     */
    public Article save(Article a, Cleaning cleaning, Predicate<Change> keep) {
        List<Change> kept = cleaning.kept(keep);
        if (kept.isEmpty()) {
            return a;
        }
        String body = Cleaning.apply(cleaning.original(), kept);
        ArticleEdit edit = ArticleEdit.of(a).withBody(body);
        Set<String> accepted = new java.util.HashSet<>();
        kept.forEach(c -> accepted.add(c.rule()));
        String title = headline(a.title(), a.body(), a.language(), a.source(), accepted::contains);
        if (!title.isBlank() && !title.equals(a.title())) {
            edit = edit.withTitle(title);
        }
        if (accepted.contains("mojibake")) { // the text was read in the wrong character set: its language too
            String language = ScriptGuess.language(body, a.language());
            edit = edit.withLanguage(language);
        }
        if (a.source() == null || a.source().isBlank()) {
            String credited = cleaning.creditedSource(keep);
            if (credited != null) {
                edit = edit.withSource(credited);
            }
        }
        ArticleEdit cleaned = edit;
        return audit.record(AuditAction.CLEAN, List.of(a.id()), Map.of("changes", String.valueOf(kept.size())),
                () -> revisions.save(a.id(), a.version(), cleaned, describe(kept), ChangesJson.write(kept)));
    }

    /**
     * The headline as the line rules in force clean it, taking only the kinds of change {@code accepted}
     * accepts (those the editor accepted in the body): the window and the command line clean a headline
     * alike. The body tells a headline too short to tell by itself its character set.
     */
    public String headline(String title, String body, String language, String source,
                           Predicate<String> accepted) {
        if (title == null || title.isBlank()) {
            return title == null ? "" : title;
        }
        Cleaning c = rules().linePipeline(body).run(new CleanInput(title, null, language, source));
        return Cleaning.apply(c.original(), c.kept(ch -> accepted.test(ch.rule()))).strip();
    }

    /** "Cleaned: 14 changes (boilerplate 6, punctuation-width 7, conversion-repair 1)". */
    static String describe(List<Change> kept) {
        Map<String, Integer> byRule = new LinkedHashMap<>();
        kept.forEach(c -> byRule.merge(c.rule(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        byRule.forEach((rule, n) -> parts.add(rule + " " + n));
        return "Cleaned: " + kept.size() + (kept.size() == 1 ? " change" : " changes") + " (" + String.join(", ", parts) + ")";
    }

    /** What converting the article's body with an OpenCC profile would change. Nothing is saved. */
    public static Cleaning previewConversion(Article a, ScriptConversion.Profile profile) {
        return ScriptConversion.convert(a.body(), profile);
    }

    /**
     * Saves a script conversion as a new revision: the changes {@code keep} accepts, the headline,
     * subtitle, byline and original headline converted with it, and the language set to the profile's.
     */
    public Article saveConversion(Article a, Cleaning conversion, Predicate<Change> keep, ScriptConversion.Profile profile) {
        List<Change> kept = conversion.kept(keep);
        ArticleEdit edit = new ArticleEdit(ScriptConversion.convertLine(a.title(), profile),
                ScriptConversion.convertLine(a.subtitle(), profile), ScriptConversion.convertLine(a.byline(), profile),
                a.dateline(), a.source(), ScriptConversion.convertLine(a.originalTitle(), profile), a.otherSources(),
                profile.language(), Cleaning.apply(conversion.original(), kept));
        return audit.record(AuditAction.CONVERT, List.of(a.id()),
                app.galley.store.AuditTrail.detail("profile", profile.id(), "changes", String.valueOf(kept.size())),
                () -> revisions.save(a.id(), a.version(), edit,
                        "Converted " + profile.id() + ": " + kept.size() + " changes", ChangesJson.write(kept)));
    }

    /** Saves an earlier revision's title and body as the article's newest revision. */
    public Article restore(Article a, long revisionId) {
        Revision r = revisions.find(revisionId)
                .filter(rev -> rev.articleId() == a.id())
                .orElseThrow(() -> new IllegalArgumentException("article " + a.id() + " has no revision " + revisionId));
        ArticleEdit edit = ArticleEdit.of(a).withTitle(r.title()).withBody(r.body());
        return audit.record(AuditAction.RESTORE, List.of(a.id()), Map.of("revision", r.created().toString()),
                () -> revisions.save(a.id(), a.version(), edit, "Restored revision from " + r.created(), null));
    }

    /** Lines recurring in the source's articles, not yet confirmed as its boilerplate. */
    public List<BoilerplateLearner.Proposal> proposeBoilerplate(String source) {
        return BoilerplateLearner.propose(store.bodiesFrom(source, 500), Set.copyOf(store.boilerplate(source).values()));
    }

    /** Confirms a line as the source's boilerplate: from now on it is removed from its articles. */
    public void confirmBoilerplate(String source, String line) {
        store.confirmBoilerplate(source, Folding.LINE.fold(line), line.strip());
    }

    public void forgetBoilerplate(String source, String line) {
        store.forgetBoilerplate(source, Folding.LINE.fold(line));
    }

    /** The lines confirmed as the source's boilerplate. */
    public List<String> learnedBoilerplate(String source) {
        return List.copyOf(store.boilerplate(source).values());
    }
}
