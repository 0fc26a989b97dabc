package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestFiles;
import app.galley.analyze.FactCheckSummary;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.Revision;
import app.galley.store.Library;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fact-check gate's service: what stands in the way, and an override kept in the history. */
class FactCheckGateTest {

    @TempDir
    Path dir;

    @Test
    void anUncheckedArticleIsStoppedAndGoingAheadIsRecordedWithWhoAndWhy() {
        try (Library lib = Library.openEmbedded(dir)) {
            Services services = Services.of(lib, Services.Options.standard().withUser("周敏"));
            long id = ((ImportOutcome.Imported) services.imports().importFile(TestFiles.samplePath())).articleId();
            Article a = services.articles().find(id).orElseThrow();
            FactCheckGate gate = services.gate();
            List<FactCheckSummary.Problem> problems = gate.problems(a);
            assertThat(problems).isNotEmpty()
                    .allMatch(p -> p.kind() == FactCheckSummary.Problem.Kind.QUOTE_NOT_ANNOTATED);

            assertThatThrownBy(() -> gate.recordOverride(a, FactCheckGate.Action.READY, problems.size(), " "))
                    .isInstanceOf(IllegalArgumentException.class);
            Article after = gate.recordOverride(a, FactCheckGate.Action.EXPORT, problems.size(), "for the layout desk ");
            assertThat(after.body()).isEqualTo(a.body());
            assertThat(after.version()).isGreaterThan(a.version());
            Revision last = services.articles().revisions(id).get(services.articles().revisions(id).size() - 1);
            assertThat(last.note()).isEqualTo("Fact-check overridden by 周敏: exported with " + problems.size()
                    + " problems open. Why: for the layout desk");

            // annotated and verified, nothing stands in the way any more
            var checker = services.annotations("周敏");
            Article now = services.articles().find(id).orElseThrow();
            for (var q : app.galley.analyze.AnnotationService.analyse(now.body()).quotes()) {
                var x = checker.annotate(now, q);
                checker.setVerdict(x, app.galley.model.Verdict.VERIFIED);
            }
            assertThat(gate.problems(services.articles().find(id).orElseThrow())).isEmpty();
        }
    }
}
