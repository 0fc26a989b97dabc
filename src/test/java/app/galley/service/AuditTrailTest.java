package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestClock;
import app.galley.TestFiles;
import app.galley.analyze.AnnotationService;
import app.galley.clean.ScriptConversion;
import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleStatus;
import app.galley.model.AuditAction;
import app.galley.model.AuditEvent;
import app.galley.model.ImportOutcome;
import app.galley.model.TagKind;
import app.galley.model.Verdict;
import app.galley.publish.ExportFormat;
import app.galley.store.Library;
import app.galley.store.StaleArticleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail (issue 23), on a real library: each action that changes the library leaves one
 * event, written with the change (a change that fails leaves none), by the user who did it, at the
 * library clock's time, and the events outlive the article.
 */
class AuditTrailTest {

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock("2026-12-04T09:00:00Z");
    private Library lib;
    private Services services;
    private long id;

    @BeforeEach
    void open() {
        lib = Library.openEmbedded(dir.resolve("lib"), clock);
        services = Services.of(lib, Services.Options.standard().withUser("周敏"));
        id = ((ImportOutcome.Imported) services.imports().importFile(TestFiles.samplePath())).articleId();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private List<AuditEvent> history() {
        return services.audit().history(id);
    }

    private Article article() {
        return services.articles().find(id).orElseThrow();
    }

    private AuditEvent newest() {
        return history().get(0);
    }

    @Test
    void anImportIsRecordedWithItsSourceAndADuplicateIsNot() {
        assertThat(history()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.IMPORT);
            assertThat(e.actor()).isEqualTo("周敏");
            assertThat(e.at()).isEqualTo(clock.instant());
            assertThat(e.get("source")).endsWith(TestFiles.samplePath().getFileName().toString());
            assertThat(e.articleId()).isEqualTo(id);
        });
        assertThat(services.imports().importFile(TestFiles.samplePath())).isInstanceOf(ImportOutcome.Duplicate.class);
        assertThat(services.audit().events(null, null, 100)).hasSize(1);
    }

    @Test
    void editsCleaningsConversionsAndStatusMovesAreEachRecorded() {
        EditService editing = services.editing();
        clock.advance(Duration.ofMinutes(1));
        Article a = article();
        var cleaning = editing.propose(a, new EditService.Proposal.Rules());
        assertThat(cleaning.changes()).isNotEmpty();
        editing.saveCleaning(a, cleaning, c -> true, "Clean");
        assertThat(newest().action()).isEqualTo(AuditAction.CLEAN);
        assertThat(newest().get("changes")).isEqualTo(String.valueOf(cleaning.changes().size()));

        clock.advance(Duration.ofMinutes(1));
        a = article();
        editing.saveEdit(a, ArticleEdit.of(a).withTitle("新標題"), false, "Edited details");
        assertThat(newest().action()).isEqualTo(AuditAction.EDIT);
        assertThat(newest().get("note")).isEqualTo("Edited details");

        clock.advance(Duration.ofMinutes(1));
        a = article();
        var conversion = editing.propose(a, new EditService.Proposal.Conversion(ScriptConversion.Profile.T2S));
        editing.saveConversion(a, conversion, c -> true, ScriptConversion.Profile.T2S, "Convert");
        assertThat(newest().action()).isEqualTo(AuditAction.CONVERT);
        assertThat(newest().get("profile")).isEqualTo("t2s");

        clock.advance(Duration.ofMinutes(1));
        editing.changeStatus(article(), ArticleStatus.EDITING);
        assertThat(newest().action()).isEqualTo(AuditAction.STATUS);
        assertThat(newest().detail()).containsEntry("from", "inbox").containsEntry("to", "editing");

        assertThat(history()).extracting(AuditEvent::action).containsExactly(AuditAction.STATUS, AuditAction.CONVERT,
                AuditAction.EDIT, AuditAction.CLEAN, AuditAction.IMPORT);
    }

    @Test
    void typingIsOneEventPerSittingAndAFailedSaveLeavesNone() {
        EditService editing = services.editing();
        Article a = article();
        editing.saveEdit(a, ArticleEdit.of(a).withBody(a.body() + "一"), true, "Typing");
        clock.advance(Duration.ofMinutes(2));
        a = article();
        editing.saveEdit(a, ArticleEdit.of(a).withBody(a.body() + "二"), true, "Typing");
        assertThat(history()).extracting(AuditEvent::action).containsExactly(AuditAction.EDIT, AuditAction.IMPORT);
        clock.advance(EditService.TYPING_WINDOW.plusMinutes(1));
        a = article();
        editing.saveEdit(a, ArticleEdit.of(a).withBody(a.body() + "三"), true, "Typing");
        assertThat(history()).extracting(AuditEvent::action).containsExactly(AuditAction.EDIT, AuditAction.EDIT,
                AuditAction.IMPORT);

        Article stale = article();
        services.articles().save(id, stale.version(), ArticleEdit.of(stale).withTitle("別人的"), "theirs");
        int before = history().size();
        assertThatThrownBy(() -> services.articles().save(id, stale.version(), ArticleEdit.of(stale).withTitle("我的"), "mine"))
                .isInstanceOf(StaleArticleException.class);
        assertThat(history()).hasSize(before);
    }

    @Test
    void tagsAnnotationsVerdictsAndCommentsAreRecordedByWhoeverMadeThem() {
        var tag = services.tags().tag(TagKind.PLACE, "台北", null);
        services.editing().tag(List.of(id), tag.id(), true, n -> "Tag");
        services.editing().tag(List.of(id), tag.id(), true, n -> "Tag"); // already on: nothing changed
        assertThat(history()).filteredOn(e -> e.action() == AuditAction.TAG).singleElement()
                .satisfies(e -> assertThat(e.get("tag")).isEqualTo("台北"));

        AnnotationService checker = services.annotations("Ruth");
        var quote = AnnotationService.analyse(article().body()).quotes().get(0);
        Annotation note = checker.annotate(article(), quote);
        checker.setVerdict(note, Verdict.FALSE);
        AnnotationComment c = checker.comment(note.id(), null, "@周敏 請再查一次數字");
        checker.editComment(c, "@周敏 請查數字");
        checker.deleteComment(c);
        checker.resolve(checker.find(note.id()).orElseThrow(), true);
        assertThat(history()).filteredOn(e -> e.actor().equals("Ruth")).extracting(AuditEvent::action)
                .containsExactly(AuditAction.RESOLVE, AuditAction.COMMENT_DELETE, AuditAction.COMMENT_EDIT,
                        AuditAction.COMMENT, AuditAction.VERDICT, AuditAction.ANNOTATE);
        assertThat(history()).filteredOn(e -> e.action() == AuditAction.VERDICT).singleElement().satisfies(e -> {
            assertThat(e.get("verdict")).isEqualTo("false");
            assertThat(e.get("text")).isEqualTo(note.target().exact().length() <= 80 ? note.target().exact()
                    : note.target().exact().substring(0, 79) + "…");
        });
    }

    @Test
    void anOverrideOfTheFactCheckIsRecordedWithItsReason() {
        Article a = article();
        services.gate().recordOverride(a, FactCheckGate.Action.READY, 3, "deadline; checked by phone");
        assertThat(newest().action()).isEqualTo(AuditAction.OVERRIDE);
        assertThat(newest().detail()).containsEntry("reason", "deadline; checked by phone").containsEntry("problems", "3")
                .containsEntry("action", "ready");
    }

    @Test
    void exportsAndTheTrashAreRecordedAndTheTrailOutlivesTheArticle() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        var report = services.exports().export(List.of(id), ExportFormat.MARKDOWN, null, out, false, (i, n, t) -> { },
                () -> false);
        assertThat(report.exported()).isEqualTo(1);
        assertThat(newest().action()).isEqualTo(AuditAction.EXPORT);
        assertThat(newest().detail()).containsEntry("format", "markdown").containsEntry("to", out.toAbsolutePath().toString());

        services.articles().moveToTrash(List.of(id));
        services.articles().moveToTrash(List.of(id)); // already there: nothing moved
        services.articles().restore(List.of(id));
        services.articles().moveToTrash(List.of(id));
        services.articles().emptyTrash();
        assertThat(services.articles().find(id)).isEmpty();
        assertThat(history()).extracting(AuditEvent::action).containsExactly(AuditAction.DELETE, AuditAction.TRASH,
                AuditAction.UNTRASH, AuditAction.TRASH, AuditAction.EXPORT, AuditAction.IMPORT);
    }
}
