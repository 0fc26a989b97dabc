package app.galley.ui.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.service.TeamService;
import app.galley.store.Library;
import app.galley.store.PostgresServer;
import app.galley.ui.app.GalleyFxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window in a team (issue 22), against a real PostgreSQL: Preferences › Team connects the
 * window's library (a wrong password first, said in one sentence), the status bar shows the team,
 * the sample goes up and reaches another member, whose edit shows up in the window live, and the
 * article panel says who else is editing the shown article.
 */
class TeamWindowIT extends GalleyFxTest {

    private static PostgresServer server;
    private static Path config;
    private static String url;
    private static app.galley.store.TcpGate gate;
    private long sample;
    private Library other;

    @BeforeAll
    static void startServer() throws Exception {
        config = Files.createTempDirectory("galley-config");
        System.setProperty("galley.config", config.toString());
        server = PostgresServer.start();
        url = server.newDatabase("teamwindow");
        TeamService.init(url, server.user(), server.password());
        gate = new app.galley.store.TcpGate(server.port()); // the window's way to the server, to cut
    }

    @AfterAll
    static void stopServer() throws Exception {
        gate.close();
        server.close();
        System.clearProperty("galley.config");
        app.galley.TestServers.remove(config);
    }

    @AfterEach
    void closeOther() {
        if (other != null) {
            other.close();
        }
    }

    @Override
    protected void prepare(Library library) {
        sample = ((ImportOutcome.Imported) Services.of(library).imports().importFile(TestFiles.samplePath())).articleId();
    }

    @Test
    void preferencesConnectTheLibraryAndAnotherMembersWorkShowsUpLive() throws Exception {
        clickOn("#preferencesButton");
        waitFor(10, TimeUnit.SECONDS, () -> lookup("#teamTab").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        settle();
        clickOn("#teamTab"); // the tab's header
        clickOn("#teamUrl").write("postgresql://127.0.0.1:" + gate.port() + "/teamwindow");
        clickOn("#teamUser").write(server.user());
        clickOn("#teamPassword").write("wrong");
        clickOn("#teamMember").eraseText(20).write("周敏");
        clickOn("#teamConnect");
        Label result = lookup("#teamResult").queryAs(Label.class);
        waitFor(20, TimeUnit.SECONDS, () -> result.getText().contains("wrong user name or password"));
        assertThat(library.settings().get("team.url")).isEmpty();

        clickOn("#teamPassword").eraseText("wrong".length()).write(server.password());
        clickOn("#teamConnect");
        waitFor(20, TimeUnit.SECONDS, () -> result.getText().startsWith("Connected to"));
        assertThat(result.getText()).contains("as 周敏");
        clickOn("Cancel");
        Label status = lookup("#teamStatus").queryAs(Label.class);
        waitFor(20, TimeUnit.SECONDS, () -> status.isVisible() && status.getText().equals("Team: connected")
                && library.team().pending() == 0);

        // another member: the sample arrives there; her edit and her presence show up here
        other = Library.openEmbedded(Files.createTempDirectory("galley-other"));
        Services ruth = app.galley.service.TeamMembers.of(other, config, "Ruth");
        ruth.team().connect(url, server.user(), server.password(), "Ruth");
        ruth.team().sync();
        long there = other.feed().ids().iterator().next();
        Article a = ruth.articles().find(there).orElseThrow();
        ruth.editing().saveEdit(a, ArticleEdit.of(a).withTitle("上海腦智產業（Ruth 改標題）"), false, "edit");
        ruth.team().sync();
        ruth.team().editing(there);

        interact(() -> window.controller().selectArticle(sample));
        waitFor(20, TimeUnit.SECONDS, () -> library.articles().find(sample).orElseThrow().title().contains("Ruth 改標題"));
        waitFor(20, TimeUnit.SECONDS, () -> lookup("上海腦智產業（Ruth 改標題）").tryQuery().isPresent());
        // her status move and her tag show up too, in the shown article
        ruth.editing().changeStatus(ruth.articles().find(there).orElseThrow(), app.galley.model.ArticleStatus.FACT_CHECK);
        ruth.tags().add(java.util.List.of(there), ruth.tags().tag(app.galley.model.TagKind.PLACE, "上海", null));
        ruth.team().sync();
        waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().currentProperty().get() != null
                && window.viewModel().currentProperty().get().status() == app.galley.model.ArticleStatus.FACT_CHECK);
        waitFor(20, TimeUnit.SECONDS, () -> library.tags().ofArticle(sample).stream().anyMatch(t -> t.name().equals("上海")));
        // her import and her annotation too: the table gains a row
        long hersToo = ((ImportOutcome.Imported) ruth.imports().importText("Ruth 匯入的稿件\n\n今天上午市府開會。"
                + "交通局長王小明表示：「明年起公車票價不調整，我們會持續檢討。」", "ruth.txt")).articleId();
        Article imported = ruth.articles().find(hersToo).orElseThrow();
        var annotations = ruth.annotations();
        annotations.annotate(imported, app.galley.analyze.AnnotationService.analyse(imported.body()).quotes().get(0));
        ruth.team().sync();
        waitFor(20, TimeUnit.SECONDS, () -> table().getItems().size() == 2);
        long arrived = table().getItems().stream().filter(r -> r.id() != sample).findFirst().orElseThrow().id();
        waitFor(20, TimeUnit.SECONDS, () -> library.annotations().forArticle(arrived).size() == 1);
        Label presence = lookup("#presenceLabel").queryAs(Label.class);
        waitFor(30, TimeUnit.SECONDS, () -> {
            ruth.team().editing(there); // she keeps it open
            return presence.isVisible() && presence.getText().startsWith("Ruth is editing since");
        });
        shot("team-presence");

        // the window offline: its edit stays here; Ruth edits the same paragraph and saves first
        gate.cut();
        waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Team: offline since"));
        Services mine = window.context().services();
        Article here = mine.articles().find(sample).orElseThrow();
        String paragraph = here.body().split("\n\n")[3];
        mine.editing().saveEdit(here, ArticleEdit.of(here).withBody(here.body().replace(paragraph, "周敏：" + paragraph)),
                false, "edit");
        waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("(1 waiting)"));
        Article hers = ruth.articles().find(there).orElseThrow();
        ruth.editing().saveEdit(hers, ArticleEdit.of(hers).withBody(hers.body().replace(paragraph, "Ruth：" + paragraph)),
                false, "edit");
        ruth.team().sync();
        gate.open();
        waitFor(40, TimeUnit.SECONDS, () -> lookup("#teamConflicts").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        assertThat(library.articles().find(sample).orElseThrow().body()).contains("Ruth：").doesNotContain("周敏：");
        shot("team-conflict");
        assertThat(lookup("#teamConflicts .label").queryAs(Label.class).getText())
                .isEqualTo("Ruth saved an edit of the same paragraphs first: theirs is the text now, and yours is kept in History.");
        clickOn("#compareConflict");
        waitFor(10, TimeUnit.SECONDS, () -> lookup("conflict: this edit overlapped Ruth's, saved first").tryQuery().isPresent()
                || lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().contains("conflict: this edit overlapped Ruth's")).tryQuery().isPresent());
        clickOn("#settleConflicts");
        waitFor(10, TimeUnit.SECONDS, () -> library.teamConflicts().conflicts(sample).isEmpty());
        assertThat(lookup("#teamConflicts").queryAs(javafx.scene.layout.VBox.class).isVisible()).isFalse();
        // the window's merge goes up; Ruth ends with the same text as the window
        waitFor(30, TimeUnit.SECONDS, () -> library.team().pending() == 0);
        ruth.team().sync();
        assertThat(ruth.articles().find(there).orElseThrow().body()).contains("Ruth：")
                .isEqualTo(library.articles().find(sample).orElseThrow().body());
    }
}
