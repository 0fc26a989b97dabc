package app.galley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open Galley library: a database brought up to the current schema, and its repositories.
 *
 * <p>The embedded kind is an H2 file in a directory, opened with {@code AUTO_SERVER=TRUE} so that a
 * second Galley process (GUI or CLI) can use the same library at the same time.
 */
public final class Library implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Library.class);
    /** The file name stem of the embedded database inside the library directory. */
    public static final String DB_NAME = "galley";

    private final AuditTrail audit;
    private final AssignmentRepository assignments;
    private final SignOffRepository signOffs;
    private final InboxRepository inbox;
    private final EmbargoRepository embargoes;
    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final String location;
    private final boolean createdNew;
    private final boolean embedded;
    private final ArticleRepository articles;
    private final ArticlePages pages;
    private final TrashRepository trash;
    private final LibrarySettings settings;
    private final FetchQueueRepository fetchQueue;
    private final FeedRepository feeds;
    private final SimilarityRepository similarity;
    private final FingerprintRepository fingerprints;
    private final AttachmentRepository attachments;
    private final RevisionRepository revisions;
    private final CleaningRulesRepository cleaningRules;
    private final RejectedChangeRepository rejectedChanges;
    private final AnnotationRepository annotations;
    private final ArticleFeed feed;
    private final TagRepository tags;
    private final OutboxRepository outbox;
    private final TeamLocal team;
    private final TeamConflicts teamConflicts;
    private final TeamIds teamIds;
    private final Clock clock;
    private List<app.galley.model.RecoveryNotice> notices = List.of();
    private BackupRunner backups;
    private volatile LibraryChanges changes;

    private Library(DataSource dataSource, AutoCloseable closer, String location, boolean createdNew, Clock clock,
                    boolean embedded, java.util.function.LongConsumer afterCommit) {
        this.embedded = embedded;
        this.clock = clock;
        this.dataSource = dataSource;
        this.closer = closer;
        this.location = location;
        this.createdNew = createdNew;
        Jdbc jdbc = new Jdbc(dataSource, afterCommit, seq -> {
            LibraryChanges watched = this.changes;
            if (watched != null) {
                watched.committed(seq);
            }
        });
        this.articles = new ArticleRepository(jdbc, clock);
        this.pages = new ArticlePages(jdbc);
        this.trash = new TrashRepository(jdbc, clock);
        this.settings = new LibrarySettings(jdbc);
        this.fetchQueue = new FetchQueueRepository(jdbc, clock);
        this.outbox = new OutboxRepository(jdbc, clock);
        this.feeds = new FeedRepository(jdbc, clock);
        this.revisions = new RevisionRepository(jdbc, clock);
        this.cleaningRules = new CleaningRulesRepository(jdbc, clock);
        this.rejectedChanges = new RejectedChangeRepository(jdbc, clock);
        this.similarity = new SimilarityRepository(jdbc, clock);
        this.fingerprints = new FingerprintRepository(jdbc);
        this.attachments = new AttachmentRepository(jdbc);
        this.annotations = new AnnotationRepository(jdbc, clock);
        this.feed = new ArticleFeed(jdbc);
        this.tags = new TagRepository(jdbc, clock);
        this.team = new TeamLocal(jdbc, clock);
        this.teamConflicts = new TeamConflicts(jdbc);
        this.teamIds = new TeamIds(jdbc);
        this.audit = new AuditTrail(jdbc, clock);
        this.assignments = new AssignmentRepository(jdbc, clock);
        this.signOffs = new SignOffRepository(jdbc);
        this.inbox = new InboxRepository(jdbc);
        this.embargoes = new EmbargoRepository(jdbc, clock);
        this.changes = new LibraryChanges(jdbc);
    }

    /**
     * Names the window's thread: no library read or write may run on it (the window's executor runs
     * them); one that does is logged, or refused with an exception when {@code refuse} (the tests,
     * through the {@code galley.refuseWorkOnWindowThread} property the window reads).
     */
    public static void forbidWorkOn(Thread windowThread, boolean refuse) {
        Jdbc.guard(windowThread, refuse);
    }

    /** Opens (creating if needed) the embedded library in {@code directory}. */
    public static Library openEmbedded(Path directory) {
        return openEmbedded(directory, Clock.systemUTC());
    }

    public static Library openEmbedded(Path directory, Clock clock) {
        return openEmbedded(directory, clock, true);
    }

    /**
     * Opens the embedded library for the window: no backup at open (a backup of a large library
     * competes with the window's start for the machine and holds up quitting soon after); the
     * window asks for one every few minutes ({@link #backupIfDue}).
     */
    public static Library openEmbeddedForWindow(Path directory) {
        return openEmbedded(directory, Clock.systemUTC(), false);
    }

    private static Library openEmbedded(Path directory, Clock clock, boolean backupAtOpen) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new StoreException("Cannot create the library folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("The library folder " + dir + " is not writable");
        }
        boolean fresh = !EmbeddedStore.exists(dir);
        EmbeddedStore.Opened opened = openWaiting(dir, clock);
        Library library = new Library(opened.pool(), opened.pool()::dispose, dir.toString(), fresh, clock, true,
                seq -> StoreFiles.recordSequence(dir, seq));
        library.notices = List.copyOf(opened.notices());
        library.backups = new BackupRunner(dir, opened.keys(), clock);
        if (backupAtOpen) {
            library.backups.startIfDue();
        }
        return library;
    }

    /** How long opening waits for another Galley that is opening or closing the same library. */
    private static final long OPEN_PATIENCE_MS = 30_000;

    /**
     * Opens the store, waiting while another process holds its lock without serving it yet (it is
     * starting or stopping, or was killed and its lock has not gone stale): H2 then refuses at once,
     * and a moment later either serves the library or lets this process open it.
     */
    private static EmbeddedStore.Opened openWaiting(Path dir, Clock clock) {
        long deadline = System.nanoTime() + OPEN_PATIENCE_MS * 1_000_000L;
        for (int attempt = 1; ; attempt++) {
            try {
                return EmbeddedStore.open(dir, clock);
            } catch (Exception e) {
                if (e instanceof java.sql.SQLException s
                        && s.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
                    throw new StoreException("Cannot open the library in " + dir + ": its key file ("
                            + StoreFiles.KEY_FILE + ") does not belong to its database; was it replaced or deleted?", e);
                }
                if (!EmbeddedStore.isBusy(e) || System.nanoTime() > deadline) {
                    throw new StoreException("Cannot open the library in " + dir + ": " + rootMessage(e), e);
                }
                try {
                    Thread.sleep(Math.min(1000, 100L * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("Cannot open the library in " + dir + ": interrupted", ie);
                }
            }
        }
    }

    /** Opens a library on any data source (for example a shared PostgreSQL server). */
    public static Library open(DataSource dataSource, String location, Clock clock) {
        boolean fresh = migrate(dataSource);
        return new Library(dataSource, () -> { }, location, fresh, clock, false, seq -> { });
    }

    /** Migrates the schema; true if the library was empty before (a first start). */
    static boolean migrate(DataSource ds) {
        if (SchemaVersion.current(ds)) {
            return false; // already at this build's schema: nothing for Flyway to do or scan for
        }
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
        boolean fresh = flyway.info().applied().length == 0;
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Library schema migrated to version {}", result.targetSchemaVersion);
        }
        return fresh;
    }

    private static String rootMessage(Throwable e) {
        return LibraryRecovery.rootMessage(e);
    }

    /**
     * The one clock of this library: every repository stamps with it, and every service that reads
     * the time asks the library for it, so a test that sets it sets the time for everything.
     */
    public Clock clock() {
        return clock;
    }

    /** The change feed: whether the library changed elsewhere since last asked. */
    public LibraryChanges changes() {
        return changes;
    }

    public ArticleRepository articles() {
        return articles;
    }

    /** The article table's pages and counts. */
    public ArticlePages pages() {
        return pages;
    }

    /** The Trash. */
    public TrashRepository trash() {
        return trash;
    }

    public AttachmentRepository attachments() {
        return attachments;
    }

    public SimilarityRepository similarity() {
        return similarity;
    }

    /** The fingerprints articles were imported with (made again when text folding changes). */
    public FingerprintRepository fingerprints() {
        return fingerprints;
    }

    public RevisionRepository revisions() {
        return revisions;
    }

    public TagRepository tags() {
        return tags;
    }

    /** Articles as a stream of changes, for the search index. */
    public ArticleFeed feed() {
        return feed;
    }

    /**
     * Where files kept beside the database belong (the search index): the library folder of an
     * embedded library, or null for a server (the caller picks a local folder).
     */
    public java.nio.file.Path folder() {
        return embedded ? java.nio.file.Path.of(location) : null;
    }

    public AnnotationRepository annotations() {
        return annotations;
    }

    public CleaningRulesRepository cleaningRules() {
        return cleaningRules;
    }

    public RejectedChangeRepository rejectedChanges() {
        return rejectedChanges;
    }

    public FeedRepository feeds() {
        return feeds;
    }

    /** Publishing targets, the outbox, and where articles were published. */
    public OutboxRepository outbox() {
        return outbox;
    }

    public FetchQueueRepository fetchQueue() {
        return fetchQueue;
    }

    /** The library's side of its team (issue 22): what waits to be shared, applying what comes down. */
    public TeamLocal team() {
        return team;
    }

    /** The global ids of the library's articles and outbox jobs. */
    public TeamIds teamIds() {
        return teamIds;
    }

    /** The conflicts team merges left for the editor. */
    /** Embargoes (issue 23). */
    public EmbargoRepository embargoes() {
        return embargoes;
    }

    /** The comment inbox's reads (issue 23). */
    public InboxRepository inbox() {
        return inbox;
    }

    /** Second persons' sign-offs (issue 23). */
    public SignOffRepository signOffs() {
        return signOffs;
    }

    /** Who is to do each article's next piece of work (issue 23). */
    public AssignmentRepository assignments() {
        return assignments;
    }

    /** The audit trail: every action that changed the library (issue 23). */
    public AuditTrail audit() {
        return audit;
    }

    public TeamConflicts teamConflicts() {
        return teamConflicts;
    }

    public LibrarySettings settings() {
        return settings;
    }

    /** Where the library lives: a folder, or a server address. */
    public String location() {
        return location;
    }

    /** True if this open created the library's schema (a first start). */
    public boolean createdNew() {
        return createdNew;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * What opening the library found and did that the editor must be told (a damaged or rolled-back
     * store recovered, and what could not be); empty when all was well.
     */
    public List<app.galley.model.RecoveryNotice> notices() {
        return notices;
    }

    /** Makes a backup now if the library changed since the newest one and it is old enough (embedded only). */
    public void backupIfDue() {
        if (backups != null) {
            backups.startIfDue();
        }
    }

    /** The embedded library's backups, newest first (none for a server library). */
    public List<Backups.Backup> backupList() {
        return embedded ? new Backups(Path.of(location), clock).list() : List.of();
    }

    @Override
    public void close() {
        if (backups != null) {
            backups.awaitRunning();
        }
        try {
            closer.close();
        } catch (Exception e) {
            LOG.warn("Closing the library failed", e);
        }
    }
}
