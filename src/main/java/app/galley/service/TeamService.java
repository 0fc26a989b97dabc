package app.galley.service;

import app.galley.model.TeamState;
import app.galley.publish.Credentials;
import app.galley.store.LibrarySettings;
import app.galley.store.TeamLocal;
import app.galley.store.TeamLog;
import app.galley.store.TeamServer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The team library (issue 22, ADR 25): preparing a PostgreSQL database as a newsroom's shared
 * library, connecting this library to it, and syncing the two. The address, the server user and the
 * member's name are kept in the library; the password in the user's credentials file (mode 0600),
 * like the publishing passwords, never in the library and never logged.
 */
public final class TeamService {

    static final String URL = "team.url";
    static final String USER = "team.user";
    static final String MEMBER = "team.member";
    /** The id of the team database this library last synced with. */
    static final String TEAM_ID = "team.id";
    /** How long a member who stopped saying so still counts as having an article open. */
    static final Duration PRESENCE = Duration.ofSeconds(45);

    private final TeamLocal local;
    private final app.galley.store.TeamConflicts conflicts;
    private final app.galley.store.TeamIds ids;
    private final LibrarySettings settings;
    private final Credentials credentials;
    private final Clock clock;
    private final app.galley.analyze.TagService tags;
    private final Fingerprints fingerprints;
    private final app.galley.analyze.RepostFinder reposts;
    private TeamLog checked;
    private Team checkedFor;

    /** A library's team: the server's address, the server user, and the name the member's changes carry. */
    public record Team(String url, String user, String member) {
    }

    TeamService(TeamLocal local, app.galley.store.TeamIds ids, app.galley.store.TeamConflicts conflicts,
                LibrarySettings settings,
                Credentials credentials, Clock clock, app.galley.analyze.TagService tags, Fingerprints fingerprints,
                app.galley.analyze.RepostFinder reposts) {
        this.reposts = reposts;
        this.fingerprints = fingerprints;
        this.conflicts = conflicts;
        this.ids = ids;
        this.tags = tags;
        this.local = local;
        this.settings = settings;
        this.credentials = credentials;
        this.clock = clock;
    }

    /**
     * Prepares the database at {@code url} ({@code postgresql://HOST[:PORT]/DATABASE}) with Galley's
     * migrations.
     *
     * @throws IllegalArgumentException for an address that is not a team server address
     * @throws TeamServer.Problem       when the server cannot be reached or used, saying why
     */
    public static TeamServer.Outcome init(String url, String user, String password) throws TeamServer.Problem {
        return TeamServer.init(TeamServer.Address.parse(url), user, password);
    }

    /** The team this library is in, if any. */
    public Optional<Team> team() {
        Optional<String> url = settings.get(URL);
        return url.map(u -> new Team(u, settings.get(USER).orElse(""), settings.get(MEMBER).orElse("")));
    }

    /**
     * Connects this library to the team server at {@code url}: the server is reached and checked first
     * (nothing here changes if it cannot be used); then the password is kept, the library notes its
     * changes from now on, and everything in it goes up at the first sync.
     *
     * @param member the name this member's changes carry (the user name if blank)
     * @throws IllegalArgumentException for an address that is not a team server address
     * @throws TeamServer.Problem       when the server cannot be reached or used, saying why
     */
    public Team connect(String url, String user, String password, String member) throws TeamServer.Problem, IOException {
        TeamServer.Address address = TeamServer.Address.parse(url);
        String teamId;
        try (TeamLog reached = TeamLog.open(address, user, password, clock)) {
            teamId = reached.teamId(); // reached, and a team library of this schema
        }
        if (!teamId.equals(settings.get(TEAM_ID).orElse(null))) {
            local.forgetServer(); // another team (or the first): where this library stood means nothing there
            settings.put(TEAM_ID, teamId);
        }
        String name = member == null || member.isBlank() ? user : member.strip();
        credentials.save(address.url(), user, password);
        settings.put(URL, address.url());
        settings.put(USER, user);
        settings.put(MEMBER, name);
        local.track();
        forgetChecked();
        return new Team(address.url(), user, name);
    }

    /** Leaves the team: changes are no longer noted or sent; everything stays in this library. */
    public void disconnect() {
        local.untrack();
        settings.put(URL, null);
        forgetChecked();
    }

    /** Articles changed here that wait to go up. */
    public int pending() {
        return local.pending();
    }

    /** One sync round now (the command line). */
    public TeamSync.Round sync() throws TeamServer.Problem, IOException {
        Team team = team().orElseThrow(() -> new IllegalStateException("this library is not in a team (galley team connect)"));
        return new TeamSync(local, server(team), team.member(), clock, s -> { }, tags, fingerprints, this::sameStory).once();
    }

    /**
     * A sync that runs until closed (the window runs it on a thread of its own), telling {@code states}
     * each time the team state changes; empty if the library is not in a team.
     */
    public Optional<TeamSync> follow(Consumer<TeamState> states) throws IOException {
        Optional<Team> team = team();
        if (team.isEmpty()) {
            return Optional.empty();
        }
        String server = TeamServer.Address.parse(team.get().url()).toString();
        return Optional.of(new TeamSync(local, server(team.get()), team.get().member(), clock,
                s -> states.accept(new TeamState(s.kind(), server, s.pending(), s.offlineSince(), s.problem())), tags, fingerprints,
                this::sameStory));
    }

    private TeamSync.Server server(Team team) throws IOException {
        TeamServer.Address address = TeamServer.Address.parse(team.url());
        String password = credentials.password(address.url(), team.user()).orElse("");
        String joined = settings.get(TEAM_ID).orElse("");
        return () -> {
            TeamLog log = TeamLog.open(address, team.user(), password, clock);
            if (!log.teamId().equals(joined)) {
                log.close();
                throw new TeamServer.Problem(address + " now holds another team's library (its database was replaced):"
                        + " connect again in Preferences › Team to join it");
            }
            return log;
        };
    }

    /** How alike two imports of one wire story are, at the least (the repost threshold is far lower). */
    static final double SAME_STORY = 0.9;

    /**
     * An article of this library, imported here and never shared, that is the same story as one a
     * colleague shared (a near-duplicate: the same wire copy through another feed or format), so the
     * two become one article after sync; empty if there is none.
     */
    Optional<Long> sameStory(TeamLocal.Incoming in) {
        String body = in.snapshot().path("article").path("body").asText("");
        return reposts.probe(app.galley.text.Folding.CONTENT.fold(body)).match()
                .filter(m -> m.similarity() >= SAME_STORY)
                .map(app.galley.analyze.RepostFinder.Match::articleId)
                .filter(id -> ids.uid(id).map(uid -> local.base(uid).isEmpty()).orElse(true));
    }

    /** What merges left unsettled on the article: the other member's version won, this one's is kept. */
    public java.util.List<app.galley.model.TeamConflict> conflicts(long articleId) {
        return conflicts.conflicts(articleId);
    }

    /** The editor settled the article's conflicts. */
    public void settleConflicts(long articleId) {
        conflicts.settleConflicts(articleId);
    }

    /**
     * Whether this member may send the outbox job (issue 22: a job runs on exactly one machine): yes
     * when the library is not in a team; else the server decides, first claim wins. With the server
     * away, only a job no one else can have (never shared) is sent.
     */
    public boolean maySend(long jobId) {
        Optional<Team> team = team();
        if (team.isEmpty()) {
            return true;
        }
        Optional<app.galley.store.TeamIds.JobId> id = ids.jobUid(jobId);
        if (id.isEmpty()) {
            return false;
        }
        try {
            return checked(team.get()).claim(id.get().uid(), team.get().member());
        } catch (TeamServer.Problem | IOException e) {
            forgetChecked();
            return !id.get().shared();
        }
    }

    /**
     * The other members who have the article open, with since when ("周敏 is editing since 10:42"),
     * and notes that this member has it open; empty when not in a team, the article was never
     * shared, or the server is away.
     */
    public Map<String, Instant> editing(long articleId) {
        Optional<Team> team = team();
        Optional<String> uid = team.isEmpty() ? Optional.empty() : ids.uid(articleId);
        if (uid.isEmpty()) {
            return Map.of();
        }
        try {
            TeamLog on = checked(team.get());
            on.present(uid.get(), team.get().member());
            return on.others(uid.get(), team.get().member(), clock.instant().minus(PRESENCE));
        } catch (TeamServer.Problem | IOException e) {
            forgetChecked();
            return Map.of();
        }
    }

    /**
     * The server as last reached and checked for presence and claims (asked every few seconds from
     * the window): checked once, not at every question; forgotten when a question fails, when the
     * library connects or leaves, so the next question reaches and checks the server again.
     */
    private synchronized TeamLog checked(Team team) throws TeamServer.Problem, IOException {
        if (checked == null || !checkedFor.equals(team)) {
            forgetChecked();
            checked = server(team).open();
            checkedFor = team;
        }
        return checked;
    }

    private synchronized void forgetChecked() {
        if (checked != null) {
            checked.close();
        }
        checked = null;
        checkedFor = null;
    }
}
