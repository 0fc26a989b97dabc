package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ImportOutcome;
import app.galley.store.FingerprintRepository;
import app.galley.store.Library;
import app.galley.text.ChineseScripts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library whose fingerprints were made with another Traditional/Simplified table has them made
 * again, once, from each article's text as imported: the same article is then recognised again.
 */
class FingerprintsTest {

    @TempDir
    Path dir;

    private static final String STORY = "腦科學研究中心開建\n\n上海腦科學與類腦研究中心已開始實質性建設，將整合並且加強智能科技。";

    @Test
    void staleFingerprintsAreMadeAgainOnceAndTheSameArticleIsKnownAgain() {
        try (Library lib = Library.openEmbedded(dir)) {
            Services services = Services.of(lib);
            long id = ((ImportOutcome.Imported) services.imports().importText(STORY, "story.txt")).articleId();
            services.library().refreshFingerprints(n -> { }); // a new library: nothing stale, the table noted
            assertThat(services.library().fingerprintsStale()).isFalse();

            // as a library from before the one table left it: another hash and signature, no table noted
            FingerprintRepository.Imported imported = lib.fingerprints().importedAfter(0, 10).get(0);
            assertThat(imported.articleId()).isEqualTo(id);
            assertThat(imported.body()).startsWith("上海腦科學");
            lib.fingerprints().save(List.of(new FingerprintRepository.Fingerprint(id, "made-with-icu", new byte[512],
                    new long[] {1L, 2L})));
            lib.settings().put(Fingerprints.SETTING, "icu");

            assertThat(services.library().fingerprintsStale()).isTrue();
            List<Integer> progress = new ArrayList<>();
            assertThat(services.library().refreshFingerprints(progress::add)).isEqualTo(1);
            assertThat(progress).containsExactly(1);
            assertThat(lib.settings().get(Fingerprints.SETTING)).contains(ChineseScripts.VERSION);
            assertThat(services.library().refreshFingerprints(n -> { })).as("once only").isZero();

            // the same story, and the same story in Simplified, are known again as #id
            assertThat(services.imports().importText(STORY, "again.txt")).isInstanceOfSatisfying(
                    ImportOutcome.Duplicate.class, d -> assertThat(d.existingId()).isEqualTo(id));
            String simplified = "脑科学研究中心开建\n\n上海脑科学与类脑研究中心已开始实质性建设，将整合并且加强智能科技。";
            assertThat(services.imports().importText(simplified, "simplified.txt")).isInstanceOfSatisfying(
                    ImportOutcome.Duplicate.class, d -> assertThat(d.existingId()).isEqualTo(id));
        }
    }
}
