package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestFiles;
import app.galley.analyze.AnnotationService;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleStatus;
import app.galley.model.ImportOutcome;
import app.galley.model.OutboxJob;
import app.galley.model.TagKind;
import app.galley.model.Verdict;
import app.galley.store.Library;
import app.galley.store.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two members' libraries (two H2 files) and one real PostgreSQL (Debian's, started by
 * src/test/scripts/postgres.sh): what one member does reaches the other through the team server, and
 * after syncing both ways the two libraries are identical (issue 22).
 */
class TeamSyncIT {

    private static PostgresServer server;
    private static int database;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Library libA;
    private Library libB;
    private Services a;
    private Services b;
    private String url;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void twoMembers() throws Exception {
        url = server.newDatabase("team" + (++database));
        TeamService.init(url, server.user(), server.password());
        libA = Library.openEmbedded(dir.resolve("a"), CLOCK);
        libB = Library.openEmbedded(dir.resolve("b"), CLOCK);
        a = member(libA, "周敏");
        b = member(libB, "Ruth Delgado");
    }

    private Services member(Library lib, String name) throws Exception {
        return TeamMembers.of(lib, dir, name);
    }

    @AfterEach
    void close() {
        libA.close();
        libB.close();
    }

    private void connectBoth() throws Exception {
        a.team().connect(url, server.user(), server.password(), "周敏");
        b.team().connect(url, server.user(), server.password(), "Ruth Delgado");
    }

    private long imported(Services s) {
        return ((ImportOutcome.Imported) s.imports().importFile(TestFiles.samplePath())).articleId();
    }

    /** The sample imported by A, both connected and synced: A's article (B has it as {@link #only}). */
    private Article sharedSample() throws Exception {
        long id = imported(a);
        connectBoth();
        a.team().sync();
        b.team().sync();
        return a.articles().find(id).orElseThrow();
    }

    /** Both connect and sync (A, B, A again): each library then holds one article, the same on both sides. */
    private void syncedIntoOne() throws Exception {
        connectBoth();
        a.team().sync();
        b.team().sync();
        a.team().sync();
        assertThat(libA.feed().ids()).hasSize(1);
        assertThat(libB.feed().ids()).hasSize(1);
        assertThat(libB.team().snapshots()).isEqualTo(libA.team().snapshots());
    }

    private static long only(Library lib) {
        return lib.feed().ids().iterator().next();
    }

    @Test
    void anImportTagsAndAnAnnotationReachTheOtherMember() throws Exception {
        long id = imported(a);
        connectBoth();
        a.tags().add(List.of(id), a.tags().subject("medtop:13000000"));
        a.tags().add(List.of(id), a.tags().tag(TagKind.PERSON, "張旭", null));
        Article article = a.articles().find(id).orElseThrow();
        AnnotationService checker = a.annotations();
        var quote = AnnotationService.analyse(article.body()).quotes().get(0);
        checker.setVerdict(checker.annotate(article, quote), Verdict.VERIFIED);

        assertThat(a.team().sync().pushed()).isEqualTo(1);
        assertThat(b.team().sync().pulled()).isEqualTo(1);
        // A's own change comes back round once: held already, passed over, and A's position moves past it
        assertThat(a.team().sync().pulled()).isZero();
        try (app.galley.store.TeamLog log = app.galley.store.TeamLog.open(app.galley.store.TeamServer.Address.parse(url),
                server.user(), server.password(), CLOCK)) {
            assertThat(libA.team().position()).isEqualTo(log.head());
        }

        long there = only(libB);
        Article copy = b.articles().find(there).orElseThrow();
        assertThat(copy.title()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(copy.body()).isEqualTo(article.body());
        assertThat(libB.tags().ofArticle(there)).extracting(t -> t.name()).contains("張旭");
        assertThat(libB.tags().ofArticle(there)).anySatisfy(t -> {
            assertThat(t.qcode()).isEqualTo("medtop:13000000");
            assertThat(t.names()).containsEntry("zh-Hant", libA.tags().byQcode("medtop:13000000").orElseThrow().names().get("zh-Hant"));
        });
        assertThat(b.annotations().annotations(copy)).singleElement()
                .satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.VERIFIED));
        assertThat(libB.articles().revisions(there)).isNotEmpty();
        assertThat(libB.team().snapshots()).isEqualTo(libA.team().snapshots());
        // the audit trail travels with the article (issue 23): A's events, as A made them
        assertThat(b.audit().history(there)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("articleId")
                .containsExactlyInAnyOrderElementsOf(a.audit().history(id))
                .extracting(e -> e.action()).contains(app.galley.model.AuditAction.IMPORT, app.galley.model.AuditAction.TAG,
                        app.galley.model.AuditAction.ANNOTATE, app.galley.model.AuditAction.VERDICT);
        assertThat(b.audit().history(there)).allSatisfy(e -> assertThat(e.actor()).isEqualTo("周敏"));
        // B's own search index takes in what arrived
        try (var search = b.openSearch()) {
            assertThat(search.search("腦科學", 10).hits()).extracting(h -> h.id()).containsExactly(there);
        }
        // nothing is waiting on either side, and a second round moves nothing
        assertThat(a.team().sync().pushed() + b.team().sync().pushed()).isZero();
    }

    @Test
    void editsOfDifferentParagraphsAndFieldsMergeWithoutAsking() throws Exception {
        Article onA = sharedSample();
        long idB = only(libB);
        List<String> paragraphs = List.of(onA.body().split("\n\n"));
        String first = paragraphs.get(2);
        String last = paragraphs.get(paragraphs.size() - 2);
        a.editing().saveEdit(onA, ArticleEdit.of(onA).withBody(onA.body().replace(first, first + "（周敏補充）")), false, "edit");
        Article onB = b.articles().find(idB).orElseThrow();
        b.editing().saveEdit(onB, ArticleEdit.of(onB).withBody(onB.body().replace(last, last + "（Ruth added）"))
                .withTitle("Ruth's headline"), false, "edit");
        b.editing().changeStatus(b.articles().find(idB).orElseThrow(), ArticleStatus.FACT_CHECK);

        a.team().sync();
        TeamSync.Round round = b.team().sync();
        assertThat(round.merged()).isEqualTo(1);
        a.team().sync();

        for (var lib : List.of(libA, libB)) {
            Article x = lib.articles().find(only(lib)).orElseThrow();
            assertThat(x.body()).contains("（周敏補充）").contains("（Ruth added）");
            assertThat(x.title()).isEqualTo("Ruth's headline");
            assertThat(x.status()).isEqualTo(ArticleStatus.FACT_CHECK);
        }
        assertThat(libB.team().snapshots()).isEqualTo(libA.team().snapshots());
    }

    @Test
    void overlappingEditsKeepTheFirstSaveAndTheSecondAsARevision() throws Exception {
        Article onA = sharedSample();
        long idB = only(libB);
        String p = onA.body().split("\n\n")[3];
        a.editing().saveEdit(onA, ArticleEdit.of(onA).withBody(onA.body().replace(p, "甲：" + p)), false, "edit");
        Article onB = b.articles().find(idB).orElseThrow();
        b.editing().saveEdit(onB, ArticleEdit.of(onB).withBody(onB.body().replace(p, "乙：" + p)), false, "edit");

        a.team().sync();
        b.team().sync();
        a.team().sync();

        for (var lib : List.of(libA, libB)) {
            long id = only(lib);
            assertThat(lib.articles().find(id).orElseThrow().body()).contains("甲：").doesNotContain("乙：");
            assertThat(lib.articles().revisions(id)).anySatisfy(r -> assertThat(r.body()).contains("乙：" + p));
        }
        assertThat(libB.team().snapshots()).isEqualTo(libA.team().snapshots());
        // both edits' events are kept on both sides, the losing one's too: events never conflict
        assertThat(b.audit().history(only(libB))).filteredOn(e -> e.action() == app.galley.model.AuditAction.EDIT)
                .extracting(e -> e.actor()).contains("周敏", "Ruth Delgado");
    }

    @Test
    void theSameWireStoryThroughAnotherFeedBecomesOneArticleWithBothImportsKept() throws Exception {
        imported(a);
        // B took the same wire copy from another feed, which adds its own line at the end
        ImportOutcome hers = b.imports().importText(TestFiles.sampleText() + "\n\n（本文由合作夥伴提供）", "partner-feed.txt");
        assertThat(hers).isInstanceOf(ImportOutcome.Imported.class);
        syncedIntoOne();
        long id = only(libB);
        assertThat(libB.articles().find(id).orElseThrow().body()).doesNotContain("合作夥伴");
        assertThat(libB.articles().revisions(id)).anySatisfy(r -> {
            assertThat(r.note()).startsWith("imported here too: partner-feed.txt");
            assertThat(r.body()).contains("（本文由合作夥伴提供）");
        });
        // and the document B brought stays with the article, on both sides
        assertThat(libA.team().snapshots().values().iterator().next().get("attachments"))
                .anySatisfy(x -> assertThat(x.get("name").asText()).isEqualTo("partner-feed.txt"));
    }

    @Test
    void theSameStoryImportedByBothMembersBecomesOneArticle() throws Exception {
        imported(a);
        imported(b);
        syncedIntoOne();
    }

    @Test
    void aScheduledPublishAndAnEmbargoTravelAndWaitOnEveryMachine() throws Exception {
        long idA = imported(a);
        connectBoth();
        for (Services s : List.of(a, b)) {
            s.outbox().saveTarget("Desk site", "http://127.0.0.1:9/", "desk", "secret");
        }
        Instant embargo = CLOCK.instant().plusSeconds(3600);
        a.outbox().setEmbargo(idA, embargo);
        a.outbox().publish(idA, "Desk site", "publish", embargo.plusSeconds(60));
        a.team().sync();
        b.team().sync();
        long there = only(libB);
        assertThat(b.outbox().embargo(there)).contains(embargo);
        assertThatThrownBy(() -> b.outbox().publish(there, "Desk site", "publish")).hasMessageContaining("embargoed until");
        assertThat(b.outbox().jobs()).singleElement().satisfies(j -> {
            assertThat(j.nextAttempt()).isEqualTo(embargo.plusSeconds(60)); // the schedule is the job's, on both sides
            assertThat(j.state()).isEqualTo(OutboxJob.State.WAITING);
        });
        // not due yet on either machine: neither claims it (when it is, the first claim sends it, as below)
        assertThat(a.outbox().sendDue()).isZero();
        assertThat(b.outbox().sendDue()).isZero();
    }

    @Test
    void anOutboxJobIsSentByExactlyOneMember() throws Exception {
        long idA = imported(a);
        connectBoth();
        for (Services s : List.of(a, b)) {
            // a site no one listens on: the one member who sends finds it down and waits to try again
            s.outbox().saveTarget("Desk site", "http://127.0.0.1:9/", "desk", "secret");
        }
        a.outbox().publish(idA, "Desk site", "publish");
        a.team().sync();
        b.team().sync();
        long jobA = a.outbox().jobs().get(0).id();
        long jobB = b.outbox().jobs().get(0).id();
        assertThat(b.outbox().jobs()).singleElement().satisfies(j -> {
            assertThat(j.state()).isEqualTo(OutboxJob.State.WAITING);
            assertThat(j.queuedBy()).as("who asked for it travels with it").isEqualTo("周敏");
        });

        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> a.team().maySend(jobA));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> b.team().maySend(jobB));
        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        // asked again, each gets the same answer: the claim is the server's
        assertThat(a.team().maySend(jobA)).isEqualTo(first.get());
        assertThat(b.team().maySend(jobB)).isEqualTo(second.get());

        Services loser = first.get() ? b : a;
        long lost = first.get() ? jobB : jobA;
        assertThat(loser.outbox().sendDue()).isZero();
        assertThat(loser.outbox().job(lost).orElseThrow().lastError()).isEqualTo("sent by another member of the team");
    }

    @Test
    void anArticleDeletedOnOneSideAndEditedOnTheOtherIsKeptEdited() throws Exception {
        Article onA = sharedSample();
        long idB = only(libB);
        a.articles().moveToTrash(List.of(onA.id()));
        a.articles().emptyTrash();
        Article onB = b.articles().find(idB).orElseThrow();
        b.editing().saveEdit(onB, ArticleEdit.of(onB).withTitle("Ruth kept working on it"), false, "edit");
        b.team().sync();
        a.team().sync();
        b.team().sync();
        for (var lib : List.of(libA, libB)) {
            assertThat(lib.articles().find(only(lib)).orElseThrow().title()).isEqualTo("Ruth kept working on it");
        }
        assertThat(libB.team().snapshots()).isEqualTo(libA.team().snapshots());
        assertThat(a.team().pending() + b.team().pending()).isZero();

        // the other way round: the deletion goes up first, the edit comes after it and wins
        long again = only(libA);
        a.articles().moveToTrash(List.of(again));
        a.articles().emptyTrash();
        a.team().sync();
        onB = b.articles().find(only(libB)).orElseThrow();
        b.editing().saveEdit(onB, ArticleEdit.of(onB).withTitle("Ruth still working on it"), false, "edit");
        b.team().sync();
        a.team().sync();
        for (var lib : List.of(libA, libB)) {
            assertThat(lib.articles().find(only(lib)).orElseThrow().title()).isEqualTo("Ruth still working on it");
        }
        assertThat(libB.team().snapshots()).isEqualTo(libA.team().snapshots());
        assertThat(a.team().pending() + b.team().pending()).isZero();
    }

    @Test
    void aLibraryMovedToAnotherTeamSendsEverythingThereAndAReplacedDatabaseIsRefused() throws Exception {
        imported(a);
        connectBoth();
        assertThat(a.team().sync().pushed()).isEqualTo(1);
        String other = server.newDatabase("other" + database);
        TeamService.init(other, server.user(), server.password());
        a.team().connect(other, server.user(), server.password(), "周敏");
        assertThat(a.team().sync().pushed()).as("a new team gets the whole library").isEqualTo(1);

        // the first team's database dropped and made again at the same address: not the same team
        try (var c = server.dataSource().getConnection(); var st = c.createStatement()) {
            st.execute("DROP DATABASE " + other.substring(other.lastIndexOf('/') + 1) + " WITH (FORCE)");
        }
        server.newDatabase(other.substring(other.lastIndexOf('/') + 1));
        TeamService.init(other, server.user(), server.password());
        assertThatThrownBy(() -> a.team().sync()).hasMessageContaining("now holds another team's library");
    }

    @Test
    void aRepostOfASyncedArticleIsFoundAndAnnotationsFollowAMergedText() throws Exception {
        Article onA = sharedSample();
        long idB = only(libB);
        // B's own import of a repost of the article A brought in is found as a repost of it
        ImportOutcome repost = b.imports().importText(TestFiles.simplifiedRepost(), "repost.txt");
        assertThat(repost).isInstanceOfSatisfying(ImportOutcome.Repost.class, r -> assertThat(r.repostOf()).isEqualTo(idB));
        b.articles().moveToTrash(List.of(((ImportOutcome.Repost) repost).articleId()));
        b.articles().emptyTrash();

        // A annotates a quotation late in the text; A edits near the top, B near the end
        AnnotationService checker = a.annotations();
        var quotes = AnnotationService.analyse(onA.body()).quotes();
        var quote = quotes.get(quotes.size() - 1);
        checker.annotate(onA, quote);
        a.team().sync();
        b.team().sync();
        onA = a.articles().find(onA.id()).orElseThrow();
        String second = onA.body().split("\n\n")[2];
        a.editing().saveEdit(onA, ArticleEdit.of(onA).withBody(onA.body().replace(second, "（編按：本段已更新）" + second)),
                false, "edit");
        Article onB = b.articles().find(idB).orElseThrow();
        String[] paragraphs = onB.body().split("\n\n");
        String last = paragraphs[paragraphs.length - 1];
        b.editing().saveEdit(onB, ArticleEdit.of(onB).withBody(onB.body().replace(last, last + "（完）")), false, "edit");
        a.team().sync();
        assertThat(b.team().sync().merged()).isEqualTo(1);
        a.team().sync();

        for (Services s : List.of(a, b)) {
            Article x = s.articles().find(s == a ? onA.id() : idB).orElseThrow();
            assertThat(x.body()).contains("（編按：本段已更新）").contains("（完）");
            assertThat(s.annotations().annotations(x)).singleElement().satisfies(n -> {
                assertThat(n.anchor()).isEqualTo(app.galley.model.Annotation.Anchor.ANCHORED);
                assertThat(x.body().substring(n.target().start(), n.target().end())).isEqualTo(n.target().exact());
            });
        }
    }
}
