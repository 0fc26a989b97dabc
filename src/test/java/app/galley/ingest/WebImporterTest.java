package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.LibraryTestBase;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.QueuedFetch;
import app.galley.store.Library;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web addresses against a real HTTP server on 127.0.0.1 (the JDK's). */
class WebImporterTest extends LibraryTestBase {

    private static final String PARA = "The city council approved the budget early Thursday, after a nine-hour meeting"
            + " in which members argued over police funding, school repairs and a new bridge.";

    private HttpServer server;
    private String base;
    private WebImporter web;
    private final AtomicBoolean serverBroken = new AtomicBoolean(true);
    private final java.util.concurrent.atomic.AtomicInteger imageRequests = new java.util.concurrent.atomic.AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T10:00:00Z"));

    private static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] page(String title, String text) {
        return ("<html><head><title>" + title + " | The Ledger</title></head><body><nav><a href=/>Home</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/story", ex -> send(ex, 200, "text/html; charset=utf-8", page("Budget vote", PARA)));
        server.createContext("/big5", ex -> {
            String html = "<html><head><title>" + TestFiles.SAMPLE_TITLE + "</title></head><body><p>"
                    + TestFiles.sampleText().split("\n\n")[3] + "</p></body></html>";
            send(ex, 200, "text/html; charset=big5", html.getBytes(Charset.forName("Big5")));
        });
        server.createContext("/old", ex -> {
            ex.getResponseHeaders().set("Location", base + "/moved");
            send(ex, 301, null, new byte[0]);
        });
        server.createContext("/moved", ex -> send(ex, 200, "text/html", page("Moved story", PARA.replace("council", "board"))));
        server.createContext("/flaky", ex -> {
            if (serverBroken.get()) {
                send(ex, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, "text/html", page("Back online", PARA.replace("budget", "plan")));
            }
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", page("Too late", PARA));
        });
        server.createContext("/huge", ex -> send(ex, 200, "text/html", new byte[3 * 1024 * 1024]));
        server.createContext("/pictured", ex -> send(ex, 200, "text/html; charset=utf-8", ("<html><body><article><h1>Bridge"
                + " reopens</h1><p>" + PARA + "</p><figure><img src=\"/img/bridge.jpg?w=800\"><figcaption>The bridge at"
                + " dawn</figcaption></figure><p>" + PARA + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8)));
        server.createContext("/img", ex -> {
            imageRequests.incrementAndGet();
            send(ex, 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        });
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now.get();
            }
        };
        web = new WebImporter(importer, library.fetchQueue(),
                new WebFetcher(Duration.ofSeconds(1), 1024 * 1024), clock);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPageIsFetchedAndItsArticleKept() {
        Article a = stored(web.importUrl(base + "/story"));
        assertThat(a.title()).isEqualTo("Budget vote");
        assertThat(a.body()).isEqualTo(PARA);
        assertThat(a.sourceUrl()).isEqualTo(base + "/story");
        assertThat(library.articles().original(a.id()).orElseThrow().location()).isEqualTo(base + "/story");
    }

    @Test
    void aPagesImagesAreKeptAsTheirAddressesWithoutFetchingThem() {
        Article a = stored(web.importUrl(base + "/pictured"));
        var files = library.attachments().of(a.id());
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.reference()).isEqualTo(base + "/img/bridge.jpg?w=800");
            assertThat(f.name()).isEqualTo("bridge.jpg");
            assertThat(f.mediaType()).isEqualTo("image/jpeg");
            assertThat(f.size()).isZero();
            assertThat(f.caption()).isEqualTo("The bridge at dawn");
        });
        assertThat(imageRequests.get()).isZero();
    }

    @Test
    void theCharsetComesFromTheHeader() {
        Article a = stored(web.importUrl(base + "/big5"));
        assertThat(a.title()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(a.body()).contains("第一財經記者日前獲悉");
        assertThat(library.articles().original(a.id()).orElseThrow().charset()).isEqualTo("Big5");
    }

    @Test
    void redirectsAreFollowed() {
        Article a = stored(web.importUrl(base + "/old"));
        assertThat(a.title()).isEqualTo("Moved story");
        assertThat(a.sourceUrl()).isEqualTo(base + "/moved");
    }

    @Test
    void permanentProblemsFailAndAreNotQueued() {
        assertThat(web.importUrl(base + "/missing")).isEqualTo(
                new ImportOutcome.Failed(base + "/missing", "the server answered 404 (not found)"));
        assertThat(web.importUrl(base + "/huge")).isInstanceOfSatisfying(ImportOutcome.Failed.class,
                f -> assertThat(f.problem()).isEqualTo("too large: 3.0 MB (the limit is 1.0 MB)"));
        assertThat(web.importUrl("ftp://example.com/x")).isInstanceOf(ImportOutcome.Failed.class);
        assertThat(library.fetchQueue().count()).isZero();
    }

    @Test
    void aTimeoutOrServerErrorIsQueuedAndRetriedWhenTheServerIsBack() {
        assertThat(web.importUrl(base + "/slow")).isEqualTo(
                new ImportOutcome.Queued(base + "/slow", "no answer within 1 s"));
        assertThat(web.importUrl(base + "/flaky")).isEqualTo(
                new ImportOutcome.Queued(base + "/flaky", "the server answered 500"));
        assertThat(library.fetchQueue().all()).extracting(QueuedFetch::url)
                .containsExactly(base + "/slow", base + "/flaky");

        // not due yet: nothing is tried
        assertThat(web.retryDue()).isEmpty();

        // a minute later the server works again
        serverBroken.set(false);
        now.set(now.get().plus(Duration.ofMinutes(2)));
        var outcomes = web.retryDue();
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(ImportOutcome.Imported.class::isInstance).singleElement()
                .extracting(ImportOutcome::source).isEqualTo(base + "/flaky");
        // the slow one is still slow: it stays queued, with a longer wait
        assertThat(library.fetchQueue().all()).singleElement().satisfies(q -> {
            assertThat(q.url()).isEqualTo(base + "/slow");
            assertThat(q.attempts()).isEqualTo(2);
            assertThat(q.nextAttempt()).isEqualTo(now.get().plus(Duration.ofMinutes(5)));
        });
    }

    @Test
    void anUnreachableServerIsQueued() throws IOException {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // closed again: nothing listens there
        }
        ImportOutcome outcome = web.importUrl("http://127.0.0.1:" + port + "/story");
        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Queued.class,
                q -> assertThat(q.problem()).isEqualTo("cannot reach the server (offline?)"));
    }
}
