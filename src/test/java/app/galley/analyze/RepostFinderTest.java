package app.galley.analyze;

import app.galley.service.Services;
import app.galley.text.Folding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.galley.LibraryTestBase;
import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import app.galley.store.SimilarityRepository;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepostFinderTest extends LibraryTestBase {

    @Override
    protected ImportService importer(Library library) {
        return Services.of(library).imports();
    }

    private static String simplifiedRepost() {
        return TestFiles.simplifiedRepost();
    }

    @Test
    void aRepostInTheOtherScriptWithOtherBoilerplateIsFlagged() {
        ImportOutcome first = importer.importText(TestFiles.sampleText(), "sample.txt");
        long original = ((ImportOutcome.Imported) first).articleId();

        ImportOutcome second = importer.importText(simplifiedRepost(), "repost.txt");

        assertThat(second).isInstanceOfSatisfying(ImportOutcome.Repost.class, r -> {
            assertThat(r.repostOf()).isEqualTo(original);
            assertThat(r.similarity()).isGreaterThan(0.8);
        });
        long repost = ((ImportOutcome.Repost) second).articleId();
        assertThat(library.articles().count()).isEqualTo(2); // a repost is kept, but flagged
        assertThat(library.similarity().relation(original, repost)).contains(SimilarityRepository.Relation.SUSPECTED);
        assertThat(library.similarity().repostOf(repost)).hasValueSatisfying(e -> assertThat(e.getKey()).isEqualTo(original));
    }

    @Test
    void anotherStoryOnTheSameTopicIsNotARepost() {
        importer.importText(TestFiles.sampleText(), "sample.txt");
        ImportOutcome other = importer.importText("北京腦科學中心公布新計畫\n\n北京腦科學與類腦研究中心今天公布五年計畫，"
                + "將投入人工智慧晶元與神經科學的交叉研究，並與多所大學合作培養研究人才。中心主任表示，計畫重點包括"
                + "腦疾病的早期診斷、類腦運算架構，以及大型科學裝置的共享機制。", "other.txt");
        assertThat(other).isInstanceOf(ImportOutcome.Imported.class);
    }

    @Test
    void notDuplicatesIsRememberedAndNeverAskedAgain() {
        long original = ((ImportOutcome.Imported) importer.importText(TestFiles.sampleText(), "sample.txt")).articleId();
        ImportOutcome second = importer.importText(simplifiedRepost(), "repost.txt");
        long repost = ((ImportOutcome.Repost) second).articleId();
        library.similarity().relate(original, repost, SimilarityRepository.Relation.NOT_DUPLICATE, 0.9);

        // the same pair comes up again when the repost's text is indexed again: no suspicion this time
        RepostFinder finder = new RepostFinder(library.similarity());
        String body = library.articles().find(repost).orElseThrow().body();
        assertThat(finder.index(repost, body)).isEmpty();
        assertThat(library.similarity().relation(original, repost)).contains(SimilarityRepository.Relation.NOT_DUPLICATE);
    }

    @Test
    void minHashEstimatesJaccardSimilarity() {
        Random random = new Random(42);
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            base.append((char) ('a' + random.nextInt(26)));
        }
        String a = base.toString();
        String b = a.substring(0, 3000) + base.reverse().substring(0, 1000);
        double truth = jaccard(shingles(a), shingles(b));
        double estimate = MinHash.similarity(MinHash.signature(a), MinHash.signature(b));
        assertThat(estimate).isCloseTo(truth, within(0.12));
        assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(a))).isEqualTo(1.0);
        assertThat(MinHash.fromBytes(MinHash.toBytes(MinHash.signature(a)))).isEqualTo(MinHash.signature(a));
    }

    @Test
    void theBandIndexReturnsFewCandidatesAmongManyArticles() {
        Random random = new Random(7);
        RepostFinder finder = new RepostFinder(library.similarity());
        for (int i = 1; i <= 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 600; k++) {
                text.append((char) (0x4E00 + random.nextInt(3000)));
            }
            long id = ((ImportOutcome.Imported) new ImportService(library.articles())
                    .importText("第" + i + "篇\n\n" + text, "gen" + i)).articleId();
            finder.index(id, text.toString());
        }
        int[] sig = MinHash.signature(Folding.CONTENT.fold(TestFiles.sampleText()));
        assertThat(library.similarity().candidates(MinHash.bands(sig), -1)).hasSizeLessThan(5);
    }

    private static Set<String> shingles(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE <= s.length(); i++) {
            out.add(s.substring(i, i + MinHash.SHINGLE));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }
}
