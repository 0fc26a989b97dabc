package app.galley.analyze;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestFiles;
import app.galley.clean.Cleaning;
import app.galley.clean.CleaningService;
import app.galley.clean.ScriptConversion;
import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ImportOutcome;
import app.galley.model.Verdict;
import app.galley.store.Library;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations on a real library: made, checked, carried through cleaning, conversion and typing. */
class AnnotationServiceTest {

    @TempDir
    Path tmp;
    private Library library;
    private AnnotationService checker;
    private CleaningService cleaning;

    @BeforeEach
    void open() {
        library = Library.openEmbedded(tmp.resolve("lib"));
        checker = Services.of(library).annotations("mei");
        cleaning = Services.of(library).cleaning();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Article importSample() {
        ImportOutcome o = Services.of(library).imports().importFile(TestFiles.samplePath());
        return library.articles().find(((ImportOutcome.Imported) o).articleId()).orElseThrow();
    }

    private Article reread(Article a) {
        return library.articles().find(a.id()).orElseThrow();
    }

    @Test
    void quotesAnnotatedBeforeCleaningStayOnTheirWordsAfterCleaningConversionAndTyping() {
        Article a = importSample();
        AnnotationService.Analysis found = AnnotationService.analyse(a.body());
        Quote zhang = found.quotes().stream().filter(q -> q.text().startsWith("誰說基礎研究只會燒錢")).findFirst().orElseThrow();
        Annotation x = checker.annotate(a, zhang);
        checker.setVerdict(x, Verdict.VERIFIED);
        Annotation onHeader = checker.annotate(a, 0, 5, AnnotationKind.COMMENT, null);

        // cleaning: half-width punctuation inside the quote becomes full-width, the header goes
        a = cleaning.save(a, cleaning.preview(a), c -> true);
        List<Annotation> after = checker.annotations(a);
        Annotation moved = after.stream().filter(y -> y.id() == x.id()).findFirst().orElseThrow();
        assertThat(moved.anchor()).isEqualTo(Annotation.Anchor.ANCHORED);
        assertThat(moved.target().exact()).startsWith("誰說基礎研究只會燒錢？恰恰相反，");
        assertThat(a.body().substring(moved.target().start(), moved.target().end())).isEqualTo(moved.target().exact());
        assertThat(moved.firstQuote()).isEqualTo(zhang.text());
        assertThat(moved.verdict()).isEqualTo(Verdict.VERIFIED);
        Annotation orphan = after.stream().filter(y -> y.id() == onHeader.id()).findFirst().orElseThrow();
        assertThat(orphan.anchor()).isEqualTo(Annotation.Anchor.ORPHANED);
        assertThat(orphan.target().exact()).isEqualTo("當前位置:");

        // script conversion to Simplified
        Article converted = cleaning.saveConversion(a, CleaningService.previewConversion(a, ScriptConversion.Profile.T2S),
                c -> true, ScriptConversion.Profile.T2S);
        Annotation simplified = checker.annotations(converted).stream().filter(y -> y.id() == x.id()).findFirst().orElseThrow();
        assertThat(simplified.target().exact()).startsWith("谁说基础研究只会烧钱？");
        assertThat(simplified.anchor()).isEqualTo(Annotation.Anchor.ANCHORED);

        // typing: a new first paragraph (no recorded changes: the service diffs the revisions)
        Article typed = library.revisions().saveTyping(converted.id(), converted.version(),
                ArticleEdit.of(converted).withBody("编者按：本文有删节。\n\n" + converted.body()), "Edited", Duration.ofMinutes(10));
        Annotation shifted = checker.annotations(typed).stream().filter(y -> y.id() == x.id()).findFirst().orElseThrow();
        assertThat(shifted.target().start()).isEqualTo(simplified.target().start() + "编者按：本文有删节。\n\n".length());
        assertThat(typed.body().substring(shifted.target().start(), shifted.target().end())).isEqualTo(simplified.target().exact());
    }

    @Test
    void everyVerdictIsKeptWithWhoGaveIt() {
        Article a = importSample();
        Annotation q = checker.annotate(a, AnnotationService.analyse(a.body()).quotes().get(0));
        assertThat(checker.verdictGivers(a)).isEmpty();
        checker.setVerdict(q, Verdict.CHECKING);
        AnnotationService second = Services.of(library).annotations("Chen Wei");
        Annotation judged = second.setVerdict(library.annotations().find(q.id()).orElseThrow(), Verdict.VERIFIED);
        assertThat(judged.author()).isEqualTo("mei");
        assertThat(library.annotations().find(q.id()).orElseThrow().verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(second.verdictGivers(a)).containsExactly(java.util.Map.entry(q.id(), "Chen Wei"));
    }

    @Test
    void typingIsNotFoldedIntoARevisionAnnotationsPointInto() {
        Article a = importSample();
        Article typed = library.revisions().saveTyping(a.id(), a.version(), ArticleEdit.of(a).withBody(a.body() + "\n\n一"),
                "Edited", Duration.ofMinutes(10));
        int at = typed.body().indexOf("張旭");
        checker.annotate(typed, at, at + 2, AnnotationKind.COMMENT, null);
        Article more = library.revisions().saveTyping(typed.id(), typed.version(),
                ArticleEdit.of(typed).withBody("前言。" + typed.body()), "Edited", Duration.ofMinutes(10));
        assertThat(library.articles().revisions(a.id())).hasSize(3);
        Annotation x = checker.annotations(more).get(0);
        assertThat(more.body().substring(x.target().start(), x.target().end())).isEqualTo("張旭");
        assertThat(x.target().start()).isEqualTo(at + 3);
    }

    @Test
    void commentsAreThreadedAndOnlyTheirAuthorsChangeThem() {
        Article a = importSample();
        Annotation x = checker.annotate(a, AnnotationService.analyse(a.body()).quotes().get(0));
        AnnotationComment first = checker.comment(x.id(), null, "Source: the recording at 12:30");
        AnnotationService editor = Services.of(library).annotations("lee");
        AnnotationComment reply = editor.comment(x.id(), first.id(), "Which recording?");
        assertThatThrownBy(() -> editor.editComment(first, "changed")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mei");
        assertThatThrownBy(() -> editor.deleteComment(first)).isInstanceOf(IllegalStateException.class);
        checker.editComment(first, "Source: the CCTV recording at 12:30");

        // deleting a comment with a reply leaves a placeholder; the reply keeps its place
        checker.deleteComment(checker.thread(x.id()).get(0));
        List<AnnotationComment> thread = checker.thread(x.id());
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).deleted()).isTrue();
        assertThat(thread.get(1).parentId()).isEqualTo(thread.get(0).id());
        editor.deleteComment(reply);
        assertThat(checker.thread(x.id())).hasSize(1);

        Annotation resolved = checker.resolve(x, true);
        assertThat(library.annotations().find(x.id()).orElseThrow().resolved()).isTrue();
        assertThat(resolved.resolved()).isTrue();
    }

    @Test
    void summaryFlagsUncheckedQuotesUntilTheArticleIsReady() {
        Article a = importSample();
        a = cleaning.save(a, cleaning.preview(a), c -> true);
        FactCheckSummary before = checker.summary(a, checker.annotations(a));
        assertThat(before.ready()).isFalse();
        assertThat(before.unannotated()).isEqualTo(15);

        for (Quote q : AnnotationService.analyse(a.body()).quotes()) {
            checker.annotate(a, q);
        }
        List<Annotation> all = checker.annotations(a);
        FactCheckSummary annotated = checker.summary(a, all);
        assertThat(annotated.unannotated()).isZero();
        assertThat(annotated.count(Verdict.UNCHECKED)).isEqualTo(15);
        assertThat(annotated.problems()).hasSize(15)
                .allMatch(p -> p.kind() == FactCheckSummary.Problem.Kind.QUOTE_UNCHECKED);

        for (Annotation x : all) {
            checker.setVerdict(x, Verdict.VERIFIED);
        }
        checker.setVerdict(checker.annotations(a).get(3), Verdict.MISATTRIBUTED);
        FactCheckSummary almost = checker.summary(a, checker.annotations(a));
        assertThat(almost.problems()).singleElement()
                .extracting(FactCheckSummary.Problem::kind).isEqualTo(FactCheckSummary.Problem.Kind.REJECTED);
        checker.setVerdict(checker.annotations(a).get(3), Verdict.VERIFIED);
        assertThat(checker.summary(a, checker.annotations(a)).ready()).isTrue();
    }

    @Test
    void claimsBecomeAnnotationsOnTheirSentenceOnce() {
        Article a = importSample();
        a = cleaning.save(a, cleaning.preview(a), c -> true);
        Claim money = AnnotationService.analyse(a.body()).claims().stream().filter(c -> c.text().equals("7.56億元"))
                .findFirst().orElseThrow();
        Annotation x = checker.annotate(a, money);
        assertThat(x.target().exact()).isEqualTo("總投資為7.56億元，這也是生命科學領域的首個大科學裝置。");
        assertThat(checker.annotate(a, money).id()).isEqualTo(x.id());
    }
}
