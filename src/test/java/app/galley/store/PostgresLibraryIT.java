package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.analyze.AnnotationService;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.TagKind;
import app.galley.model.Verdict;
import app.galley.service.Services;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's schema and everyday writes on a real PostgreSQL (Debian's package, started by
 * src/test/scripts/postgres.sh): the same Flyway migrations as H2, then an import, tags, an annotation
 * with a verdict, a cleaning and a second open that finds the schema current. The ground for the
 * team library (issue 22).
 */
class PostgresLibraryIT {

    private static PostgresServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyMigrationRunsAndTheEverydayWritesWork() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
        long id;
        try (Library lib = Library.open(server.dataSource(), server.url(), clock)) {
            assertThat(SchemaVersion.current(server.dataSource())).isTrue();
            Services services = Services.of(lib);
            ImportOutcome outcome = services.imports().importFile(TestFiles.samplePath());
            assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
            id = ((ImportOutcome.Imported) outcome).articleId();
            Article a = lib.articles().find(id).orElseThrow();
            assertThat(a.title()).isEqualTo(TestFiles.SAMPLE_TITLE);
            // the same file again is the same article
            assertThat(services.imports().importFile(TestFiles.samplePath())).isInstanceOf(ImportOutcome.Duplicate.class);

            services.tags().add(java.util.List.of(id), services.tags().subject("medtop:13000000"));
            services.tags().add(java.util.List.of(id), services.tags().tag(TagKind.PERSON, "張旭", null));
            assertThat(lib.tags().ofArticle(id)).hasSize(2);

            AnnotationService checker = services.annotations("Mei Lin");
            var quote = AnnotationService.analyse(a.body()).quotes().get(0);
            var judged = checker.setVerdict(checker.annotate(a, quote), Verdict.VERIFIED);
            assertThat(checker.verdictGivers(a)).containsEntry(judged.id(), "Mei Lin");

            var cleaning = services.cleaning();
            cleaning.save(a, cleaning.preview(a), change -> true);
            assertThat(lib.articles().find(id).orElseThrow().body()).contains("整合並且");
        }
        // opened again: nothing to migrate, everything there
        try (Library lib = Library.open(server.dataSource(), server.url(), clock)) {
            assertThat(lib.articles().count()).isEqualTo(1);
            assertThat(lib.annotations().forArticle(id)).hasSize(1);
        }
    }
}
