package app.galley.service;

import app.galley.model.TeamState;
import app.galley.store.StoreException;
import app.galley.store.TeamLocal;
import app.galley.store.TeamLog;
import app.galley.store.TeamServer;
import app.galley.store.TeamSnapshots;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a member's library and its team server in step (issue 22, ADR 25): what the others pushed
 * comes down and is applied (merged where this library changed the same article), then what changed
 * here goes up. One round is {@link #round}; {@link #run} repeats it for as long as the window is
 * open, woken by the server's {@code NOTIFY} and by local changes, and waits out the server being
 * away. Never on the window's thread.
 */
public final class TeamSync implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TeamSync.class);
    static final int BATCH = 100;
    /** How often local changes are looked for, and how long a wait for the server's news lasts. */
    static final int TICK_MILLIS = 200;
    /** Without news from the server, its log is read this often anyway (the fallback to LISTEN). */
    static final long POLL_MILLIS = 5_000;

    /** Finds, for an article new here, an article of this library never shared that is the same story. */
    @FunctionalInterface
    interface SameStory {
        Optional<Long> find(TeamLocal.Incoming in);
    }

    /** Opens the connection to the team server. */
    @FunctionalInterface
    public interface Server {
        TeamLog open() throws TeamServer.Problem;
    }

    /** What one round did: changes applied here (of them merged with changes made here), changes sent. */
    public record Round(int pulled, int merged, int pushed) {
    }

    private final TeamLocal local;
    private final Server server;
    private final String member;
    private final Clock clock;
    private final Consumer<TeamState> states;
    private final TeamMerge merger = new TeamMerge();
    private final app.galley.analyze.TagService tags;
    private final Fingerprints fingerprints;
    private final SameStory sameStories;
    private volatile boolean closed;
    private TeamLog log;
    private Instant offlineSince;

    TeamSync(TeamLocal local, Server server, String member, Clock clock, Consumer<TeamState> states,
             app.galley.analyze.TagService tags, Fingerprints fingerprints, SameStory sameStories) {
        this.sameStories = sameStories;
        this.tags = tags;
        this.fingerprints = fingerprints;
        this.local = local;
        this.server = server;
        this.member = member;
        this.clock = clock;
        this.states = states;
    }

    /**
     * One round on an open connection: everything new on the server comes down, then everything
     * changed here goes up (a push refused because the article moved meanwhile comes down, is merged
     * and goes up again).
     */
    Round round(TeamLog on) throws TeamServer.Problem {
        int pulled = 0;
        int merged = 0;
        int pushed = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            int[] down = pull(on);
            pulled += down[0];
            merged += down[1];
            if (down[0] > 0) {
                fingerprints.signUnsigned(); // what came down is found as reposts are, like one's own imports
            }
            int[] up = push(on);
            pushed += up[0];
            if (up[1] == 0) {
                break;
            }
        }
        return new Round(pulled, merged, pushed);
    }

    /** Applies what is new on the server, a batch to a transaction: {pulled, merged}. */
    private int[] pull(TeamLog on) throws TeamServer.Problem {
        int pulled = 0;
        int merged = 0;
        while (true) {
            List<TeamLocal.Incoming> read = on.pull(local.position(), BATCH);
            if (read.isEmpty()) {
                return new int[] {pulled, merged};
            }
            // this member's own pushes come back round once: held already, they are passed over, not
            // decoded, compared and applied again (after a first push of 10,000 articles, 8 s of work)
            java.util.Set<String> held = local.held(read);
            List<TeamLocal.Incoming> batch = read.stream().filter(in -> !held.contains(in.uid())).toList();
            long through = read.get(read.size() - 1).seq();
            if (batch.isEmpty()) {
                local.applyAll(batch, merger, hash -> null, member, Map.of(), through); // only the position moves on
                continue;
            }
            batch.forEach(this::subjects);
            // the contents of articles new here, fetched in one query; others' new rows one by one
            Set<String> fresh = local.unknown(batch.stream().filter(in -> !in.deleted()).map(TeamLocal.Incoming::uid).toList());
            Set<String> hashes = new HashSet<>();
            batch.stream().filter(in -> fresh.contains(in.uid()))
                    .forEach(in -> hashes.addAll(TeamSnapshots.blobHashes(in.snapshot())));
            Map<String, byte[]> fetched = on.blobs(hashes);
            Map<String, Long> sameStory = new HashMap<>();
            for (TeamLocal.Incoming in : batch) {
                if (fresh.contains(in.uid())) {
                    sameStories.find(in).filter(id -> !sameStory.containsValue(id)).ifPresent(id -> sameStory.put(in.uid(), id));
                }
            }
            for (TeamLocal.Applied done : local.applyAll(batch, merger,
                    hash -> fetched.containsKey(hash) ? fetched.get(hash) : on.blob(hash), member, sameStory, through)) {
                if (done != TeamLocal.Applied.SKIPPED) {
                    pulled++;
                }
                if (done == TeamLocal.Applied.MERGED) {
                    merged++;
                }
            }
        }
    }

    /** Media Topics an incoming article is tagged with are made here as the taxonomy has them (names, broader topics). */
    private void subjects(TeamLocal.Incoming in) {
        if (in.snapshot() == null || !in.snapshot().has("tags")) {
            return;
        }
        for (var t : in.snapshot().get("tags")) {
            String qcode = t.path("qcode").asText(null);
            if (qcode != null && qcode.startsWith("medtop:")) {
                try {
                    tags.subject(qcode);
                } catch (IllegalArgumentException retired) {
                    // a topic this Galley's taxonomy does not have: the tag is made by its name
                }
            }
        }
    }

    /** Sends what changed here, a batch at a time: {pushed, refused because the article moved on the server}. */
    private int[] push(TeamLog on) throws TeamServer.Problem {
        int pushed = 0;
        Set<TeamLocal.Dirty> done = new HashSet<>();
        while (true) {
            List<TeamLocal.Dirty> waiting = local.dirty(BATCH);
            waiting.removeIf(done::contains);
            if (waiting.isEmpty()) {
                return new int[] {pushed, 0};
            }
            done.addAll(waiting);
            Map<Long, TeamLocal.Dirty> named = new HashMap<>();
            for (TeamLocal.Dirty n : local.identifyAll(waiting.stream().map(TeamLocal.Dirty::articleId)
                    .filter(id -> id > 0).toList(), member)) {
                named.put(n.articleId(), n);
            }
            List<TeamLog.Outgoing> out = new ArrayList<>();
            List<TeamLocal.Dirty> sent = new ArrayList<>();
            List<TeamLocal.Dirty> settled = new ArrayList<>();
            Map<String, byte[]> blobs = new HashMap<>();
            for (TeamLocal.Dirty d : waiting) {
                TeamLocal.Dirty at = named.getOrDefault(d.articleId(), d);
                Optional<TeamSnapshots.Snapshot> now = named.containsKey(d.articleId())
                        ? local.snapshot(d.articleId()) : Optional.empty();
                if (at.uid() == null) {
                    settled.add(d); // gone before it was ever shared
                    continue;
                }
                Optional<TeamLocal.Base> base = local.base(at.uid());
                long baseSeq = base.map(TeamLocal.Base::seq).orElse(0L);
                if (now.isEmpty()) {
                    out.add(new TeamLog.Outgoing(at.uid(), baseSeq, true, null));
                } else if (base.isPresent() && base.get().snapshot().equals(now.get().json())) {
                    settled.add(at);
                    continue;
                } else {
                    out.add(new TeamLog.Outgoing(at.uid(), baseSeq, false, now.get().json()));
                    blobs.putAll(now.get().blobs());
                }
                sent.add(at);
            }
            local.settledAll(settled);
            if (out.isEmpty()) {
                continue;
            }
            on.putBlobs(blobs);
            long[] seqs = on.push(out, member);
            List<TeamLocal.Pushed> accepted = new ArrayList<>();
            int refused = 0;
            for (int i = 0; i < seqs.length; i++) {
                if (seqs[i] < 0) {
                    refused++;
                } else {
                    accepted.add(new TeamLocal.Pushed(sent.get(i), seqs[i], out.get(i).deleted() ? null : out.get(i).snapshot()));
                }
            }
            local.pushedAll(accepted);
            pushed += accepted.size();
            if (refused > 0) {
                return new int[] {pushed, refused};
            }
        }
    }

    /** One round now, connecting for it (the command line's {@code galley team sync}). */
    public Round once() throws TeamServer.Problem {
        try (TeamLog on = server.open()) {
            return round(on);
        }
    }

    /** Syncs until {@link #close}: rounds when either side changed, reconnecting after the server was away. */
    @Override
    public void run() {
        long lastPoll = 0;
        long backoff = 1_000;
        state(TeamState.Kind.CONNECTING, null);
        while (!closed) {
            try {
                if (log == null) {
                    log = server.open();
                    lastPoll = 0;
                }
                long now = System.nanoTime() / 1_000_000;
                boolean news = lastPoll == 0 || now - lastPoll >= POLL_MILLIS || log.awaitChange(TICK_MILLIS);
                if (news || local.pending() > 0) {
                    if (offlineSince == null) {
                        state(TeamState.Kind.SYNCING, null);
                    }
                    round(log);
                    lastPoll = System.nanoTime() / 1_000_000;
                }
                offlineSince = null;
                backoff = 1_000;
                state(TeamState.Kind.CONNECTED, null);
            } catch (TeamServer.Problem | StoreException e) {
                if (closed) {
                    break;
                }
                closeLog();
                if (offlineSince == null) {
                    offlineSince = clock.instant();
                    LOG.info("Team server away: {}", e.getMessage());
                }
                state(TeamState.Kind.OFFLINE, e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            } catch (RuntimeException e) {
                if (closed) {
                    break; // the library closed under the last round (the window closing): it rolled back whole
                }
                LOG.warn("Team sync failed", e);
                closeLog();
                state(TeamState.Kind.OFFLINE, e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
        closeLog();
    }

    private TeamState last;

    private void state(TeamState.Kind kind, String problem) {
        TeamState s = new TeamState(kind, null, safePending(), kind == TeamState.Kind.OFFLINE ? offlineSince : null,
                problem);
        if (!s.equals(last)) {
            last = s;
            states.accept(s);
        }
    }

    private int safePending() {
        try {
            return local.pending();
        } catch (RuntimeException e) { // the library went away (closing) or cannot be read: no count
            return 0;
        }
    }

    private void closeLog() {
        if (log != null) {
            log.close();
            log = null;
        }
    }

    private void sleep(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (!closed && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(100, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Runs {@link #run} on a thread of its own (a daemon: it never holds the application open); returns this. */
    public TeamSync start() {
        Thread thread = new Thread(this, "galley-team-sync");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    @Override
    public void close() {
        closed = true;
    }
}
