package app.galley.service;

import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import app.galley.model.AuditAction;
import app.galley.model.SignOff;
import app.galley.store.AuditTrail;
import app.galley.store.SignOffRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Four eyes (issue 23): a newsroom can require a second person's sign-off before an article moves
 * to Ready or Published. A sign-off holds for the text it was given on (an edit of the body after it
 * voids it) and never for the person who signed it: whoever moves the article must be someone else.
 */
public final class SignOffs {

    private final SignOffRepository repository;
    private final SettingsService settings;
    private final AuditTrail.Recorder audit;
    private final Clock clock;

    SignOffs(SignOffRepository repository, SettingsService settings, AuditTrail.Recorder audit, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Signs the article off for {@code status} as this user, on its text as it is, with a note (may
     * be null); recorded in the audit trail.
     *
     * @throws IllegalArgumentException for a status that is not gated
     */
    public SignOff signOff(Article a, ArticleStatus status, String note) {
        if (!FactCheckGate.GATED.contains(status)) {
            throw new IllegalArgumentException("articles are signed off for ready or published, not " + status.key());
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        SignOff s = new SignOff(a.id(), status, audit.actor(), clock.instant(), hash(a.body()), n);
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("to", status.key());
        if (n != null) {
            detail.put("note", n);
        }
        return audit.record(AuditAction.SIGN_OFF, List.of(a.id()), detail, () -> repository.put(s));
    }

    /** The article's sign-offs, by status (those an edit voided too: see {@link #holds}). */
    public List<SignOff> of(long articleId) {
        return repository.of(articleId);
    }

    /** The sign-off for {@code status} that holds for the article's text as it is now, if any. */
    public Optional<SignOff> holding(Article a, ArticleStatus status) {
        return of(a.id()).stream().filter(s -> s.status() == status && holds(s, a)).findFirst();
    }

    /** Whether a sign-off was given on the article's text as it is now. */
    public static boolean holds(SignOff s, Article a) {
        return holdsFor(s, a.body());
    }

    /** Whether a sign-off was given on this text (the text as typed, which the preview shows). */
    public static boolean holdsFor(SignOff s, String body) {
        return s.bodyHash().equals(hash(body));
    }

    /** Whether the newsroom asks for a sign-off before {@code status} and {@code mover} has none by someone else. */
    boolean missing(Article a, ArticleStatus status, String mover) {
        return settings.signOffRequired().contains(status)
                && holding(a, status).filter(s -> !s.by().equals(mover)).isEmpty();
    }

    static String hash(String body) {
        return app.galley.store.TeamSnapshots.hash((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
    }
}
