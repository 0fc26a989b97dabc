package app.galley.ingest;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.LibraryTestBase;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom feeds served by a real HTTP server on 127.0.0.1. */
class FeedImporterTest extends LibraryTestBase {

    @Override
    protected ImportService importer(Library library) {
        return Services.of(library).imports();
    }

    private static final String PARA = "The city council approved the budget early Thursday, after a nine-hour meeting"
            + " in which members argued over police funding, school repairs and a new bridge.";

    private HttpServer server;
    private String base;
    private FeedImporter feeds;

    private void serve(String path, String contentType, String body) {
        server.createContext(path, ex -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        String full = ("<p>" + PARA + "</p>").repeat(3) + "<h2>What changes</h2><p>Taxes rise 1.5 percent next year.</p>";
        serve("/rss", "application/rss+xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>The Ledger</title>"
                + "<item><title>Council approves budget</title><link>" + base + "/budget</link>"
                + "<guid>ledger-1</guid><pubDate>Fri, 14 Aug 2026 22:15:00 GMT</pubDate><dc:creator>Maria Gonzalez</dc:creator>"
                + "<description>Short teaser.</description><content:encoded><![CDATA[" + full + "]]></content:encoded></item>"
                + "<item><title>Bridge reopens</title><link>" + base + "/bridge</link><guid>ledger-2</guid>"
                + "<description>The bridge reopens.</description></item>"
                + "</channel></rss>");
        serve("/bridge", "text/html; charset=utf-8", "<html><head><title>Bridge reopens | The Ledger</title></head>"
                + "<body><article><h1>Bridge reopens</h1><p>The old bridge reopened on Monday after two years of repairs,"
                + " city officials said, and traffic returned to normal within hours.</p></article></body></html>");
        serve("/atom", "application/atom+xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><id>urn:wire</id>"
                + "<entry><title>上海腦中心啟動</title><id>urn:wire:1</id><link rel=\"alternate\" href=\"" + base + "/zh\"/>"
                + "<published>2026-04-03T02:00:00Z</published><author><name>記者王小明</name></author>"
                + "<content type=\"html\">" + ("&lt;p&gt;上海腦科學與類腦研究中心已開始了實質性建設，中心將整合並且加強腦智科技的"
                + "基礎科學研究和核心技術研發，每年投入的資金不少於10億元，吸引來自全國的科學家。&lt;/p&gt;").repeat(4)
                + "</content></entry></feed>");
        serve("/not-a-feed", "text/html", "<html><body><p>hello</p></body></html>");
        serve("/news/rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title>"
                + "<item><description>The harbour ferry resumes on Monday after the storm, the port authority said."
                + "</description><guid>desk-1</guid><pubDate>Fri,24 Nov 2023 18:28:36 -0000</pubDate></item>"
                + "<item><title>Bridge reopens</title><link>../bridge</link><guid>desk-2</guid>"
                + "<description>The bridge reopens.</description></item>"
                + "<item><title>Bridge reopens, again</title><link>../bridge</link><guid>desk-2</guid></item>"
                + "<item><title>Nothing here</title><guid>desk-3</guid></item>"
                + "</channel></rss>");
        serve("/empty-rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title>"
                + "</channel></rss>");
        serve("/empty-atom", "application/atom+xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<id>urn:quiet</id></feed>");
        serve("/based", "application/atom+xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\""
                + " xml:base=\"" + base + "/news/\"><title>Based</title><entry xml:base=\"stories/\"><title>Bridge</title>"
                + "<id>urn:b:1</id><link href=\"../../bridge\"/><summary>The bridge reopens.</summary></entry></feed>");
        server.start();
        WebFetcher fetcher = new WebFetcher(Duration.ofSeconds(2), 1024 * 1024);
        WebImporter web = new WebImporter(importer, library.fetchQueue(), fetcher, library.clock());
        feeds = new FeedImporter(importer, library.feeds(), library.fetchQueue(), fetcher, web,
                library.clock());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void rssItemsUseFullContentOrTheirLinkAndAreTakenOnce() {
        List<ImportOutcome> first = feeds.importFeed(base + "/rss");
        assertThat(first).hasSize(2);
        Article budget = stored(first.get(0));
        assertThat(budget.title()).isEqualTo("Council approves budget");
        assertThat(budget.byline()).isEqualTo("Maria Gonzalez");
        assertThat(budget.published()).isEqualTo(Instant.parse("2026-08-14T22:15:00Z"));
        assertThat(budget.sourceUrl()).isEqualTo(base + "/budget");
        assertThat(budget.body()).startsWith(PARA).contains("\n\nWhat changes\n\n").doesNotContain("teaser");
        Article bridge = stored(first.get(1)); // a teaser only: the link was fetched
        assertThat(bridge.title()).isEqualTo("Bridge reopens");
        assertThat(bridge.body()).startsWith("The old bridge reopened on Monday");

        assertThat(library.feeds().all()).singleElement().satisfies(f -> assertThat(f.title()).isEqualTo("The Ledger"));
        List<ImportOutcome> again = feeds.refreshAll();
        assertThat(again).hasSize(2).allMatch(ImportOutcome.Duplicate.class::isInstance);
        assertThat(library.articles().count()).isEqualTo(2);
    }

    @Test
    void atomEntriesWithHtmlContent() {
        List<ImportOutcome> out = feeds.importFeed(base + "/atom");
        Article a = stored(out.get(0));
        assertThat(a.title()).isEqualTo("上海腦中心啟動");
        assertThat(a.byline()).isEqualTo("記者王小明");
        assertThat(a.language()).isEqualTo("zh-Hant");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-04-03T02:00:00Z"));
        assertThat(a.body()).startsWith("上海腦科學與類腦研究中心已開始了實質性建設");
    }

    @Test
    void somethingElseIsNotAFeed() {
        assertThat(feeds.importFeed(base + "/not-a-feed")).singleElement().isEqualTo(
                new ImportOutcome.Failed(base + "/not-a-feed", "not an RSS or Atom feed"));
        assertThat(library.feeds().all()).isEmpty();
    }

    @Test
    void aDescriptionOnlyItemRelativeLinksARepeatedIdAndAnItemWithNothing() {
        List<ImportOutcome> out = feeds.importFeed(base + "/news/rss");
        assertThat(out).hasSize(4);
        Article ferry = stored(out.get(0)); // RSS 2.0 allows an item that is only a description
        assertThat(ferry.body()).isEqualTo("The harbour ferry resumes on Monday after the storm, the port authority said.");
        assertThat(ferry.title()).isEqualTo("The harbour ferry resumes on Monday after the storm, the po…");
        assertThat(ferry.published()).isEqualTo(Instant.parse("2023-11-24T18:28:36Z"));
        Article bridge = stored(out.get(1)); // "../bridge" against the feed's address
        assertThat(bridge.sourceUrl()).isEqualTo(base + "/bridge");
        assertThat(out.get(2)).isInstanceOfSatisfying(ImportOutcome.Duplicate.class,
                d -> assertThat(d.existingId()).isEqualTo(bridge.id())); // the same <guid>: the stored article
        assertThat(out.get(3)).isInstanceOfSatisfying(ImportOutcome.Failed.class, f -> assertThat(f.problem())
                .isEqualTo("the item has no text (no content, description or summary) and no link to fetch it from"));
    }

    @Test
    void xmlBaseOnTheFeedAndTheEntryResolveALink() {
        List<ImportOutcome> out = feeds.importFeed(base + "/based");
        // a summary alone with a link: the link is fetched, from news/stories/../../bridge
        assertThat(stored(out.get(0)).sourceUrl()).isEqualTo(base + "/bridge");
    }

    @Test
    void emptyRssAndEmptyAtomAreAlike() {
        assertThat(feeds.importFeed(base + "/empty-rss")).isEmpty();
        assertThat(feeds.importFeed(base + "/empty-atom")).isEmpty();
        assertThat(library.feeds().all()).hasSize(2);
    }
}
