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
            ArticlePages pages = lib.pages();
            // every seventh article in the Trash: the library's pages leave them out, the Trash's hold them
            List<Long> all = pages.ids(null, false, ArticleOrder.NEWEST, 0, 333, 0);
            List<Long> trashed = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 7) {
                trashed.add(all.get(i));
            }
            assertThat(lib.trash().trash(trashed)).hasSize(trashed.size());
            Map<ArticleStatus, Integer> counts = pages.countByStatus();
            assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(333 - trashed.size());
            assertThat(pages.trashed()).isEqualTo(trashed.size());
            record Scope(ArticleStatus status, boolean trash) {
            }
            List<Scope> scopes = new ArrayList<>();
            scopes.add(new Scope(null, false));
            scopes.add(new Scope(ArticleStatus.INBOX, false));
            scopes.add(new Scope(ArticleStatus.PUBLISHED, false));
            scopes.add(new Scope(null, true));
            for (Scope scope : scopes) {
                int total = scope.trash() ? trashed.size()
                        : scope.status() == null ? 333 - trashed.size() : counts.get(scope.status());
                for (ArticleOrder.Column column : ArticleOrder.Column.values()) {
                    for (boolean descending : new boolean[] {false, true}) {
                        ArticleOrder order = new ArticleOrder(column, descending);
                        // all at once, from the start
                        List<Long> forward = pages.ids(scope.status(), scope.trash(), order, 0, total, 0);
                        assertThat(forward).as("%s %s", scope, order).hasSize(total).doesNotHaveDuplicates();
                        if (scope.trash()) {
                            assertThat(forward).containsExactlyInAnyOrderElementsOf(trashed);
                        } else {
                            assertThat(forward).doesNotContainAnyElementsOf(trashed);
                        }
                        for (int size : new int[] {4, 50}) {
                            List<Long> paged = new ArrayList<>();
                            for (int offset = 0; offset < total; offset += size) {
                                paged.addAll(pages.ids(scope.status(), scope.trash(), order, offset, size, total));
                            }
                            assertThat(paged).as("%s %s in pages of %d", scope, order, size).isEqualTo(forward);
                        }
                        // asked past the end: nothing, from either way of reading
                        assertThat(pages.ids(scope.status(), scope.trash(), order, total, 50, total)).isEmpty();
                    }
                }
            }
        }
    }
}
