package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleStatus;
import app.galley.model.ImportOutcome;
import app.galley.model.TagKind;
import app.galley.model.TeamState;
import app.galley.store.Library;
import app.galley.store.PostgresServer;
import app.galley.store.TcpGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults a team library must survive (issue 22), against the real PostgreSQL: members cut off
 * from the server (a TCP relay the test cuts) while both edit, the server killed with kill -9 in the
 * middle of a sync, a member's process killed in the middle of a sync. Afterwards the two libraries
 * are identical, contain every change, and the server holds each change once.
 */
class TeamFaultsIT {

    private static PostgresServer server;
    private static int database;

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();
    private String db;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void prepare() throws Exception {
        db = "faults" + (++database);
        TeamService.init(server.newDatabase(db), server.user(), server.password());
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private record Member(Library lib, Services services, TcpGate gate) {
    }

    private Member member(String name, boolean gated) throws Exception {
        Library lib = Library.openEmbedded(dir.resolve(name), Clock.systemUTC());
        open.add(lib);
        Services s = TeamMembers.of(lib, dir, name);
        TcpGate gate = null;
        int port = server.port();
        if (gated) {
            gate = new TcpGate(server.port());
            open.add(gate);
            port = gate.port();
        }
        s.team().connect("postgresql://127.0.0.1:" + port + "/" + db, server.user(), server.password(), name);
        return new Member(lib, s, gate);
    }

    /** An article of its own words (no two alike, so none is taken for a repost of another). */
    private static String distinct(int i) {
        java.util.Random r = new java.util.Random(i);
        String chars = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處隊南給色光門即保治北造百規熱領七海口東導器壓志世金增爭濟階油思術極交受聯什認六共權收證改清美再採轉更單風切打白教速花帶安場身車例真務具萬每目至達走積示議聲報鬥完類八離華名確才科張信馬節話米整空元況今集溫傳土許步群廣石記需段研界拉林律叫且究觀越織裝影算低持音眾書布復容兒須際商非驗連斷深難近礦千週委素技備半辦青省列習響約支般史感勞便團往酸歷市克何除消構府稱太準精值號率族維劃選標寫存候毛親快效斯院查江型眼王按格養易置派層片始卻專狀育廠京識適屬圓包火住調滿縣局照參紅細引聽該鐵價嚴";
        StringBuilder b = new StringBuilder("稿件" + i + "號\n\n");
        for (int p = 0; p < 4; p++) {
            for (int k = 0; k < 120; k++) {
                b.append(chars.charAt(r.nextInt(chars.length())));
            }
            b.append("。\n\n");
        }
        return b.toString();
    }

    private static long importText(Services s, String text) {
        return ((ImportOutcome.Imported) s.imports().importText(text, "pasted")).articleId();
    }

    private static Article article(Member m, String titlePart) {
        return m.lib().feed().ids().stream().map(id -> m.services().articles().find(id).orElseThrow())
                .filter(x -> x.title().contains(titlePart)).findFirst().orElseThrow();
    }

    private static void edit(Member m, Article a, ArticleEdit e) {
        assertThat(m.services().editing().saveEdit(a, e, false, "edit").conflicts()).isEmpty();
    }

    @Test
    void offlineWorkOnBothSidesMergesOnReconnect() throws Exception {
        Member a = member("zhou", true);
        Member b = member("ruth", true);
        a.services().imports().importFile(TestFiles.samplePath());
        a.services().team().sync();
        b.services().team().sync();

        // both connected
        Article onB = article(b, "探秘");
        b.services().tags().add(List.of(onB.id()), b.services().tags().tag(TagKind.PLACE, "上海", null));
        b.services().team().sync();
        a.services().team().sync();

        // A offline: it works as ever, and its sync says the server is away
        a.gate().cut();
        Article onA = article(a, "探秘");
        String[] paragraphs = onA.body().split("\n\n");
        edit(a, onA, ArticleEdit.of(onA).withBody(onA.body().replace(paragraphs[2], paragraphs[2] + "（A 離線補充）")));
        long second = importText(a.services(), "離線匯入的稿件\n\n這是周敏在火車上匯入的第二篇稿件，伺服器不在時照常工作。");
        assertThatThrownBy(() -> a.services().team().sync()).isInstanceOfAny(java.sql.SQLException.class,
                app.galley.store.TeamServer.Problem.class);
        assertThat(a.services().team().pending()).isEqualTo(2);
        // B still connected
        onB = article(b, "探秘");
        String last = onB.body().split("\n\n")[onB.body().split("\n\n").length - 2];
        edit(b, onB, ArticleEdit.of(onB).withBody(onB.body().replace(last, last + "（B 補充）")));
        b.services().team().sync();

        // both offline
        b.gate().cut();
        b.services().editing().changeStatus(article(b, "探秘"), ArticleStatus.FACT_CHECK);
        edit(a, article(a, "離線"), ArticleEdit.of(article(a, "離線")).withTitle("離線匯入的稿件（已核）"));

        // back
        a.gate().open();
        b.gate().open();
        for (int i = 0; i < 2; i++) {
            a.services().team().sync();
            b.services().team().sync();
        }
        assertThat(a.lib().team().snapshots()).isEqualTo(b.lib().team().snapshots()).hasSize(2);
        for (Member m : List.of(a, b)) {
            Article story = article(m, "探秘");
            assertThat(story.body()).contains("（A 離線補充）").contains("（B 補充）");
            assertThat(story.status()).isEqualTo(ArticleStatus.FACT_CHECK);
            assertThat(m.lib().tags().ofArticle(story.id())).extracting(t -> t.name()).contains("上海");
            assertThat(article(m, "離線").title()).isEqualTo("離線匯入的稿件（已核）");
            assertThat(m.services().team().pending()).isZero();
        }
        assertThat(second).isPositive();
        assertEachChangeOnce();
    }

    @Test
    void theServerKilledInTheMiddleOfASyncLosesNothingAndRepeatsNothing() throws Exception {
        Member a = member("zhou", false);
        for (int i = 0; i < 300; i++) {
            importText(a.services(), distinct(i));
        }
        List<Throwable> failed = new CopyOnWriteArrayList<>();
        Thread sync = new Thread(() -> {
            try {
                a.services().team().sync();
            } catch (Throwable t) {
                failed.add(t);
            }
        });
        sync.start();
        waitForChanges(1);
        server.kill();
        sync.join(TimeUnit.MINUTES.toMillis(2));
        assertThat(failed).as("the sync was cut off by the kill").isNotEmpty();
        server.restart();
        assertThat(a.services().team().pending()).isPositive();
        a.services().team().sync();
        assertThat(a.services().team().pending()).isZero();
        assertEachChangeOnce();
        Member b = member("ruth", false);
        b.services().team().sync();
        assertThat(b.lib().team().snapshots()).isEqualTo(a.lib().team().snapshots()).hasSize(300);
    }

    @Test
    void aMemberKilledInTheMiddleOfASyncLosesNothingAndRepeatsNothing() throws Exception {
        Member a = member("zhou", false);
        for (int i = 0; i < 300; i++) {
            importText(a.services(), distinct(i));
        }
        a.lib().close();
        open.remove(a.lib());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgalley.config=" + TeamMembers.config(dir, "zhou"), "-cp", System.getProperty("java.class.path"),
                "app.galley.Main", "team", "sync", "--db", dir.resolve("zhou").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("member.log").toFile()).start();
        waitForChanges(1);
        p.destroyForcibly().waitFor();
        assertThat(p.exitValue()).as("killed, not finished").isNotZero();

        Library lib = Library.openEmbedded(dir.resolve("zhou"), Clock.systemUTC());
        open.add(lib);
        Services again = TeamMembers.of(lib, dir, "zhou");
        assertThat(again.team().pending()).isPositive();
        again.team().sync();
        assertThat(again.team().pending()).isZero();
        assertEachChangeOnce();
        Member b = member("ruth", false);
        b.services().team().sync();
        assertThat(b.lib().team().snapshots()).isEqualTo(lib.team().snapshots()).hasSize(300);
    }

    @Test
    void twoRunningMembersSeeEachOthersChangesLive() throws Exception {
        Member a = member("zhou", false);
        Member b = member("ruth", false);
        List<TeamState> statesB = new CopyOnWriteArrayList<>();
        for (Member m : List.of(a, b)) {
            TeamSync sync = m.services().team().follow(m == b ? statesB::add : s -> { }).orElseThrow();
            Thread t = new Thread(sync, "team-sync-" + m.lib().location());
            t.start();
            open.add(() -> {
                sync.close();
                t.join();
            });
        }
        long id = importText(a.services(), "即時同步\n\n周敏匯入的稿件，另一位成員的視窗應該立即看到。");
        waitUntil(() -> !b.lib().feed().ids().isEmpty());
        Article onB = article(b, "即時同步");
        edit(b, onB, ArticleEdit.of(onB).withTitle("即時同步（Ruth 改）"));
        waitUntil(() -> a.services().articles().find(id).orElseThrow().title().endsWith("（Ruth 改）"));
        assertThat(statesB).extracting(TeamState::kind).contains(TeamState.Kind.CONNECTED);

        // issue 23: an assignment made on one side and a comment made on the other arrive live
        a.services().assignments().assign(List.of(id), app.galley.model.Assignment.Role.FACT_CHECKER, "ruth",
                java.time.Instant.parse("2026-12-04T18:00:00Z"), "請查數字");
        waitUntil(() -> b.services().assignments().assignedTo("ruth").contains(onB.id()));
        assertThat(b.services().assignments().of(onB.id())).singleElement().satisfies(x -> {
            assertThat(x.by()).isEqualTo("zhou");
            assertThat(x.note()).isEqualTo("請查數字");
        });
        Article now = b.services().articles().find(onB.id()).orElseThrow();
        var checker = b.services().annotations();
        var note = checker.annotate(now, 0, 4, app.galley.model.AnnotationKind.COMMENT, null);
        checker.comment(note.id(), null, "@zhou 數字已查");
        waitUntil(() -> a.services().annotations().commentsOf(a.services().articles().find(id).orElseThrow()).stream()
                .anyMatch(c -> c.body().equals("@zhou 數字已查") && c.author().equals("ruth")));
        // and each side's audit trail holds both members' events
        waitUntil(() -> a.services().audit().history(id).stream().anyMatch(e -> e.actor().equals("ruth")
                && e.action() == app.galley.model.AuditAction.COMMENT));
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(until);
            Thread.sleep(50);
        }
    }

    private void waitForChanges(int atLeast) throws Exception {
        waitUntil(() -> changes() >= atLeast);
    }

    private long changes() {
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM team_change")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return 0;
        }
    }

    private org.postgresql.ds.PGSimpleDataSource dataSource() {
        var ds = server.dataSource();
        ds.setURL(server.url().replaceFirst("/galley$", "/" + db));
        return ds;
    }

    /** No article's change is in the server's log twice (a change whose answer was lost is not sent again as new). */
    private void assertEachChangeOnce() throws Exception {
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT article_uid, encode(sha256(snapshot), 'hex') h, COUNT(*) FROM team_change"
                     + " GROUP BY article_uid, h HAVING COUNT(*) > 1")) {
            assertThat(rs.next()).as("a change stored twice").isFalse();
        }
    }
}
