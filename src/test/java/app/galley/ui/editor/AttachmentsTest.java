package app.galley.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleSummary;
import app.galley.ui.app.GalleyFxTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.DataFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A saved page dropped on the window keeps its images, shown under the article with their captions. */
class AttachmentsTest extends GalleyFxTest {

    private static final String PARA = "市議會週四凌晨通過預算，議員在長達九小時的會議中就警察經費、學校維修和新橋爭論不休，"
            + "最終以七票對五票通過。市長表示，這是多年來最艱難的一次預算協商。";

    private static byte[] png(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void aDroppedSavedPageShowsItsImagesUnderTheText() throws Exception {
        Path folder = Files.createTempDirectory("galley-saved-page");
        Files.createDirectories(folder.resolve("vote_files"));
        byte[] photo = png(160, 90);
        Files.write(folder.resolve("vote_files/photo.png"), photo);
        Files.write(folder.resolve("vote_files/chart.png"), png(80, 80));
        Files.writeString(folder.resolve("vote.html"), "<html><head><title>預算案通過</title></head><body><article>"
                + "<h1>預算案通過</h1><p>" + PARA + "</p><figure><img src=\"vote_files/photo.png\">"
                + "<figcaption>議員在議場內表決</figcaption></figure><p>" + PARA + "</p>"
                + "<p><img src=\"vote_files/chart.png\" alt=\"預算分配圖\"></p></article></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("wire.txt"), "Council passes budget\n\nThe vote was 7 to 5.");

        dropAndWait(Map.of(DataFormat.FILES, List.of(folder.toFile())));
        assertThat(window.viewModel().visibleArticles()).extracting(ArticleSummary::title)
                .containsExactlyInAnyOrder("預算案通過", "Council passes budget");

        clickOn("預算案通過");
        TitledPane strip = lookup("#attachments").queryAs(TitledPane.class);
        assertThat(strip.isVisible()).isTrue();
        assertThat(strip.getText()).isEqualTo("Attachments (2)");
        Node first = lookup("#attachment-0").query();
        assertThat(((Label) first.lookup(".attachment-caption")).getText()).isEqualTo("議員在議場內表決");
        assertThat(((Label) lookup("#attachment-1").query().lookup(".attachment-caption")).getText()).isEqualTo("預算分配圖");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.lookup(".attachment-image") != null);
        ImageView thumb = (ImageView) first.lookup(".attachment-image");
        assertThat(thumb.getImage().getHeight()).isEqualTo(AttachmentStrip.THUMB_HEIGHT);

        clickOn("Council passes budget");
        assertThat(strip.isVisible()).isFalse();

        // the copy a user saves is the file as it was beside the page, byte for byte
        long id = library.attachments().of(window.viewModel().visibleArticles().stream()
                .filter(a -> a.title().equals("預算案通過")).findFirst().orElseThrow().id()).get(0).id();
        Path saved = folder.resolve("copy.png");
        window.viewModel().attachmentFiles().save(id, saved);
        assertThat(saved).hasBinaryContent(photo);
    }
}
