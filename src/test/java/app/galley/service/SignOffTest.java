package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestClock;
import app.galley.analyze.FactCheckSummary;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ArticleStatus;
import app.galley.model.AuditAction;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Four eyes (issue 23): a second person's sign-off on the text as it is, asked for where the newsroom wants it. */
class SignOffTest {

    @TempDir
    Path dir;
    private Library lib;
    private Services editor;
    private Services checker;
    private long id;

    @BeforeEach
    void open() {
        lib = Library.openEmbedded(dir.resolve("lib"), new TestClock("2026-12-04T09:00:00Z"));
        editor = Services.of(lib, Services.Options.standard().withUser("周敏"));
        checker = Services.of(lib, Services.Options.standard().withUser("Ruth Delgado"));
        // an article with no quotations or claims: its fact-check is ready, only a sign-off can stand in the way
        id = ((ImportOutcome.Imported) editor.imports().importText("Council meets\n\nThe council met.", "paste")).articleId();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private Article article() {
        return editor.articles().find(id).orElseThrow();
    }

    private List<FactCheckSummary.Problem.Kind> before(Services who, FactCheckGate.Action action) {
        return who.gate().problems(article(), action).stream().map(FactCheckSummary.Problem::kind).toList();
    }

    @Test
    void aNewsroomThatAsksForFourEyesGetsThemOnTheTextAsItIs() {
        assertThat(before(editor, FactCheckGate.Action.READY)).isEmpty(); // not asked for: nothing missing
        editor.settings().setSignOffRequired(EnumSet.of(ArticleStatus.READY));
        assertThat(editor.settings().signOffRequired()).containsExactly(ArticleStatus.READY);
        assertThat(before(editor, FactCheckGate.Action.READY)).containsExactly(FactCheckSummary.Problem.Kind.SIGN_OFF_MISSING);
        assertThat(before(editor, FactCheckGate.Action.PUBLISHED)).isEmpty();
        assertThat(before(editor, FactCheckGate.Action.EXPORT)).isEmpty();

        // one's own sign-off is not a second pair of eyes
        editor.gate().signOffs().signOff(article(), ArticleStatus.READY, null);
        assertThat(before(editor, FactCheckGate.Action.READY)).containsExactly(FactCheckSummary.Problem.Kind.SIGN_OFF_MISSING);
        // a colleague's is, for the editor (not for the colleague, who signed it)
        checker.gate().signOffs().signOff(article(), ArticleStatus.READY, "讀過，可以");
        assertThat(before(editor, FactCheckGate.Action.READY)).isEmpty();
        assertThat(before(checker, FactCheckGate.Action.READY)).containsExactly(FactCheckSummary.Problem.Kind.SIGN_OFF_MISSING);
        assertThat(editor.audit().history(id)).filteredOn(e -> e.action() == AuditAction.SIGN_OFF)
                .extracting(e -> e.actor()).containsExactly("Ruth Delgado", "周敏");

        // an edit of the text voids it; an edit of the headline does not
        Article a = article();
        editor.articles().save(id, a.version(), ArticleEdit.of(a).withTitle("Council meets again"), "headline");
        assertThat(before(editor, FactCheckGate.Action.READY)).isEmpty();
        a = article();
        editor.articles().save(id, a.version(), ArticleEdit.of(a).withBody(a.body() + "\n\nIt will meet again."), "more");
        assertThat(before(editor, FactCheckGate.Action.READY)).containsExactly(FactCheckSummary.Problem.Kind.SIGN_OFF_MISSING);
        assertThat(editor.gate().signOffs().holding(article(), ArticleStatus.READY)).isEmpty();
        assertThat(editor.gate().signOffs().of(id)).singleElement()
                .satisfies(s -> assertThat(s.note()).isEqualTo("讀過，可以"));

        // going ahead anyway is an override with its reason
        editor.gate().recordOverride(article(), FactCheckGate.Action.READY, 1, "主編口頭同意");
        assertThat(editor.audit().history(id).get(0).action()).isEqualTo(AuditAction.OVERRIDE);
    }

    @Test
    void onlyReadyAndPublishedCanNeedASignOff() {
        assertThatThrownBy(() -> editor.settings().setSignOffRequired(Set.of(ArticleStatus.EDITING)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> editor.gate().signOffs().signOff(article(), ArticleStatus.SPIKED, null))
                .isInstanceOf(IllegalArgumentException.class);
        editor.settings().setSignOffRequired(EnumSet.of(ArticleStatus.READY, ArticleStatus.PUBLISHED));
        assertThat(before(editor, FactCheckGate.Action.PUBLISH)).containsExactly(FactCheckSummary.Problem.Kind.SIGN_OFF_MISSING);
        editor.settings().setSignOffRequired(EnumSet.noneOf(ArticleStatus.class));
        assertThat(editor.settings().signOffRequired()).isEmpty();
    }
}
