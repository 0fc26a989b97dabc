package app.galley.ui.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.analyze.AnnotationService;
import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.model.ImportOutcome;
import app.galley.service.InboxService;
import app.galley.service.Services;
import app.galley.ui.app.GalleyFxTest;
import app.galley.ui.app.UiSettings;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comment inbox as an editor uses it (issue 23): a colleague's comment naming her arrives while
 * the window is open and is counted in the status bar; the inbox shows it under "Mentions me"; she
 * replies, resolves the thread, and goes to the text it is about.
 */
class InboxFxTest extends GalleyFxTest {

    private long sample;
    private Annotation quote;

    @Override
    protected void prepareSettings(UiSettings settings) {
        settings.put(UiSettings.CHECKER, "周敏");
    }

    @Override
    protected void prepare(app.galley.store.Library library) {
        Services ruth = Services.of(library, Services.Options.standard().withUser("Ruth"));
        sample = ((ImportOutcome.Imported) ruth.imports().importFile(TestFiles.samplePath())).articleId();
        ruth.imports().importText("Council meets\n\nThe council met on Tuesday.", "paste");
        var a = ruth.articles().find(sample).orElseThrow();
        quote = ruth.annotations().annotate(a, AnnotationService.analyse(a.body()).quotes().get(0));
    }

    @Test
    void aMentionArrivesIsAnsweredResolvedAndLeadsToTheText() throws Exception {
        settle();
        Hyperlink link = lookup("#inboxLink").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("Inbox"); // what was there before is not news
        // a colleague, elsewhere, asks her something
        Services ruth = Services.of(library, Services.Options.standard().withUser("Ruth"));
        ruth.annotations().comment(quote.id(), null, "@周敏 這個數字對嗎？");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> link.getText().equals("Inbox: 1 new · 1 mention"));

        clickOn(link);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#inboxList").tryQuery().isPresent());
        clickOn("#inboxMentions");
        settle();
        @SuppressWarnings("unchecked")
        ListView<InboxService.Item> list = lookup("#inboxList").queryAs(ListView.class);
        assertThat(list.getItems()).singleElement().satisfies(i -> {
            assertThat(i.annotation().id()).isEqualTo(quote.id());
            assertThat(i.mentionsMe()).isTrue();
        });
        assertThat(link.getText()).isEqualTo("Inbox"); // seen
        clickOn(lookup("#inboxList .list-cell").match(c -> c instanceof javafx.scene.control.ListCell<?> cell
                && cell.getItem() != null).queryAs(javafx.scene.Node.class));
        settle();
        javafx.scene.layout.VBox thread = lookup("#inboxThread").queryAs(javafx.scene.layout.VBox.class);
        assertThat(thread.getChildren()).extracting(n -> ((AnnotationComment) n.getUserData()).body())
                .containsExactly("@周敏 這個數字對嗎？");

        clickOn("#inboxReply").write("@Ruth 已查，正確");
        clickOn("#inboxReplyButton");
        settle();
        assertThat(library.annotations().comments(quote.id())).extracting(AnnotationComment::author, AnnotationComment::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ruth", "@周敏 這個數字對嗎？"),
                        org.assertj.core.groups.Tuple.tuple("周敏", "@Ruth 已查，正確"));
        assertThat(thread.getChildren()).extracting(n -> ((AnnotationComment) n.getUserData()).author())
                .containsExactly("Ruth", "周敏");

        clickOn("#inboxResolve");
        settle();
        assertThat(library.annotations().find(quote.id()).orElseThrow().resolved()).isTrue();
        assertThat(list.getItems()).isEmpty(); // unresolved only
        clickOn("#inboxUnresolved");
        settle();
        assertThat(list.getItems()).hasSize(1);
        clickOn(lookup("#inboxList .list-cell").match(c -> c instanceof javafx.scene.control.ListCell<?> cell
                && cell.getItem() != null).queryAs(javafx.scene.Node.class));
        assertThat(window.inboxModel().selectedProperty().get()).isNotNull();
        clickOn("#inboxGoTo");
        settle();
        assertThat(window.viewModel().currentProperty().get().id()).isEqualTo(sample);
        assertThat(window.detailController().shownTool()).isEqualTo("factcheck");

        // narrowed to the article shown and to an author
        clickOn("#inboxThisArticle");
        settle();
        assertThat(list.getItems()).extracting(i -> i.annotation().articleId()).containsOnly(sample).isNotEmpty();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> author = lookup("#inboxAuthor").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(author.getItems()).contains("Ruth", "周敏");
        interact(() -> author.getSelectionModel().select("Ruth")); // (its pop-up stays behind the main window here)
        settle();
        assertThat(list.getItems()).singleElement().satisfies(i -> assertThat(i.annotation().id()).isEqualTo(quote.id()));
        // the colleague's side: who did what, in the audit trail
        assertThat(library.audit().ofArticle(sample)).extracting(e -> e.actor() + " " + e.action().id())
                .contains("周敏 resolve", "周敏 comment", "Ruth comment");
    }
}
