package app.galley.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.model.ImportOutcome;
import app.galley.model.OutboxJob;
import app.galley.publish.WordPressSite;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publishing from the window to a real WordPress (started by src/test/scripts/wordpress.sh): a target
 * added in Publishing Targets (its password then shown masked), the sample published from the
 * Article menu, the outbox showing it done with the post's address.
 */
class PublishIT extends GalleyFxTest {

    private static WordPressSite site;
    private static Path config;
    private long sample;

    @BeforeAll
    static void startWordPress() throws Exception {
        config = Files.createTempDirectory("galley-config");
        System.setProperty("galley.config", config.toString());
        site = WordPressSite.start();
    }

    @AfterAll
    static void stopWordPress() throws Exception {
        site.stop();
        System.clearProperty("galley.config");
        try (var files = Files.walk(config)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Override
    protected void prepare(Library library) {
        sample = ((ImportOutcome.Imported) Services.of(library).imports().importFile(TestFiles.samplePath())).articleId();
    }

    @Test
    void aTargetIsAddedTheSampleIsPublishedAndTheOutboxShowsIt() throws Exception {
        clickOn("File").clickOn("#targetsItem");
        clickOn("#targetName").write("Local WordPress");
        clickOn("#targetUrl").write(site.url());
        clickOn("#targetUser").write(site.user());
        clickOn("#targetPassword").write(site.password());
        clickOn("OK");
        settle();
        assertThat(library.outbox().target("Local WordPress")).isPresent();
        // filed under the site and user it was given for, not the target's name
        assertThat(Files.readString(config.resolve("credentials.properties")))
                .contains(site.user() + "@" + site.url().replace(":", "\\:")).doesNotContain("Local\\ WordPress");

        interact(() -> window.controller().selectArticle(sample));
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.U);
        passTheGate();
        clickOn("#publishStatus").clickOn("publish");
        clickOn("Publish");
        waitFor(60, TimeUnit.SECONDS, () -> library.outbox().jobs().stream().anyMatch(j -> j.state() == OutboxJob.State.DONE));
        var post = library.outbox().publication(sample, library.outbox().target("Local WordPress").orElseThrow().id()).orElseThrow();
        assertThat(post.remoteStatus()).isEqualTo("publish");

        clickOn("File").clickOn("#outboxItem");
        TableView<?> table = lookup("#outboxTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        OutboxViewModel.Row row = (OutboxViewModel.Row) table.getItems().get(0);
        assertThat(row.article()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(row.job().state()).isEqualTo(OutboxJob.State.DONE);
        assertThat(row.url()).isEqualTo(post.remoteUrl()).startsWith(site.url());
        assertThat(lookup("Done").tryQuery()).isPresent();

        // the saved password is shown masked, never in full
        clickOn("Close");
        clickOn("File").clickOn("#targetsItem");
        clickOn("#targetName").clickOn("Local WordPress");
        String shown = lookup("#targetSavedPassword").queryAs(Label.class).getText();
        assertThat(shown).startsWith("••••").doesNotContain(site.password());
        clickOn("Cancel");
    }

    @Test
    void aRefusedJobIsShownStoppedThenRetriedOrCancelledFromTheOutbox() throws Exception {
        saveTarget("Wrong", site.url(), site.user(), "abcd efgh ijkl mnop qrst uvwx");
        interact(() -> window.controller().selectArticle(sample));
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.U);
        passTheGate();
        clickOn("#publishTarget").clickOn("Wrong");
        clickOn("Publish");
        waitFor(60, TimeUnit.SECONDS, () -> library.outbox().jobs().stream().anyMatch(j -> j.state() == OutboxJob.State.FAILED));
        clickOn("File").clickOn("#outboxItem");
        TableView<?> table = lookup("#outboxTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(lookup("Stopped").tryQuery()).isPresent();
        assertThat(((OutboxViewModel.Row) table.getItems().get(0)).job().lastError())
                .contains("does not accept the user or its Application Password");

        // the right password, then Retry: the same job goes out
        saveTarget("Wrong", site.url(), site.user(), site.password());
        clickOn(lookup("Stopped").queryAs(javafx.scene.Node.class));
        clickOn("#outboxRetry");
        waitFor(60, TimeUnit.SECONDS, () -> library.outbox().jobs().get(0).state() == OutboxJob.State.DONE);
        interact(() -> window.outboxModel().refresh());
        assertThat(lookup("Done").tryQuery()).isPresent();

        // a job for a site that cannot be reached waits for its next try; Cancel ends it
        saveTarget("Offline", "http://127.0.0.1:9", "editor", "abcd efgh ijkl mnop");
        interact(() -> window.outboxModel().publish(java.util.List.of(sample), "Offline", "draft"));
        waitFor(60, TimeUnit.SECONDS, () -> library.outbox().jobs().get(0).attempts() == 1);
        interact(() -> window.outboxModel().refresh());
        assertThat(library.outbox().jobs().get(0).state()).isEqualTo(OutboxJob.State.WAITING);
        assertThat(library.outbox().jobs().get(0).lastError()).contains("cannot reach the site");
        clickOn(lookup("Waiting").queryAs(javafx.scene.Node.class));
        clickOn("#outboxCancel");
        assertThat(library.outbox().jobs().get(0).state()).isEqualTo(OutboxJob.State.CANCELLED);
        assertThat(lookup("Cancelled").tryQuery()).isPresent();
        clickOn("Close");
    }

    /** Saves a target as the Publishing Targets dialog does, and waits until the window has it. */
    private void saveTarget(String name, String url, String user, String password) throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> result = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> window.outboxModel().saveTarget(name, url, user, password, p -> result.set(p == null ? "" : p)));
        waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).as("the target was saved").isEmpty();
    }

    /** The sample's quotations are not checked: the fact-check gate asks, and the editor goes ahead. */
    private void passTheGate() {
        settle();
        clickOn("#overrideReason").write("Published on the editor's word");
        clickOn("Go Ahead");
        settle();
    }
}
