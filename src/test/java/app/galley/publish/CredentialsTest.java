package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.model.OutboxJob;
import app.galley.store.Library;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored passwords stay with their site: the origin and user they were given for, not a target's
 * name. Two local servers stand in for the real site and another one; what reaches the other is
 * recorded, and must be nothing.
 */
class CredentialsTest {

    @TempDir
    Path tmp;

    private HttpServer real;
    private HttpServer other;
    private final List<String> realRequests = new CopyOnWriteArrayList<>();
    private final List<String> otherRequests = new CopyOnWriteArrayList<>();

    private static HttpServer server(List<String> log, int status, String location) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", ex -> {
            log.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " auth="
                    + ex.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"code\":\"x\",\"message\":\"no\"}".getBytes(StandardCharsets.UTF_8);
            if (location != null) {
                ex.getResponseHeaders().add("Location", location);
            }
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        s.start();
        return s;
    }

    private static String url(HttpServer s) {
        return "http://127.0.0.1:" + s.getAddress().getPort();
    }

    @BeforeEach
    void servers() throws Exception {
        other = server(otherRequests, 401, null);
    }

    @AfterEach
    void stop() {
        other.stop(0);
        if (real != null) {
            real.stop(0);
        }
    }

    @Test
    void aPasswordBelongsToTheOriginAndUserNotToTheTargetsName() throws Exception {
        Credentials c = new Credentials(tmp.resolve("credentials.properties"));
        c.save("https://news.example.com/", "editor", "secret-1");
        assertThat(c.password("https://NEWS.example.com:443/wp", "editor")).contains("secret-1");
        assertThat(c.password("http://news.example.com", "editor")).isEmpty();
        assertThat(c.password("https://news.example.com:8443", "editor")).isEmpty();
        assertThat(c.password("https://news.example.com", "reporter")).isEmpty();
        assertThat(c.password("https://news.example.com.evil.test", "editor")).isEmpty();
    }

    @Test
    void aRePointedTargetAsksForThePasswordAndNeverSendsTheOldOne() throws Exception {
        Credentials c = new Credentials(tmp.resolve("credentials.properties"));
        try (Library lib = Library.openEmbedded(tmp.resolve("lib"))) {
            OutboxService outbox = new OutboxService(lib.outbox(), app.galley.publish.ExportSource.of(lib), lib.clock(), c, Duration.ofSeconds(5));
            outbox.saveTarget("site", "https://news.example.com", "editor", "secret-1");
            long id = ExportFixture.sample(lib);
            // a colleague re-points the target without a password: refused
            assertThatThrownBy(() -> outbox.saveTarget("site", url(other), "editor", ""))
                    .hasMessageContaining("give its Application Password");
            // the shared library is changed behind Galley's back: the job finds no password for that site
            lib.outbox().saveTarget("site", "wordpress", url(other), "editor");
            OutboxJob job = outbox.publish(id, "site", "draft");
            outbox.sendDue();
            OutboxJob after = lib.outbox().job(job.id()).orElseThrow();
            assertThat(after.state()).isEqualTo(OutboxJob.State.FAILED);
            assertThat(after.lastError()).contains("no password for editor at http://127.0.0.1:");
            assertThat(otherRequests).isEmpty();
            assertThat(outbox.maskedPassword(lib.outbox().targets().get(0))).isEmpty();
        }
    }

    @Test
    void aLibraryMadeBySomeoneElseGetsNoneOfMyPasswords() throws Exception {
        Credentials mine = new Credentials(tmp.resolve("credentials.properties"));
        mine.save("https://news.example.com", "editor", "secret-1");
        try (Library theirs = Library.openEmbedded(tmp.resolve("their-lib"))) {
            // their library names its target like mine, and points it at their server
            theirs.outbox().saveTarget("news.example.com", "wordpress", url(other), "editor");
            OutboxService outbox = new OutboxService(theirs.outbox(), app.galley.publish.ExportSource.of(theirs), theirs.clock(), mine, Duration.ofSeconds(5));
            OutboxJob job = outbox.publish(ExportFixture.sample(theirs), "news.example.com", "publish");
            outbox.sendDue();
            assertThat(theirs.outbox().job(job.id()).orElseThrow().state()).isEqualTo(OutboxJob.State.FAILED);
            assertThat(otherRequests).isEmpty();
        }
    }

    @Test
    void aRedirectToAnotherOriginCarriesNeitherThePasswordNorThePost() throws Exception {
        real = server(realRequests, 307, url(other) + "/wp-json/wp/v2/users/me?context=edit");
        WordPressClient wp = new WordPressClient(url(real), "editor", "secret-1", Duration.ofSeconds(5));
        assertThatThrownBy(wp::checkLogin).isInstanceOf(PublishException.class)
                .hasMessageContaining("redirected to another address").hasMessageContaining(url(other));
        assertThat(realRequests).hasSize(1);
        assertThat(otherRequests).isEmpty();
    }

    @Test
    void aPlainHttpAddressIsWarnedAbout() {
        assertThat(OutboxService.warning("http://news.example.com")).isPresent();
        assertThat(OutboxService.warning("https://news.example.com")).isEmpty();
        assertThat(OutboxService.warning("http://127.0.0.1:8491")).isEmpty();
        assertThat(OutboxService.warning("http://")).isPresent(); // half typed: no error
    }
}
