package app.galley.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.model.ArticleSummary;
import app.galley.ui.app.GalleyFxTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Web addresses from the window, against a real HTTP server on 127.0.0.1. */
class WebImportTest extends GalleyFxTest {

    private HttpServer server;
    private String base;
    private final AtomicBoolean down = new AtomicBoolean(true);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/story", ex -> send(ex, 200, page("Council approves budget")));
        server.createContext("/flaky", ex -> {
            if (down.get()) {
                send(ex, 503, "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, page("Bridge reopens"));
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static byte[] page(String title) {
        return ("<html><head><title>" + title + " | Ledger</title></head><body><article><h1>" + title + "</h1><p>"
                + title + ": the city said on Tuesday that the work, which took two years, was finished ahead of"
                + " schedule and under budget.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(com.sun.net.httpserver.HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void waitForImport() throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().imports().importingProperty().get()
                && window.viewModel().imports().lastReportProperty().get() != null);
        settle();
        interact(() -> window.viewModel().imports().lastReportProperty().set(null));
    }

    @Test
    void aWebAddressTypedInTheDialogIsImported() throws Exception {
        clickOn("#importUrlButton");
        clickOn("#addressField").write(base + "/story");
        clickOn("OK");
        waitForImport();
        assertThat(window.viewModel().visibleArticles()).extracting(ArticleSummary::title)
                .containsExactly("Council approves budget");
    }

    @Test
    void anUnreachableAddressWaitsAndIsRetriedFromTheStatusBar() throws Exception {
        interact(() -> window.viewModel().imports().importUrls(java.util.List.of(base + "/flaky")));
        waitForImport();
        Hyperlink queue = lookup("#queueLink").queryAs(Hyperlink.class);
        assertThat(queue.isVisible()).isTrue();
        assertThat(queue.getText()).isEqualTo("1 web address waiting");
        assertThat(window.viewModel().visibleArticles()).isEmpty();

        down.set(false); // the network is back
        clickOn(queue);
        waitForImport();
        assertThat(window.viewModel().visibleArticles()).extracting(ArticleSummary::title).containsExactly("Bridge reopens");
        assertThat(queue.isVisible()).isFalse();
        assertThat(library.fetchQueue().count()).isZero();
    }

    @Test
    void pastingAnAddressFetchesItAndPastingHtmlExtractsIt() throws Exception {
        interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(base + "/story");
            Clipboard.getSystemClipboard().setContent(c);
        });
        clickOn("#table");
        push(KeyCode.SHORTCUT, KeyCode.V);
        waitForImport();
        interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putHtml("<html><body><nav><a href='/'>Home</a></nav><article><h1>Pasted page</h1><p>A pasted story: the"
                    + " mayor said on Monday that the new library will open in the spring, two months late.</p>"
                    + "</article></body></html>");
            c.putString("A pasted story");
            Clipboard.getSystemClipboard().setContent(c);
        });
        clickOn("#table");
        push(KeyCode.SHORTCUT, KeyCode.V);
        waitForImport();
        assertThat(window.viewModel().visibleArticles()).extracting(ArticleSummary::title)
                .containsExactlyInAnyOrder("Council approves budget", "Pasted page");
        assertThat(lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("1 imported, 0 duplicates, 0 failed");
    }
}
