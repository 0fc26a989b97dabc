package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.LibraryTestBase;
import app.galley.TestFiles;
import app.galley.analyze.AnnotationService;
import app.galley.model.Article;
import app.galley.model.OutboxJob;
import app.galley.model.Publication;
import app.galley.model.Verdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where a ClaimReview says the fact-check is: the article's published post first, else the newsroom's pattern. */
class ClaimReviewAddressTest extends LibraryTestBase {

    private JsonNode reviews(Services services, Article a) throws Exception {
        return new ObjectMapper().readTree(services.exports().factCheck(a, ExportService.FactCheckFormat.CLAIM_REVIEW, null));
    }

    @Test
    void thePublishedPostComesBeforeTheAddressPattern() throws Exception {
        Services services = Services.of(library);
        Article a = stored(services.imports().importFile(TestFiles.samplePath()));
        AnnotationService checker = services.annotations("Mei Lin");
        checker.setVerdict(checker.annotate(a, AnnotationService.analyse(a.body()).quotes().get(0)), Verdict.VERIFIED);
        services.settings().setNewsroom(new SettingsService.Newsroom("Galley Daily", "https://news.example.com",
                "https://news.example.com/fact-check/{id}"));
        assertThat(reviews(services, a).get(0).path("url").asText())
                .startsWith("https://news.example.com/fact-check/" + a.id() + "#annotation-");

        var target = library.outbox().saveTarget("site", "wordpress", "https://news.example.com", "desk");
        OutboxJob job = library.outbox().enqueue(a.id(), target.id(), OutboxJob.Action.PUBLISH, "publish");
        library.outbox().published(job.id(), new Publication(a.id(), target.id(), 7, "https://news.example.com/?p=7",
                "publish", Instant.parse("2026-12-03T10:00:00Z")));
        assertThat(reviews(services, a).get(0).path("url").asText()).startsWith("https://news.example.com/?p=7#annotation-");
    }
}
