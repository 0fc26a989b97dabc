package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A web read has a deadline for the whole answer, and a malformed answer is that address's error. */
class WebFetcherDeadlineTest {

    private ServerSocket server;
    private Thread serving;

    /** A server on loopback that answers every connection with {@code answer}, bounded in count and time. */
    private URI serve(Consumer<OutputStream> answer) throws Exception {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        serving = new Thread(() -> {
            for (int i = 0; i < 5 && !server.isClosed(); i++) {
                try (Socket s = server.accept()) {
                    s.setSoTimeout(10_000);
                    s.getInputStream().read(new byte[8192]);
                    answer.accept(s.getOutputStream());
                } catch (Exception e) {
                    return;
                }
            }
        });
        serving.setDaemon(true);
        serving.start();
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/page.html");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        serving.join(15_000);
    }

    private static void write(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void aBodyDrippingInByteByByteIsGivenUpAtTheDeadline() throws Exception {
        URI uri = serve(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n");
            for (int i = 0; i < 20; i++) {
                write(out, "<");
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        WebFetcher fetcher = new WebFetcher(Duration.ofSeconds(1), 1024 * 1024);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(uri)).isInstanceOfSatisfying(WebFetcher.FetchProblem.class, p -> {
            assertThat(p.getMessage()).isEqualTo("the whole answer did not arrive within 3 s");
            assertThat(p.retryable()).isTrue();
        });
        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(6).toNanos());
    }

    @Test
    void aMalformedContentLengthIsThatAddresssError() throws Exception {
        URI uri = serve(out -> write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: abc\r\n\r\n<p>x</p>"));
        WebFetcher fetcher = new WebFetcher(Duration.ofSeconds(2), 1024 * 1024);
        assertThatThrownBy(() -> fetcher.fetch(uri)).isInstanceOfSatisfying(WebFetcher.FetchProblem.class, p -> {
            assertThat(p.getMessage()).containsAnyOf("bad Content-Length", "malformed");
            assertThat(p.retryable()).isFalse();
        });
    }

    @Test
    void aWholeAnswerInTimeIsRead() throws Exception {
        String page = "<html><body><p>完整的頁面</p></body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        URI uri = serve(out -> write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + bytes.length + "\r\n\r\n" + page));
        WebFetcher.Fetched f = new WebFetcher(Duration.ofSeconds(2), 1024 * 1024).fetch(uri);
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(page);
        assertThat(f.charset()).isEqualTo("utf-8");
        assertThat(f.mediaType()).isEqualTo("text/html");
    }
}
