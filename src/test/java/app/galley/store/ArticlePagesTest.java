package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleOrder;
import app.galley.model.ArticleStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article table's pages (ADR 16): a page past the middle is read from the end in the reverse
 * order, and must hold the same ids, in the same order, as stepping forward to it does, for every
 * column, both directions, all articles and one status, with ties and empty columns.
 */
class ArticlePagesTest {

    @TempDir
    Path dir;

    /** Few distinct titles (many ties, broken by the id), a third without source, a fifth without language. */
    private static GeneratedLibrary.Row row(int i) {
        String[] titles = {"預算", "council", "上海", "bridge", "選舉", "mayor", "Zürich"};
        return new GeneratedLibrary.Row(titles[(i * 5) % titles.length], i % 3 == 0 ? null : (i % 2 == 0 ? "中央社" : "AP"),
                i % 5 == 0 ? null : (i % 2 == 0 ? "zh-Hant" : "en"),
                GeneratedLibrary.STATUS_MIX.get((i * 3) % GeneratedLibrary.STATUS_MIX.size()), "x".repeat(1 + i % 13));
    }

    @Test
    void pagesFromTheEndMatchPagesFromTheStart() throws Exception {
        try (Library lib = Library.openEmbedded(dir)) {
            GeneratedLibrary.fill(lib, 333, ArticlePagesTest::row);
            ArticleRepository articles = lib.articles();
            Map<ArticleStatus, Integer> counts = articles.countByStatus();
            List<ArticleStatus> sections = new ArrayList<>();
            sections.add(null);
            sections.add(ArticleStatus.INBOX);
            sections.add(ArticleStatus.PUBLISHED);
            for (ArticleStatus section : sections) {
                int total = section == null ? 333 : counts.get(section);
                for (ArticleOrder.Column column : ArticleOrder.Column.values()) {
                    for (boolean descending : new boolean[] {false, true}) {
                        ArticleOrder order = new ArticleOrder(column, descending);
                        List<Long> forward = articles.ids(section, order, 0, total, 0); // all at once, from the start
                        assertThat(forward).as("%s %s", section, order).hasSize(total).doesNotHaveDuplicates();
                        for (int size : new int[] {40, 50}) {
                            List<Long> paged = new ArrayList<>();
                            for (int offset = 0; offset < total; offset += size) {
                                paged.addAll(articles.ids(section, order, offset, size, total));
                            }
                            assertThat(paged).as("%s %s in pages of %d", section, order, size).isEqualTo(forward);
                        }
                        // asked past the end: nothing, from either way of reading
                        assertThat(articles.ids(section, order, total, 50, total)).isEmpty();
                    }
                }
            }
        }
    }
}
