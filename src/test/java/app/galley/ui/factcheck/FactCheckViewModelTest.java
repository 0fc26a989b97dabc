package app.galley.ui.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.analyze.AnnotationService;
import app.galley.model.Annotation;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.Verdict;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.DirectTasks;
import app.galley.ui.app.I18n;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fact-check panel's view model with plain JUnit: no toolkit, its reads and writes run at once. */
class FactCheckViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesQuotationsAreAnnotatedCheckedDiscussedAndStored() {
        try (Library library = Library.openEmbedded(dir); DirectTasks tasks = new DirectTasks()) {
            Services services = Services.of(library);
            long id = ((ImportOutcome.Imported) services.imports().importFile(TestFiles.samplePath())).articleId();
            Article sample = services.articles().find(id).orElseThrow();
            AnnotationService mei = services.annotations("Mei Lin");
            FactCheckViewModel model = new FactCheckViewModel(mei, services.exports(), tasks, new I18n("en"));

            model.show(sample);
            int found = model.unannotatedQuotes().size();
            assertThat(found).as("the sample's quotations in 「」").isGreaterThanOrEqualTo(15);
            assertThat(model.annotations()).isEmpty();
            assertThat(model.summaryProperty().get().unannotated()).isEqualTo(found);

            assertThat(model.acceptAllQuotes()).isEqualTo(found);
            assertThat(model.annotations()).hasSize(found).allMatch(a -> a.kind() == AnnotationKind.QUOTE);
            assertThat(model.unannotatedQuotes()).isEmpty();
            assertThat(model.messageProperty().get()).isEqualTo(found + " quotations annotated");
            assertThat(mei.annotations(sample)).hasSize(found);

            Annotation first = model.annotations().get(0);
            model.select(first);
            model.setVerdict(Verdict.DISPUTED);
            assertThat(mei.find(first.id()).orElseThrow().verdict()).isEqualTo(Verdict.DISPUTED);
            assertThat(model.selectedProperty().get().verdict()).isEqualTo(Verdict.DISPUTED);
            model.filterProperty().set(Verdict.DISPUTED);
            assertThat(model.visible()).extracting(Annotation::id).containsExactly(first.id());

            // typed details stay a draft until something else happens, then are saved
            model.editDetails("張旭", "figure from the ministry's report", List.of("https://example.org/report"));
            assertThat(mei.find(first.id()).orElseThrow().note()).isNullOrEmpty();
            model.select(model.annotations().get(1));
            Annotation saved = mei.find(first.id()).orElseThrow();
            assertThat(saved.speaker()).isEqualTo("張旭");
            assertThat(saved.note()).isEqualTo("figure from the ministry's report");
            assertThat(saved.evidence()).containsExactly("https://example.org/report");

            model.select(saved);
            model.comments().comment("Who confirmed the 30%?", null);
            assertThat(model.comments().list()).singleElement().satisfies(c -> {
                assertThat(c.author()).isEqualTo("Mei Lin");
                assertThat(model.comments().mine(c)).isTrue();
            });
            assertThat(mei.thread(first.id())).hasSize(1);

            model.deleteSelected();
            assertThat(mei.find(first.id())).isEmpty();
            assertThat(model.annotations()).hasSize(found - 1);
            assertThat(model.messageProperty().get()).isEqualTo("Annotation deleted");
        }
    }

    @Test
    void annotatingWithoutASelectionSaysSoAndStoresNothing() {
        try (Library library = Library.openEmbedded(dir); DirectTasks tasks = new DirectTasks()) {
            Services services = Services.of(library);
            long id = ((ImportOutcome.Imported) services.imports().importText(
                    "Council approves budget\n\n\"We will build,\" said Mayor Ana Ruiz.", "c.txt")).articleId();
            Article council = services.articles().find(id).orElseThrow();
            FactCheckViewModel model = new FactCheckViewModel(services.annotations(), services.exports(), tasks,
                    new I18n("en"));
            model.show(council);
            model.annotate(5, 5, AnnotationKind.CLAIM);
            assertThat(model.messageProperty().get()).isNotBlank();
            assertThat(services.annotations().annotations(council)).isEmpty();

            int start = council.body().indexOf("We will");
            model.annotate(start, start + "We will build".length(), AnnotationKind.QUOTE);
            assertThat(model.annotations()).singleElement().satisfies(a -> {
                assertThat(a.target().exact()).isEqualTo("We will build");
                assertThat(model.selectedProperty().get()).isEqualTo(a);
            });
        }
    }
}
