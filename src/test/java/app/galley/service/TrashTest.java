package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleOrder;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.search.SearchService;
import app.galley.store.Library;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Trash (issue 18), on a real library: a deleted article leaves every section, count, list and
 * search, keeps everything while it waits, comes back as it was, and goes for good, with all that
 * hangs on it, only when the Trash is emptied.
 */
class TrashTest {

    @TempDir
    Path dir;

    @Test
    void aDeletedArticleWaitsInTheTrashWholeAndComesBackAsItWas() throws Exception {
        try (Library lib = Library.openEmbedded(dir.resolve("lib")); SearchService search = Services.of(lib).openSearch()) {
            Services services = Services.of(lib);
            ArticleService articles = services.articles();
            long sample = ((app.galley.model.ImportOutcome.Imported) services.imports().importFile(TestFiles.samplePath()))
                    .articleId();
            long other = ((app.galley.model.ImportOutcome.Imported) services.imports().importText(
                    "Council approves budget\n\nThe council approved the budget on Tuesday.", "paste")).articleId();
            Article a = articles.find(sample).orElseThrow();
            a = articles.changeStatus(a.id(), a.version(), ArticleStatus.FACT_CHECK);
            articles.save(a.id(), a.version(), ArticleEdit.of(a).withTitle(a.title() + "!"), "an edit");
            services.annotations("checker").annotate(articles.find(sample).orElseThrow(), 0, 2,
                    app.galley.model.AnnotationKind.COMMENT, null);
            search.sync();
            assertThat(search.search("寒武紀", 10).hits()).extracting(h -> h.id()).contains(sample);
            int revisions = articles.revisions(sample).size();
            long changes = lib.changes().current();

            assertThat(articles.moveToTrash(List.of(sample))).isEqualTo(1);
            assertThat(lib.changes().current()).isGreaterThan(changes); // the other windows follow
            assertThat(articles.moveToTrash(List.of(sample))).isZero(); // already there
            // gone from every section, count, list and search
            assertThat(articles.list()).extracting(ArticleSummary::id).containsExactly(other);
            assertThat(articles.count()).isEqualTo(1);
            assertThat(articles.countByStatus().get(ArticleStatus.FACT_CHECK)).isZero();
            assertThat(articles.page(null, ArticleOrder.NEWEST, 0, 200, 0)).extracting(ArticleSummary::id)
                    .containsExactly(other);
            assertThat(articles.page(ArticleStatus.FACT_CHECK, ArticleOrder.NEWEST, 0, 200, 0)).isEmpty();
            assertThat(articles.summariesOutsideTrash(List.of(sample, other))).containsOnlyKeys(other);
            search.sync();
            assertThat(search.search("寒武紀", 10).hits()).isEmpty();
            // in the Trash, whole
            assertThat(articles.trashCount()).isEqualTo(1);
            assertThat(articles.trashPage(ArticleOrder.NEWEST, 0, 200, 1)).extracting(ArticleSummary::id)
                    .containsExactly(sample);
            assertThat(articles.revisions(sample)).hasSize(revisions);

            // put back: in its status, with its revisions and notes, found again
            assertThat(articles.restore(List.of(sample, other))).isEqualTo(1); // the other was never deleted
            assertThat(articles.trashCount()).isZero();
            assertThat(articles.page(ArticleStatus.FACT_CHECK, ArticleOrder.NEWEST, 0, 200, 0))
                    .extracting(ArticleSummary::id).containsExactly(sample);
            assertThat(services.annotations().annotations(articles.find(sample).orElseThrow())).hasSize(1);
            search.sync();
            assertThat(search.search("寒武紀", 10).hits()).extracting(h -> h.id()).contains(sample);

            // emptied: gone for good, with its revisions and notes; the others stay
            articles.moveToTrash(List.of(sample));
            assertThat(articles.emptyTrash()).isEqualTo(1);
            assertThat(articles.find(sample)).isEmpty();
            assertThat(articles.revisions(sample)).isEmpty();
            assertThat(articles.trashCount()).isZero();
            assertThat(articles.emptyTrash()).isZero();
            assertThat(articles.list()).extracting(ArticleSummary::id).containsExactly(other);
            search.sync();
            assertThat(search.search("寒武紀", 10).hits()).isEmpty();
        }
    }
}
