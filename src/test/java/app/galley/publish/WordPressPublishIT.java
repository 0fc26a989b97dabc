package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.OutboxJob;
import app.galley.model.Publication;
import app.galley.model.PublishTarget;
import app.galley.TestClock;
import app.galley.store.Library;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing to a real WordPress (Debian's packages, started on 127.0.0.1 by
 * src/test/scripts/wordpress.sh, stopped afterwards): create, update, tags, a Chinese round trip,
 * the site going down mid-outbox (jobs wait, then go out once), an interrupted send (no duplicate),
 * a wrong password (a clear error, the job stopped).
 */
class WordPressPublishIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WordPressSite site;

    @TempDir
    Path tmp;
    private Library library;
    private Credentials credentials;
    private final TestClock now = new TestClock("2026-11-29T08:00:00Z");
    private OutboxService outbox;
    private long sample;

    @BeforeAll
    static void startWordPress() throws Exception {
        site = WordPressSite.start();
    }

    @AfterAll
    static void stopWordPress() throws Exception {
        site.stop();
    }

    @BeforeEach
    void open() throws IOException {
        library = Library.openEmbedded(tmp.resolve("lib"), now);
        credentials = new Credentials(tmp.resolve("config/credentials.properties"));
        outbox = new OutboxService(library.outbox(), app.galley.publish.ExportSource.of(library), library.clock(), credentials, Duration.ofSeconds(20));
        outbox.saveTarget("site", site.url(), site.user(),
                site.password());
        sample = ExportFixture.sample(library);
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** What the site has for a post (context=edit: raw title and terms). */
    private JsonNode remote(String path) throws Exception {
        String auth = Base64.getEncoder().encodeToString((site.user() + ":"
                + site.password()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(site.url() + "/wp-json/wp/v2/" + path)).header("Authorization", "Basic " + auth)
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private JsonNode postsWithSlug(String slug) throws Exception {
        return remote("posts?context=edit&status=any&slug=" + slug);
    }

    private String slug() {
        return "galley-" + sample;
    }

    private PublishTarget target() {
        return library.outbox().target("site").orElseThrow();
    }

    @Test
    void createThenUpdateTheSamePostWithTagsAndAChineseTitle() throws Exception {
        cleanSlug(); // each test has its own library, so article ids (and slugs) repeat
        OutboxJob job = outbox.publish(sample, "site", "publish");
        assertThat(job.state()).isEqualTo(OutboxJob.State.WAITING); // stored before anything is sent
        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(library.outbox().job(job.id()).orElseThrow().state()).isEqualTo(OutboxJob.State.DONE);
        Publication p = library.outbox().publication(sample, target().id()).orElseThrow();
        JsonNode post = remote("posts/" + p.remoteId() + "?context=edit");
        assertThat(post.at("/title/raw").asText()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(post.get("status").asText()).isEqualTo("publish");
        assertThat(post.at("/content/raw").asText()).contains("<h2>尋求體制突破</h2>");
        assertThat(p.remoteUrl()).startsWith(site.url());
        List<String> tagNames = new java.util.ArrayList<>();
        for (JsonNode id : post.get("tags")) {
            tagNames.add(remote("tags/" + id.asLong()).get("name").asText());
        }
        assertThat(tagNames).containsExactlyInAnyOrder("張旭", "上海", "腦計劃");
        JsonNode category = remote("categories/" + post.at("/categories/0").asLong());
        assertThat(category.get("name").asText()).isEqualTo("科學與科技");

        // publishing again updates the same post; unpublishing moves it back to draft
        outbox.publish(sample, "site", "publish");
        outbox.sendDue();
        assertThat(postsWithSlug(slug())).hasSize(1);
        outbox.unpublish(sample, "site");
        outbox.sendDue();
        assertThat(remote("posts/" + p.remoteId() + "?context=edit").get("status").asText()).isEqualTo("draft");
        assertThat(library.outbox().publication(sample, target().id()).orElseThrow().remoteStatus()).isEqualTo("draft");
    }

    @Test
    void aSiteDownMidOutboxKeepsTheJobsWaitingThenSendsThemOnce() throws Exception {
        cleanSlug();
        site.down();
        try {
            OutboxJob job = outbox.publish(sample, "site", "draft");
            outbox.sendDue();
            OutboxJob waiting = library.outbox().job(job.id()).orElseThrow();
            assertThat(waiting.state()).isEqualTo(OutboxJob.State.WAITING);
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.lastError()).contains("cannot reach the site");
            assertThat(waiting.nextAttempt()).isEqualTo(now.instant().plusSeconds(10));
            // not due yet: nothing is sent
            assertThat(outbox.sendDue()).isZero();
            now.advance(Duration.ofSeconds(11));
            outbox.sendDue();
            assertThat(library.outbox().job(job.id()).orElseThrow().nextAttempt()).isEqualTo(now.instant().plusSeconds(20));
        } finally {
            site.up();
        }
        // a restart of Galley meanwhile: the job is still there, in the database
        library.close();
        now.advance(Duration.ofSeconds(60));
        library = Library.openEmbedded(tmp.resolve("lib"), now);
        outbox = new OutboxService(library.outbox(), app.galley.publish.ExportSource.of(library), library.clock(), credentials, Duration.ofSeconds(20));
        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(outbox.jobs().get(0).state()).isEqualTo(OutboxJob.State.DONE);
        assertThat(postsWithSlug(slug())).hasSize(1);
        assertThat(outbox.sendDue()).isZero();
        assertThat(postsWithSlug(slug())).hasSize(1);
    }

    @Test
    void aSendInterruptedAfterTheSiteCreatedThePostMakesNoSecondPost() throws Exception {
        cleanSlug();
        OutboxJob job = outbox.publish(sample, "site", "draft");
        // the site got the post, then Galley stopped before recording it: the job is left SENDING
        library.outbox().claimDue(now.instant());
        String password = credentials.password(site.url(), site.user()).orElseThrow();
        new WordPressClient(site.url(), site.user(), password, Duration.ofSeconds(20))
                .save(null, OutboxService.post(Exportable.load(library, sample), "draft"));
        assertThat(postsWithSlug(slug())).hasSize(1);
        assertThat(outbox.resumeInterrupted()).isEqualTo(1);
        outbox.sendDue();
        assertThat(library.outbox().job(job.id()).orElseThrow().state()).isEqualTo(OutboxJob.State.DONE);
        assertThat(postsWithSlug(slug())).hasSize(1);
        assertThat(library.outbox().publication(sample, target().id()).orElseThrow().remoteId())
                .isEqualTo(postsWithSlug(slug()).get(0).get("id").asLong());
    }

    @Test
    void aWrongPasswordStopsTheJobWithTheSitesMessage() throws Exception {
        outbox.saveTarget("site", site.url(), site.user(), "abcd efgh ijkl mnop qrst uvwx");
        OutboxJob job = outbox.publish(sample, "site", "draft");
        outbox.sendDue();
        OutboxJob stopped = library.outbox().job(job.id()).orElseThrow();
        assertThat(stopped.state()).isEqualTo(OutboxJob.State.FAILED);
        assertThat(stopped.lastError()).contains("does not accept the user or its Application Password")
                .contains("refused it (401");
        assertThat(outbox.sendDue()).isZero(); // stopped jobs are not retried by themselves
        // the password file is the user's alone, and the library holds no password
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials.file()))).isEqualTo("rw-------");
        try (var files = Files.walk(tmp.resolve("lib"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("abcd efgh ijkl");
            }
        }
        // the right password again, and a retry from the outbox sends it
        outbox.saveTarget("site", site.url(), site.user(),
                site.password());
        outbox.retry(job.id());
        outbox.sendDue();
        assertThat(library.outbox().job(job.id()).orElseThrow().state()).isEqualTo(OutboxJob.State.DONE);
    }

    @Test
    void fromTheCommandLine() throws Exception {
        cleanSlug();
        library.close();
        String db = tmp.resolve("lib").toString();
        String previous = System.getProperty("galley.config");
        System.setProperty("galley.config", tmp.resolve("config").toString());
        try {
            String[] published = app.galley.cli.CliRun.run("publish", "--db", db, Long.toString(sample), "--target", "site", "--status", "pending");
            assertThat(published[0]).as(published[2]).isEqualTo("0");
            assertThat(published[1]).contains("#" + sample + " job 1: done -> post ");
            assertThat(postsWithSlug(slug()).get(0).get("status").asText()).isEqualTo("pending");
            String[] jobs = app.galley.cli.CliRun.run("outbox", "--db", db, "--json");
            JsonNode list = JSON.readTree(jobs[1]);
            assertThat(list.get(0).get("state").asText()).isEqualTo("done");
            assertThat(list.get(0).get("target").asText()).isEqualTo("site");
            assertThat(list.get(0).get("url").asText()).startsWith(site.url());
            String[] targets = app.galley.cli.CliRun.run("targets", "--db", db);
            assertThat(targets[1]).contains("site  " + site.url() + "  editor  password ••••")
                    .doesNotContain(site.password());
            String[] unknown = app.galley.cli.CliRun.run("publish", "--db", db, Long.toString(sample), "--target", "nowhere");
            assertThat(unknown[0]).isEqualTo("1");
            assertThat(unknown[2]).contains("no publishing target \"nowhere\"");
        } finally {
            if (previous == null) {
                System.clearProperty("galley.config");
            } else {
                System.setProperty("galley.config", previous);
            }
            library = Library.openEmbedded(tmp.resolve("lib"));
        }
    }

    /** Deletes the posts with this test's slug left by an earlier test (ids repeat across libraries). */
    private void cleanSlug() throws Exception {
        String auth = Base64.getEncoder().encodeToString((site.user() + ":"
                + site.password()).getBytes(StandardCharsets.UTF_8));
        for (JsonNode p : postsWithSlug(slug())) {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url()
                    + "/wp-json/wp/v2/posts/" + p.get("id").asLong() + "?force=true")).header("Authorization", "Basic " + auth)
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(postsWithSlug(slug())).isEmpty();
    }
}
