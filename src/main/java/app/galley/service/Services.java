package app.galley.service;

import app.galley.analyze.AnnotationService;
import app.galley.analyze.TagService;
import app.galley.clean.CleaningService;
import app.galley.ingest.FeedImporter;
import app.galley.ingest.ImportService;
import app.galley.ingest.WebFetcher;
import app.galley.ingest.WebImporter;
import app.galley.publish.Credentials;
import app.galley.publish.OutboxService;
import app.galley.publish.PreviewService;
import app.galley.search.SearchService;
import app.galley.store.Library;
import java.time.Clock;

/**
 * The application's services over one open library: the one door through which the window and the
 * command line reach every use case (ADR 14). Each service is given the parts of the library it
 * needs; a front-end opens a library, builds these once, and never calls a repository itself.
 */
public final class Services {

    private final app.galley.store.AuditTrail.Recorder audit;
    private final Library library;
    private final String user;
    private final ImportService imports;
    private final FeedService feeds;
    private final CleaningService cleaning;
    private final ArticleService articles;
    private final RepostService reposts;
    private final TagService tags;
    private final PreviewService preview;
    private final OutboxService outbox;
    private final ExportService exports;
    private final SettingsService settings;
    private final LibraryService libraryService;
    private final TeamService team;

    /** How the services reach the outside world; tests give a local web server and their own files. */
    public record Options(String user, WebFetcher fetcher, Credentials credentials) {

        /** The user named by the system, the standard fetcher, the user's credentials file. */
        public static Options standard() {
            return new Options(System.getProperty("user.name", "editor"), WebFetcher.standard(), Credentials.forUser());
        }

        public Options withFetcher(WebFetcher f) {
            return new Options(user, f, credentials);
        }

        public Options withUser(String u) {
            return new Options(u, fetcher, credentials);
        }

        public Options withCredentials(Credentials c) {
            return new Options(user, fetcher, c);
        }
    }

    private Services(Library library, Options options) {
        this.library = library;
        this.user = options.user();
        Clock clock = library.clock();
        this.audit = library.audit().as(user);
        this.tags = new TagService(library.tags(), audit);
        this.imports = new ImportService(library.articles(), ImportService.DEFAULT_SIZE_LIMIT,
                new app.galley.analyze.RepostFinder(library.similarity()), tags, audit);
        WebImporter web = new WebImporter(imports, library.fetchQueue(), options.fetcher(), clock);
        FeedImporter feedImporter = new FeedImporter(imports, library.feeds(), library.fetchQueue(), options.fetcher(),
                web, clock);
        this.feeds = new FeedService(web, feedImporter, library.feeds(), library.fetchQueue());
        this.cleaning = new CleaningService(library.revisions(), library.cleaningRules(), audit);
        this.articles = new ArticleService(library.articles(), library.revisions(), library.attachments(),
                library.pages(), library.trash(), audit);
        this.reposts = new RepostService(library.similarity());
        app.galley.publish.ExportSource source = app.galley.publish.ExportSource.of(library);
        this.preview = new PreviewService(source, library.settings(), clock);
        this.outbox = new OutboxService(library.outbox(), source, clock, options.credentials(), OutboxService.TIMEOUT);
        this.settings = new SettingsService(library.settings());
        this.exports = new ExportService(source, clock, new AnnotationService(library.annotations(), library.articles(),
                library.revisions(), clock, user, audit), settings, library.outbox(), audit);
        this.libraryService = new LibraryService(library, imports);
        this.team = new TeamService(library.team(), library.teamIds(), library.teamConflicts(), library.settings(), options.credentials(), clock, tags,
                new Fingerprints(library.fingerprints(), library.settings()),
                new app.galley.analyze.RepostFinder(library.similarity()));
        this.outbox.sendOnlyIf(team::maySend);
        this.outbox.recordIn(audit);
    }

    /** The services over {@code library} with the standard options. */
    public static Services of(Library library) {
        return new Services(library, Options.standard());
    }

    public static Services of(Library library, Options options) {
        return new Services(library, options);
    }

    /** Importing files, folders, archives and text. */
    public ImportService imports() {
        return imports;
    }

    /** Web addresses, saved feeds and the fetch queue. */
    public FeedService feeds() {
        return feeds;
    }

    /** Cleaning rules, previews and saving cleanings, conversions and restores. */
    public CleaningService cleaning() {
        return cleaning;
    }

    /** Reading articles, their revisions and attachments; status changes. */
    public ArticleService articles() {
        return articles;
    }

    /** Suspected reposts and the editor's decisions about them. */
    public RepostService reposts() {
        return reposts;
    }

    public TagService tags() {
        return tags;
    }

    /** Annotations, verdicts and comments, written in {@code user}'s name. */
    public AnnotationService annotations(String asUser) {
        return new AnnotationService(library.annotations(), library.articles(), library.revisions(), library.clock(), asUser,
                asUser.equals(user) ? audit : library.audit().as(asUser));
    }

    /** The comment inbox for this user (issue 23). */
    public InboxService inbox() {
        return new InboxService(library.inbox(), library.articles(), user);
    }

    /** Who is to do each article's next piece of work (issue 23). */
    public AssignmentService assignments() {
        return new AssignmentService(library.assignments(), audit, library.clock());
    }

    /** The audit trail: who did what to which article, and when (issue 23). */
    public AuditService audit() {
        return new AuditService(library.audit());
    }

    /** The fact-check gate before Ready, Published, export and publication, in this user's name. */
    public FactCheckGate gate() {
        return new FactCheckGate(articles, annotations(), user,
                new SignOffs(library.signOffs(), settings, audit, library.clock()));
    }

    /** Annotations written in the name these services were opened with. */
    public AnnotationService annotations() {
        return annotations(user);
    }

    /** The editors' decisions on cleaning changes: what was rejected stays rejected. */
    public CleaningDecisions decisions() {
        return new CleaningDecisions(library.rejectedChanges());
    }

    /**
     * A new undo journal over these services, for one window or one command: edits, cleanings, tags and
     * undo with the same conflict rule everywhere.
     */
    public EditService editing() {
        return new EditService(articles, cleaning, library.revisions(), tags, decisions(), audit);
    }

    /**
     * Opens the search index of this library (indexing what it lacks); the caller closes it. The
     * window keeps one open on its search thread, each command opens its own.
     */
    public SearchService openSearch() {
        return SearchService.open(library);
    }

    public PreviewService preview() {
        return preview;
    }

    public OutboxService outbox() {
        return outbox;
    }

    /** Batch exports, templates and fact-check exports. */
    public ExportService exports() {
        return exports;
    }

    /** Saved searches and other settings kept in the library. */
    public SettingsService settings() {
        return settings;
    }

    /** The library itself: where it is, what opening it found, backups, changes made elsewhere, samples. */
    public LibraryService library() {
        return libraryService;
    }

    /** The team library: connecting, syncing, who is editing what. */
    public TeamService team() {
        return team;
    }

    /** The one clock every part of the application reads. */
    public Clock clock() {
        return library.clock();
    }

    /** The user name edits and annotations are made in. */
    public String user() {
        return user;
    }
}
