package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.model.Article;
import app.galley.model.ArticleDraft;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.model.ImportOutcome;
import app.galley.model.LengthUnit;
import app.galley.model.Original;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    @TempDir
    Path dir;

    static ArticleDraft draft(String title, String body) {
        byte[] bytes = (title + "\n\n" + body).getBytes(StandardCharsets.UTF_8);
        return new ArticleDraft(title, "sub", "記者王小明", "第一財經", "https://example.com/a", "zh-Hant",
                Instant.parse("2026-04-03T08:00:00Z"), body, new Original(bytes, "text/plain", "UTF-8", "a.txt"));
    }

    @Test
    void migratesANewLibraryAndKnowsItIsNew() throws Exception {
        try (Library lib = Library.openEmbedded(dir)) {
            assertThat(lib.createdNew()).isTrue();
            assertThat(Files.exists(dir.resolve("galley.mv.db"))).isTrue();
            List<String> tables = new ArrayList<>();
            try (Connection c = lib.dataSource().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT LOWER(table_name) FROM information_schema.tables"
                         + " WHERE table_schema = 'PUBLIC'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("article", "article_original", "tag", "article_tag", "revision",
                    "library_setting", "flyway_schema_history");
        }
        try (Library again = Library.openEmbedded(dir)) {
            assertThat(again.createdNew()).isFalse();
        }
    }

    @Test
    void aLibraryMadeByAnEarlierVersionKeepsItsRepostIndexWhenUpgraded() throws Exception {
        // a library at schema 3, with an article and its band rows written the way version 3 wrote them
        String url = "jdbc:h2:file:" + dir.resolve("galley") + ";AUTO_SERVER=TRUE";
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target("3").load().migrate();
        long[] bands = {11L, 22L, 33L};
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO article (id, title, status, body, length_value, length_unit, content_hash,"
                    + " created, updated, version) VALUES (7, 't', 'INBOX', 'b', 1, 'WORDS', 'h',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            st.executeUpdate("INSERT INTO article_signature (article_id, signature) VALUES (7, X'00010203')");
            for (int b = 0; b < bands.length; b++) {
                st.executeUpdate("INSERT INTO article_band (band, band_hash, article_id) VALUES (" + b + ", "
                        + bands[b] + ", 7)");
            }
        }
        try (Library lib = Library.openEmbedded(dir)) {
            assertThat(lib.createdNew()).isFalse();
            assertThat(lib.similarity().candidates(new long[] {99L, 22L}, -1)).containsOnlyKeys(7L);
            assertThat(lib.similarity().candidates(new long[] {99L}, -1)).isEmpty();
        }
    }

    @Test
    void storesAndReadsBackAnArticleWithItsOriginalAndFirstRevision() {
        try (Library lib = Library.openEmbedded(dir)) {
            ArticleDraft d = draft("標題", "第一段。\n\n第二段。");
            ImportOutcome outcome = lib.articles().insert(d, "hash-1", "a.txt");
            assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
            long id = ((ImportOutcome.Imported) outcome).articleId();

            Article a = lib.articles().find(id).orElseThrow();
            assertThat(a.title()).isEqualTo("標題");
            assertThat(a.subtitle()).isEqualTo("sub");
            assertThat(a.byline()).isEqualTo("記者王小明");
            assertThat(a.source()).isEqualTo("第一財經");
            assertThat(a.sourceUrl()).isEqualTo("https://example.com/a");
            assertThat(a.language()).isEqualTo("zh-Hant");
            assertThat(a.published()).isEqualTo(Instant.parse("2026-04-03T08:00:00Z"));
            assertThat(a.body()).isEqualTo("第一段。\n\n第二段。");
            assertThat(a.status()).isEqualTo(ArticleStatus.INBOX);
            assertThat(a.version()).isZero();
            assertThat(a.contentHash()).isEqualTo("hash-1");
            assertThat(a.created()).isNotNull().isEqualTo(a.updated());

            assertThat(lib.articles().original(id)).contains(d.original());
            assertThat(lib.articles().originalInfo(id)).contains(
                    new app.galley.model.OriginalInfo("a.txt", "text/plain", "UTF-8", d.original().size()));
            assertThat(lib.articles().revisions(id)).singleElement()
                    .satisfies(r -> assertThat(r.body()).isEqualTo(d.body()));

            ArticleSummary s = lib.articles().list().get(0);
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.length().unit()).isEqualTo(LengthUnit.CHARACTERS);
            assertThat(s.length().value()).isEqualTo(6);
        }
    }

    @Test
    void aRepostsFirstHeadlineAndOtherSourcesAreStoredAndEditedWithTheArticle() {
        try (Library lib = Library.openEmbedded(dir)) {
            ArticleDraft d = draft("高鐵延伸屏東定案", "交通部今天宣布。")
                    .withCredits("高鐵南延屏東拍板", List.of("每日頭條", "中央社"));
            long id = ((ImportOutcome.Imported) lib.articles().insert(d, "hash-c", "a.txt")).articleId();
            Article a = lib.articles().find(id).orElseThrow();
            assertThat(a.originalTitle()).isEqualTo("高鐵南延屏東拍板");
            assertThat(a.otherSources()).containsExactly("每日頭條", "中央社");

            Article edited = lib.revisions().save(id, a.version(), new app.galley.model.ArticleEdit(a.title(),
                    a.subtitle(), a.byline(), a.dateline(), a.source(), null, List.of("中央社"), a.language(),
                    a.body()), "credits", null);
            assertThat(edited.originalTitle()).isNull();
            assertThat(edited.otherSources()).containsExactly("中央社");
            // an edit of other fields keeps them
            Article retitled = lib.revisions().save(id, edited.version(),
                    app.galley.model.ArticleEdit.of(edited).withTitle("新標題"), "title", null);
            assertThat(retitled.otherSources()).containsExactly("中央社");

            // an article without credits reads back with none, not an empty name
            long plain = ((ImportOutcome.Imported) lib.articles().insert(draft("T", "body"), "hash-p", "b.txt"))
                    .articleId();
            assertThat(lib.articles().find(plain).orElseThrow().otherSources()).isEmpty();
        }
    }

    @Test
    void theSameContentHashIsReportedAsADuplicateAndNotStoredAgain() {
        try (Library lib = Library.openEmbedded(dir)) {
            long id = ((ImportOutcome.Imported) lib.articles().insert(draft("A", "body"), "h", "a.txt")).articleId();
            ImportOutcome again = lib.articles().insert(draft("A", "body"), "h", "b.txt");
            assertThat(again).isEqualTo(new ImportOutcome.Duplicate("b.txt", id, "A"));
            assertThat(lib.articles().count()).isEqualTo(1);
        }
    }

    @Test
    void aFailureHalfWayThroughAnInsertLeavesNothingBehind() {
        try (Library lib = Library.openEmbedded(dir)) {
            String tooLongLocation = "x".repeat(5000); // the original's location column holds 4000
            ArticleDraft d = new ArticleDraft("T", null, null, null, null, "en", null, "body",
                    new Original(new byte[] {1}, "text/plain", "UTF-8", tooLongLocation));
            assertThatThrownBy(() -> lib.articles().insert(d, "h", "a.txt")).isInstanceOf(StoreException.class);
            assertThat(lib.articles().count()).isZero();
            assertThat(lib.articles().list()).isEmpty();
        }
    }

    @Test
    void statusChangesUseOptimisticLocking() {
        try (Library lib = Library.openEmbedded(dir)) {
            long id = ((ImportOutcome.Imported) lib.articles().insert(draft("A", "body"), "h", "a")).articleId();
            Article edited = lib.articles().updateStatus(id, 0, ArticleStatus.EDITING);
            assertThat(edited.status()).isEqualTo(ArticleStatus.EDITING);
            assertThat(edited.version()).isEqualTo(1);
            assertThat(lib.pages().countByStatus()).containsEntry(ArticleStatus.EDITING, 1)
                    .containsEntry(ArticleStatus.INBOX, 0).hasSize(ArticleStatus.values().length);

            // a second editor still holding version 0 is refused, and nothing changes
            assertThatThrownBy(() -> lib.articles().updateStatus(id, 0, ArticleStatus.SPIKED))
                    .isInstanceOf(StaleArticleException.class);
            assertThat(lib.articles().find(id).orElseThrow().status()).isEqualTo(ArticleStatus.EDITING);
        }
    }

    @Test
    void twoOpenLibrariesOnOneFolderSeeEachOthersWrites() {
        try (Library first = Library.openEmbedded(dir); Library second = Library.openEmbedded(dir)) {
            long id = ((ImportOutcome.Imported) first.articles().insert(draft("From one", "b1"), "h1", "a"))
                    .articleId();
            assertThat(second.articles().find(id)).map(Article::title).contains("From one");
            second.articles().insert(draft("From two", "b2"), "h2", "b");
            assertThat(first.articles().list()).extracting(ArticleSummary::title)
                    .containsExactlyInAnyOrder("From one", "From two");
        }
        try (Library reopened = Library.openEmbedded(dir)) {
            assertThat(reopened.articles().count()).isEqualTo(2);
        }
    }

    @Test
    void librarySettingsPersist() {
        try (Library lib = Library.openEmbedded(dir)) {
            assertThat(lib.settings().get("x")).isEmpty();
            lib.settings().put("x", "1");
            lib.settings().put("x", "2");
        }
        try (Library lib = Library.openEmbedded(dir)) {
            assertThat(lib.settings().get("x")).contains("2");
        }
    }

    @Test
    void anUnwritableLocationGivesAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Library.openEmbedded(file.resolve("lib")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot create the library folder");
    }
}
