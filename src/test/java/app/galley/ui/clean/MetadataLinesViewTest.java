package app.galley.ui.clean;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.Article;
import app.galley.model.ArticleSummary;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.ui.app.GalleyFxTest;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/**
 * An article whose metadata stands in lines around its headline (issue 20): imported with its
 * headline, byline, source and date read from them, and cleaned of them as changes of their own rule,
 * reviewed and applied in the Clean tab like any other.
 */
class MetadataLinesViewTest extends GalleyFxTest {

    private long id;
    private long repost;

    @Override
    protected void prepare(app.galley.store.Library library) {
        id = ((ImportOutcome.Imported) Services.of(library).imports().importText(
                "分類：財經 | 發布時間：2026-08-09 | 來源：經濟日報 | 閱讀：1,024\n\n颱風過後菜價飆漲　高麗菜一顆破百元\n"
                        + "記者 陳怡君／台北報導\n\n受到颱風影響，全台蔬菜價格連日上漲，高麗菜批發均價比颱風前漲了將近三倍。\n\n"
                        + "攤商黃明德說：「一顆高麗菜現在要賣一百二，客人問了就走。」\n\n分享到：Facebook　LINE\n",
                "vegetables.txt")).articleId();
        repost = ((ImportOutcome.Imported) Services.of(library).imports().importText(
                "來源：每日頭條\n\n高鐵延伸屏東定案　2030年通車\n\n交通部今天宣布，高鐵延伸屏東案定案，六堆站址確定。\n\n"
                        + "交通部長說：「這是南部鄉親等了很久的建設。」\n\n"
                        + "（本文轉載自自由時報，原標題：高鐵南延屏東拍板　六堆站址確定）\n",
                "repost.txt")).articleId();
    }

    private void open(long articleId) {
        ArticleSummary s = table().getItems().stream().filter(x -> x.id() == articleId).findFirst().orElseThrow();
        clickOn(lookup(".table-row-cell").match((javafx.scene.Node n) -> ((javafx.scene.control.TableRow<?>) n).getItem() == s)
                .queryAs(javafx.scene.Node.class));
        settle();
    }

    private Article stored() {
        return library.articles().find(id).orElseThrow();
    }

    @Test
    void theMetadataLinesBecomeFieldsAndLeaveTheBodyAsChangesOfTheirOwn() throws Exception {
        Article a = stored();
        assertThat(a.title()).isEqualTo("颱風過後菜價飆漲　高麗菜一顆破百元"); // not the metadata bar
        assertThat(a.byline()).isEqualTo("陳怡君");
        assertThat(a.source()).isEqualTo("經濟日報");
        assertThat(a.published()).hasToString("2026-08-09T00:00:00Z");

        open(id);
        push(KeyCode.SHORTCUT, KeyCode.K);
        settle();
        assertThat(lookup("#cleanSummary").queryAs(Label.class).getText()).contains("Metadata lines 3");
        assertThat(lookup("#cleanDiff").queryAs(StyleClassedTextArea.class).getText()).contains("記者 陳怡君／台北報導");

        clickOn("#applyCleaningButton");
        settle();
        assertThat(stored().body()).doesNotContain("分類：財經").doesNotContain("記者 陳怡君").doesNotContain("分享到")
                .startsWith("受到颱風影響");
        assertThat(stored().byline()).isEqualTo("陳怡君"); // the field stays when its line goes
    }

    @Test
    void aRepostShowsItsFirstPublisherFirstHeadlineAndTheOtherSourcesWhichTheEditorCanCorrect() {
        Article a = library.articles().find(repost).orElseThrow();
        assertThat(a.source()).isEqualTo("自由時報"); // the credit's outlet, not the farm's 來源 line
        assertThat(a.originalTitle()).isEqualTo("高鐵南延屏東拍板　六堆站址確定");
        assertThat(a.otherSources()).containsExactly("每日頭條");

        open(repost);
        assertThat(lookup("#sourceLabel").queryAs(Label.class).getText()).isEqualTo("自由時報 (also: 每日頭條)");
        Label first = lookup("#originalTitleLabel").queryAs(Label.class);
        assertThat(first.isVisible()).isTrue();
        assertThat(first.getText()).isEqualTo("高鐵南延屏東拍板　六堆站址確定");

        // the editor adds the wire service the farm also named, and corrects the first headline
        push(KeyCode.SHORTCUT, KeyCode.I);
        settle();
        TextField others = lookup("#detailOtherSources").queryAs(TextField.class);
        assertThat(others.getText()).isEqualTo("每日頭條");
        clickOn(others).push(KeyCode.END).write("; 中央社");
        TextField headline = lookup("#detailOriginalTitle").queryAs(TextField.class);
        interact(() -> headline.setText("高鐵南延屏東拍板"));
        clickOn(lookup("#detailsDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        settle();
        Article edited = library.articles().find(repost).orElseThrow();
        assertThat(edited.otherSources()).containsExactly("每日頭條", "中央社");
        assertThat(edited.originalTitle()).isEqualTo("高鐵南延屏東拍板");
        assertThat(lookup("#sourceLabel").queryAs(Label.class).getText()).isEqualTo("自由時報 (also: 每日頭條, 中央社)");

        // an article without a credit shows no first-headline row
        open(id);
        assertThat(lookup("#originalTitleLabel").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aBlogPageDroppedOnTheTableIsCreditedToTheBlogItsTitleNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path page = dir.resolve("bookshop.html");
        java.nio.file.Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Readers buy their bookshop | Harbour Notes</title></head><body><article>"
                + "<h1>Readers buy their bookshop</h1><p>When the last bookshop on Harbour Street closed in March,"
                + " residents feared the block would stay dark for years. Instead, 140 readers raised $86,000.</p>"
                + "<p>\"We did not want another phone shop,\" said Mira Osei, who chairs the cooperative.</p>"
                + "</article><footer>Proudly powered by WordPress</footer></body></html>");
        dropAndWait(java.util.Map.of(javafx.scene.input.DataFormat.FILES, java.util.List.of(page.toFile())));
        ArticleSummary s = table().getItems().stream().filter(x -> x.title().equals("Readers buy their bookshop"))
                .findFirst().orElseThrow();
        open(s.id());
        assertThat(lookup("#sourceLabel").queryAs(Label.class).getText()).isEqualTo("Harbour Notes");
    }
}
