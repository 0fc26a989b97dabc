package app.galley.publish;

import app.galley.model.Article;
import app.galley.model.OutboxJob;
import app.galley.model.Publication;
import app.galley.model.PublishTarget;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing through the outbox. A publish, update or unpublish is first stored as a job; sending
 * takes the jobs that are due, one by one: network failures, timeouts and server errors put the job
 * back to wait (exponential back-off, 10 s doubling up to an hour), a refusal stops it with the
 * server's message. Sending is idempotent: before creating a post, the site is asked for one with
 * the article's slug ({@code galley-ID}), so a job interrupted after the site created the post but
 * before Galley recorded it updates that post instead of creating a second one.
 */
public final class OutboxService {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxService.class);
    private static final Set<String> STATUSES = Set.of("draft", "pending", "publish");
    static final Duration FIRST_WAIT = Duration.ofSeconds(10);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final app.galley.store.OutboxRepository outbox;
    private final ExportSource source;
    private final Credentials credentials;
    private final Clock clock;
    private final Duration timeout;
    private volatile java.util.function.LongPredicate maySend = job -> true;
    private volatile String user = System.getProperty("user.name", "editor");
    private volatile app.galley.store.AuditTrail.Recorder audit;

    /** The outbox kept in {@code outbox}, publishing what {@code source} reads. */
    public OutboxService(app.galley.store.OutboxRepository outbox, ExportSource source, Clock clock, Credentials credentials,
                         Duration timeout) {
        this.outbox = outbox;
        this.source = source;
        this.credentials = credentials;
        this.clock = clock;
        this.timeout = timeout;
    }


    /**
     * Asks {@code maySend} before sending each job (a team library: only the member whose claim on the
     * server won sends it); a job refused waits a while and is asked about again.
     */
    public void sendOnlyIf(java.util.function.LongPredicate maySend) {
        this.maySend = maySend;
    }

    /** The name jobs queued from now on carry (the outbox shows who asked for each). */
    public void queueAs(String name) {
        this.user = name;
    }

    /**
     * Records what this outbox queues and sends in the audit trail (issue 23): a job queued as
     * {@code audit}'s actor, a post sent as whoever queued it.
     */
    public void recordIn(app.galley.store.AuditTrail.Recorder audit) {
        this.audit = audit;
        this.user = audit.actor();
    }

    /** How long the window and the command line give each request to a publishing target. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * Adds or changes a target; its password goes to the credentials file, not the library, filed
     * under the site's origin and the user. A target moved to another site or user needs its password
     * given again: a blank one never carries the old site's password over.
     */
    public PublishTarget saveTarget(String name, String siteUrl, String user, String password) throws IOException {
        if (!siteUrl.matches("(?i)https?://[^\\s/?#]+\\S*")) {
            throw new IllegalArgumentException("the site's address must start with http:// or https://");
        }
        boolean blank = password == null || password.isBlank();
        Optional<PublishTarget> before = outbox.targets().stream().filter(t -> t.name().equals(name)).findFirst();
        boolean moved = before.map(b -> !Credentials.origin(b.siteUrl()).equals(Credentials.origin(siteUrl))
                || !b.username().equals(user)).orElse(true);
        if (blank && moved && credentials.password(siteUrl, user).isEmpty()) {
            throw new IllegalArgumentException(before.isPresent()
                    ? "the target now points at another site or user: give its Application Password"
                    : "give the site's Application Password");
        }
        PublishTarget t = outbox.saveTarget(name, PublishTarget.WORDPRESS, siteUrl, user);
        if (!blank) {
            credentials.save(siteUrl, user, password.strip());
        }
        return t;
    }

    /** True if the two addresses are the same site (scheme, host and port): a password belongs to a site. */
    public static boolean sameSite(String a, String b) {
        try {
            return Credentials.origin(a).equals(Credentials.origin(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A warning for a target's address, or empty: a plain http:// address sends the password in clear. */
    public static Optional<String> warning(String siteUrl) {
        return siteUrl != null && siteUrl.strip().toLowerCase(java.util.Locale.ROOT).startsWith("http://")
                && !isLoopback(siteUrl)
                ? Optional.of("the address starts with http://: the password travels in clear; use https:// if the site has it")
                : Optional.empty();
    }

    private static boolean isLoopback(String siteUrl) {
        try {
            String host = java.net.URI.create(siteUrl.strip()).getHost();
            return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false; // an address still being typed
        }
    }

    /** The target's password as shown (masked), or empty when none was given for its site and user. */
    public String maskedPassword(PublishTarget t) {
        try {
            return credentials.password(t.siteUrl(), t.username()).map(Credentials::masked).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    public List<PublishTarget> targets() {
        return outbox.targets();
    }

    /** Queues a publish (a create, or an update of the post made before) with the post status asked for. */
    public OutboxJob publish(long articleId, String targetName, String status) {
        return publish(articleId, targetName, status, null);
    }

    /**
     * As {@link #publish(long, String, String)}, sent at {@code at} (null: now): a scheduled publish
     * waits in the outbox until then, across restarts (issue 23).
     *
     * @throws IllegalStateException when the article is embargoed past that time, saying until when
     */
    public OutboxJob publish(long articleId, String targetName, String status, Instant at) {
        Instant when = at == null || at.isBefore(clock.instant()) ? clock.instant() : at;
        // an embargo holds back what readers would see: a post made public (a draft or a post pending review is not)
        java.util.Optional<Instant> embargo = "publish".equals(status) ? source.embargoes().of(articleId) : java.util.Optional.empty();
        if (embargo.isPresent() && when.isBefore(embargo.get())) {
            throw new IllegalStateException("#" + articleId + " is embargoed until " + embargo.get()
                    + ": publish it then, or schedule it for that time or later");
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be draft, pending or publish, not " + status);
        }
        source.articles().find(articleId).orElseThrow(() -> new NoSuchElementException("no article #" + articleId));
        long target = target(targetName).id();
        return queued(articleId, targetName, "publish", status, at, () -> outbox.enqueue(articleId, target,
                OutboxJob.Action.PUBLISH, status, user, at));
    }

    /** A job by id, as it stands now. */
    public Optional<OutboxJob> job(long jobId) {
        return outbox.job(jobId);
    }

    /** Where an article was published on a target, if it was. */
    public Optional<app.galley.model.Publication> publication(long articleId, long targetId) {
        return outbox.publication(articleId, targetId);
    }

    /** Every article's publication on every target. */
    public List<app.galley.model.Publication> publications() {
        return outbox.publications();
    }

    /** Queues moving the article's post back to draft. */
    public OutboxJob unpublish(long articleId, String targetName) {
        source.articles().find(articleId).orElseThrow(() -> new NoSuchElementException("no article #" + articleId));
        long target = target(targetName).id();
        return queued(articleId, targetName, "unpublish", "draft", null, () -> outbox.enqueue(articleId, target,
                OutboxJob.Action.UNPUBLISH, "draft", user));
    }

    /** Queues a job, recorded as {@code action} (publish or unpublish) to the target, at a time when scheduled. */
    private OutboxJob queued(long articleId, String targetName, String action, String status, Instant at,
                             java.util.function.Supplier<OutboxJob> enqueue) {
        if (audit == null) {
            return enqueue.get();
        }
        java.util.Map<String, String> d = app.galley.store.AuditTrail.detail("target", targetName, "action", action,
                "status", status);
        if (at != null && at.isAfter(clock.instant())) {
            d.put("at", at.toString()); // a scheduled publish
        }
        return audit.record(app.galley.model.AuditAction.QUEUE, List.of(articleId), d, enqueue);
    }

    private PublishTarget target(String name) {
        return outbox.target(name).orElseThrow(() -> new NoSuchElementException("no publishing target \""
                + name + "\" (add one with galley targets add, or in Preferences)"));
    }

    public List<OutboxJob> jobs() {
        return outbox.jobs();
    }

    /** A stopped or waiting job, sent again now. */
    public void retry(long jobId) {
        OutboxJob j = outbox.job(jobId).orElseThrow(() -> new NoSuchElementException("no outbox job #" + jobId));
        if (j.state() == OutboxJob.State.FAILED || j.state() == OutboxJob.State.WAITING || j.state() == OutboxJob.State.CANCELLED) {
            outbox.update(jobId, OutboxJob.State.WAITING, j.attempts(), clock.instant(), j.lastError());
        }
    }

    public void cancel(long jobId) {
        OutboxJob j = outbox.job(jobId).orElseThrow(() -> new NoSuchElementException("no outbox job #" + jobId));
        if (j.state() == OutboxJob.State.WAITING || j.state() == OutboxJob.State.FAILED) {
            outbox.update(jobId, OutboxJob.State.CANCELLED, j.attempts(), j.nextAttempt(), j.lastError());
        }
    }

    /** Jobs a stopped sender left half-sent wait again (at start). */
    public int resumeInterrupted() {
        return outbox.resumeInterrupted();
    }

    /** Sends every job that is due now; returns how many were sent (done or not). */
    public int sendDue() {
        int n = 0;
        for (Optional<OutboxJob> j = outbox.claimDue(clock.instant()); j.isPresent();
             j = outbox.claimDue(clock.instant())) {
            if (!maySend.test(j.get().id())) {
                outbox.update(j.get().id(), OutboxJob.State.WAITING, j.get().attempts(), clock.instant().plus(Duration.ofMinutes(1)),
                        "sent by another member of the team");
                continue;
            }
            send(j.get());
            n++;
        }
        return n;
    }

    private void send(OutboxJob job) {
        java.util.Optional<Instant> embargo = job.action() == OutboxJob.Action.PUBLISH && "publish".equals(job.remoteStatus())
                ? source.embargoes().of(job.articleId()) : java.util.Optional.empty();
        if (embargo.isPresent() && embargo.get().isAfter(clock.instant())) { // embargoed after it was queued: it waits
            outbox.update(job.id(), OutboxJob.State.WAITING, job.attempts(), embargo.get(), "embargoed until " + embargo.get());
            return;
        }
        try {
            Publication p = deliver(job);
            if (audit == null) {
                outbox.published(job.id(), p);
            } else {
                audit.as(job.queuedBy() != null ? job.queuedBy() : audit.actor()).run(
                        job.action() == OutboxJob.Action.UNPUBLISH ? app.galley.model.AuditAction.UNPUBLISH
                                : app.galley.model.AuditAction.PUBLISH, List.of(job.articleId()),
                        app.galley.store.AuditTrail.detail("url", p.remoteUrl(), "status", p.remoteStatus()),
                        () -> outbox.published(job.id(), p));
            }
            LOG.info("Outbox job {}: article {} is post {} ({})", job.id(), job.articleId(), p.remoteId(), p.remoteStatus());
        } catch (PublishException e) {
            int attempts = job.attempts() + 1;
            if (e.retryable()) {
                Instant next = clock.instant().plus(backoff(attempts));
                outbox.update(job.id(), OutboxJob.State.WAITING, attempts, next, e.getMessage());
                LOG.info("Outbox job {} waits until {}: {}", job.id(), next, e.getMessage());
            } else {
                outbox.update(job.id(), OutboxJob.State.FAILED, attempts, job.nextAttempt(), e.getMessage());
                LOG.warn("Outbox job {} stopped: {}", job.id(), e.getMessage());
            }
        } catch (RuntimeException e) {
            outbox.update(job.id(), OutboxJob.State.FAILED, job.attempts() + 1, job.nextAttempt(),
                    e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The article's embargo, if it has one. */
    public java.util.Optional<Instant> embargo(long articleId) {
        return source.embargoes().of(articleId);
    }

    /**
     * Embargoes the article until {@code until} (null: lifts it); recorded in the audit trail. A
     * publish queued before and due earlier waits for it.
     */
    public void setEmbargo(long articleId, Instant until) {
        source.articles().find(articleId).orElseThrow(() -> new NoSuchElementException("no article #" + articleId));
        Runnable write = () -> source.embargoes().set(articleId, until, user);
        if (audit == null) {
            write.run();
        } else {
            audit.run(app.galley.model.AuditAction.EMBARGO, List.of(articleId),
                    app.galley.store.AuditTrail.detail("until", until == null ? "" : until.toString()), write);
        }
    }

    /** The wait after a failed attempt: 10 s, 20 s, 40 s ... up to an hour. */
    static Duration backoff(int attempts) {
        long seconds = FIRST_WAIT.toSeconds() << Math.min(20, Math.max(0, attempts - 1));
        return Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }

    private Publication deliver(OutboxJob job) throws PublishException {
        PublishTarget target = outbox.target(job.targetId())
                .orElseThrow(() -> new PublishException("the publishing target is gone", false));
        String password;
        try {
            password = credentials.password(target.siteUrl(), target.username())
                    .orElseThrow(() -> new PublishException("no password for " + target.username() + " at "
                            + Credentials.origin(target.siteUrl()) + " (target \"" + target.name()
                            + "\"): give it in File › Publishing Targets or with 'galley targets add'", false));
        } catch (IOException e) {
            throw new PublishException("cannot read the credentials file: " + e.getMessage(), false);
        }
        WordPressClient wp = new WordPressClient(target.siteUrl(), target.username(), password, timeout);
        wp.checkLogin();
        Exportable x;
        try {
            x = source.load(job.articleId());
        } catch (NoSuchElementException e) {
            throw new PublishException("article #" + job.articleId() + " is gone", false);
        }
        // idempotent: what Galley recorded, else what the site has under the article's slug
        Long remoteId = outbox.publication(job.articleId(), job.targetId()).map(Publication::remoteId).orElse(null);
        if (remoteId == null) {
            remoteId = wp.findBySlug(x.slug()).map(WordPressClient.Remote::id).orElse(null);
        }
        WordPressClient.Remote r;
        if (job.action() == OutboxJob.Action.UNPUBLISH) {
            if (remoteId == null) {
                throw new PublishException("the article has no post on " + target.name() + " to unpublish", false);
            }
            r = wp.setStatus(remoteId, "draft");
        } else {
            r = wp.save(remoteId, post(x, job.remoteStatus()));
        }
        return new Publication(job.articleId(), job.targetId(), r.id(), r.link(), r.status(), clock.instant());
    }

    /** The article as a post: headline, body HTML, excerpt, status, date, slug, tags and categories. */
    static WordPressClient.Post post(Exportable x, String status) {
        Article a = x.article();
        String excerpt = a.subtitle() != null && !a.subtitle().isBlank() ? a.subtitle() : null;
        List<String> tags = x.tags().stream().filter(t -> t.kind() != TagKind.SUBJECT).map(Tag::name).toList();
        List<String> categories = x.tags().stream().filter(t -> t.kind() == TagKind.SUBJECT)
                .map(t -> t.qcode() != null ? t.name(a.language() == null ? "en" : a.language()) : t.name()).toList();
        String date = a.published() == null ? null : a.published().toString().replaceFirst("(\\.\\d+)?Z$", "");
        return new WordPressClient.Post(a.title(), NinjsExport.bodyHtml(a.body()), excerpt, status, date, x.slug(),
                tags, categories);
    }
}
