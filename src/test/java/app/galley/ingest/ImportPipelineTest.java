package app.galley.ingest;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.LibraryTestBase;
import app.galley.TestFiles;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Bulk imports read on reader threads and store in order. */
class ImportPipelineTest extends LibraryTestBase {

    @Override
    protected ImportService importer(Library library) {
        return Services.of(library).imports();
    }

    @Test
    void aRepostOfAnArticleEarlierInTheSameBatchIsFound() throws Exception {
        // the two are read side by side, before either is stored: the lookup must wait for the store
        write("a-original.txt", TestFiles.sampleText().getBytes(StandardCharsets.UTF_8));
        write("a-repost.txt", TestFiles.simplifiedRepost().getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20; i++) {
            write("b-" + i + ".txt", ("Filler story " + i + "\n\nThe council met on day " + i
                    + " to talk about roads, schools and the budget for year " + (2000 + i) + ".")
                    .getBytes(StandardCharsets.UTF_8));
        }

        ImportReport report = importer.importPaths(List.of(tmp.resolve("in")), ImportListener.NONE, () -> false);

        assertThat(report.outcomes()).hasSize(22);
        assertThat(report.outcomes().get(0).source()).endsWith("a-original.txt");
        assertThat(report.outcomes().get(1).source()).endsWith("a-repost.txt");
        ImportOutcome.Repost repost = (ImportOutcome.Repost) report.outcomes().get(1);
        long original = ((ImportOutcome.Imported) report.outcomes().get(0)).articleId();
        assertThat(repost.repostOf()).isEqualTo(original);
        assertThat(library.similarity().repostOf(repost.articleId())).isPresent()
                .get().extracting(e -> e.getKey()).isEqualTo(original);
    }

    @Test
    void outcomesAndProgressComeInFileOrderWithBadFilesAmongThem() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            byte[] bytes = i % 7 == 3 ? new byte[] {0, 1, 2, 3, 0, 0, 0, 5}
                    : ("Story " + i + "\n\nA body for story number " + i + ", told once.").getBytes(StandardCharsets.UTF_8);
            files.add(write(String.format("%02d.txt", i), bytes));
        }
        List<Integer> done = new ArrayList<>();
        ImportReport report = importer.importPaths(files, new ImportListener() {
            @Override
            public void finished(ImportOutcome outcome, int count, int total) {
                done.add(count);
            }
        }, () -> false);

        assertThat(report.outcomes()).extracting(ImportOutcome::source)
                .containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(report.failures()).hasSize(4)
                .allSatisfy(f -> assertThat(f.message()).isNotBlank());
        assertThat(done).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
        assertThat(library.articles().list()).hasSize(26);
    }

    @Test
    void cancellingStopsBetweenInputsAndKeepsWhatIsStored() throws Exception {
        for (int i = 0; i < 40; i++) {
            write(String.format("%02d.txt", i), ("Story " + i + "\n\nBody of story " + i + ".")
                    .getBytes(StandardCharsets.UTF_8));
        }
        AtomicInteger finished = new AtomicInteger();
        ImportReport report = importer.importPaths(List.of(tmp.resolve("in")), new ImportListener() {
            @Override
            public void finished(ImportOutcome outcome, int count, int total) {
                finished.set(count);
            }
        }, () -> finished.get() >= 5);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.outcomes()).hasSize(5);
        assertThat(library.articles().list()).hasSize(5);
    }
}
