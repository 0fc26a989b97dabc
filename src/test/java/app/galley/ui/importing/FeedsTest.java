package app.galley.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.model.ArticleSummary;
import app.galley.store.FeedRepository;
import app.galley.ui.app.GalleyFxTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saved feeds from the window: added, listed with their counts, refreshed, removed; served on 127.0.0.1. */
class FeedsTest extends GalleyFxTest {

    private HttpServer server;
    private String feedUrl;
    private final List<String> items = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        items.add(item("1", "市議會通過預算", "市議會週四凌晨以七票對五票通過明年度預算，議員在長達九小時的會議中就警察經費、"
                + "學校維修和新橋爭論不休。市長表示，這是多年來最艱難的一次預算協商，並感謝所有議員。"));
        items.add(item("2", "Bridge reopens after two years", "The Harbour Bridge reopened to traffic on Monday after two"
                + " years of repairs, the city said, finishing ahead of schedule and under its budget of $14 million."
                + " Commuters lined up before dawn to be among the first across."));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", ex -> {
            byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\""
                    + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>City Ledger</title>"
                    + String.join("", items) + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        feedUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    private static String item(String guid, String title, String text) {
        return "<item><title>" + title + "</title><guid>" + guid + "</guid><content:encoded><![CDATA["
                + ("<p>" + text + "</p>").repeat(3) + "]]></content:encoded></item>";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void waitForImport() throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().imports().importingProperty().get()
                && window.viewModel().imports().lastReportProperty().get() != null);
        settle();
        interact(() -> window.viewModel().imports().lastReportProperty().set(null));
    }

    @SuppressWarnings("unchecked")
    private TableView<FeedRepository.Overview> openFeeds() {
        clickOn("File").clickOn("Saved Feeds\u2026");
        return lookup("#feedTable").queryAs(TableView.class);
    }

    @Test
    void aFeedIsAddedListedRefreshedAndRemoved() throws Exception {
        TableView<FeedRepository.Overview> table = openFeeds();
        assertThat(table.getItems()).isEmpty();
        clickOn("#addFeedButton");
        clickOn("#addressField").write(feedUrl);
        clickOn("OK");
        waitForImport();
        assertThat(window.viewModel().visibleArticles()).extracting(ArticleSummary::title)
                .containsExactlyInAnyOrder("市議會通過預算", "Bridge reopens after two years");

        table = openFeeds();
        assertThat(table.getItems()).singleElement().satisfies(f -> {
            assertThat(f.feed().title()).isEqualTo("City Ledger");
            assertThat(f.items()).isEqualTo(2);
            assertThat(f.lastRefreshed()).isNotNull();
        });
        assertThat(lookup("City Ledger").tryQuery()).isPresent();

        items.add(item("3", "Library opens in spring", "The new central library will open in the spring, two months"
                + " later than planned, the mayor said on Tuesday, because of delays in delivering the shelving and the"
                + " heating system. The building cost $41 million."));
        clickOn("City Ledger");
        clickOn("#refreshFeedButton");
        waitForImport();
        assertThat(window.viewModel().visibleArticles()).hasSize(3) // the two taken before are not imported again
                .extracting(ArticleSummary::title).contains("Library opens in spring");

        table = openFeeds();
        assertThat(table.getItems().get(0).items()).isEqualTo(3);
        clickOn("City Ledger");
        clickOn("#removeFeedButton");
        clickOn("OK");
        assertThat(table.getItems()).isEmpty();
        clickOn("Close");
        assertThat(library.feeds().overview()).isEmpty();
        assertThat(library.articles().count()).isEqualTo(3);
    }
}
