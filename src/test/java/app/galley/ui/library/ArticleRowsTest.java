package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleOrder;
import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import app.galley.service.Services;
import app.galley.store.GeneratedLibrary;
import app.galley.store.Library;
import app.galley.ui.app.DirectTasks;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table's rows read a page at a time, in the store's order, without a toolkit (DirectTasks). */
class ArticleRowsTest {

    @TempDir
    Path dir;

    private static GeneratedLibrary.Row row(int i) {
        String[] words = {"預算", "council", "上海", "bridge", "選舉", "mayor"};
        return new GeneratedLibrary.Row(words[i % words.length] + " " + (1000 - i), i % 3 == 0 ? null : "Reuters",
                i % 2 == 0 ? "zh-Hant" : "en", GeneratedLibrary.STATUS_MIX.get(i % GeneratedLibrary.STATUS_MIX.size()),
                "Body " + i + " " + "x".repeat(i % 50));
    }

    @Test
    void rowsComeAPageAtATimeInTheOrderAndSectionAsked() throws Exception {
        try (Library lib = Library.openEmbedded(dir); DirectTasks tasks = new DirectTasks()) {
            GeneratedLibrary.fill(lib, 450, ArticleRowsTest::row);
            Services services = Services.of(lib);
            Map<ArticleStatus, Integer> counted = new EnumMap<>(ArticleStatus.class);
            ArticleRows rows = new ArticleRows(services.articles(), tasks, counted::putAll);
            rows.show(Section.ALL, ArticleOrder.NEWEST, null, null);

            // as many rows as articles; only the first page read, the rest waiting to be shown
            assertThat(rows.list()).hasSize(450);
            assertThat(rows.list().subList(0, ArticleRows.PAGE)).noneMatch(LibraryViewModel::loading);
            assertThat(rows.list().subList(ArticleRows.PAGE, 450)).allMatch(LibraryViewModel::loading);
            assertThat(counted.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(450);
            assertThat(counted.get(ArticleStatus.INBOX)).isEqualTo(180);

            // the table shows row 420: its page is read, and the order is the store's, newest first
            rows.need(420);
            assertThat(rows.list().get(420)).matches(s -> !LibraryViewModel.loading(s));
            List<ArticleSummary> all = services.articles().list(); // newest first, every summary (the test's own view)
            assertThat(rows.list().get(420)).isEqualTo(all.get(420));
            assertThat(rows.list().get(0)).isEqualTo(all.get(0));

            // by title, ascending: the first page in the order the store sorts titles
            rows.show(Section.ALL, new ArticleOrder(ArticleOrder.Column.TITLE, false), null, null);
            List<String> titles = all.stream().map(ArticleSummary::title).sorted().toList();
            assertThat(rows.list().subList(0, ArticleRows.PAGE)).extracting(ArticleSummary::title)
                    .isEqualTo(titles.subList(0, ArticleRows.PAGE));
            rows.need(449);
            assertThat(rows.list().get(449).title()).isEqualTo(titles.get(449));

            // one section: only its rows, counted by the aggregate
            rows.show(new Section(ArticleStatus.READY), new ArticleOrder(ArticleOrder.Column.LENGTH, true), null, null);
            assertThat(rows.list()).hasSize(counted.get(ArticleStatus.READY)).allMatch(s -> s.status() == ArticleStatus.READY);
            assertThat(rows.list()).extracting(s -> s.length().value())
                    .isSortedAccordingTo(Comparator.reverseOrder());

            // a search's hits, whole, best first, and only those of the section
            List<Long> hits = List.of(all.get(5).id(), all.get(2).id(), all.get(9).id());
            rows.show(Section.ALL, ArticleOrder.NEWEST, hits, null);
            assertThat(rows.list()).extracting(ArticleSummary::id).containsExactlyElementsOf(hits);
        }
    }

    @Test
    void aSavedArticleChangesItsRowInPlaceAndAChangeElsewhereIsReadAgainInPlace() throws Exception {
        try (Library lib = Library.openEmbedded(dir); DirectTasks tasks = new DirectTasks()) {
            GeneratedLibrary.fill(lib, 30, ArticleRowsTest::row);
            Services services = Services.of(lib);
            ArticleRows rows = new ArticleRows(services.articles(), tasks, c -> { });
            rows.show(Section.ALL, ArticleOrder.NEWEST, null, null);
            ArticleSummary third = rows.list().get(2);
            ArticleSummary renamed = new ArticleSummary(third.id(), "Renamed", third.source(), third.language(),
                    third.status(), third.length(), third.created(), third.updated());
            rows.updated(renamed);
            assertThat(rows.list().get(2)).isSameAs(renamed);

            var a = services.articles().find(third.id()).orElseThrow();
            services.articles().save(a.id(), a.version(), app.galley.model.ArticleEdit.of(a).withTitle("Renamed elsewhere"),
                    "elsewhere");
            javafx.collections.ObservableList<ArticleSummary> same = rows.list();
            rows.reload(null);
            assertThat(rows.list()).isSameAs(same).hasSize(30);
            assertThat(rows.list().get(2).title()).isEqualTo("Renamed elsewhere");
        }
    }
}
