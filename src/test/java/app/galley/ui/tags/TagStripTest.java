package app.galley.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import app.galley.TestFiles;
import app.galley.model.ImportOutcome;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.service.Services;
import app.galley.store.Library;
import app.galley.ui.app.GalleyFxTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;

/** Tags on the article: suggestions accepted with a click, completion across languages, removal. */
class TagStripTest extends GalleyFxTest {

    private long sample;

    @Override
    protected void prepare(Library library) {
        sample = ((ImportOutcome.Imported) Services.of(library).imports().importFile(TestFiles.samplePath())).articleId();
    }

    private List<Tag> tags() {
        var ids = library.tags().tagIds(sample);
        return library.tags().all().stream().filter(t -> ids.contains(t.id())).toList();
    }

    private Button suggestion(String text) {
        return lookup("#tagSuggestions .button").match((Node n) -> ((Button) n).getText().equals(text)).queryAs(Button.class);
    }

    @Test
    void suggestionsCompletionAndRemoval() throws Exception {
        FlowPane suggestions = lookup("#tagSuggestions").queryAs(FlowPane.class);
        waitFor(30, TimeUnit.SECONDS, () -> !suggestions.getChildren().isEmpty());
        // the buttons are added on the FX thread one by one: reading them before it is done saw only the
        // first four (topics and people) on a loaded machine, so let it finish first (the same race,
        // not the index, is the likelier cause of an earlier failure that missed the keyword 寒武紀)
        settle();
        // people, places and topics; the keywords are TagSuggestionTest's to check
        assertThat(suggestions.getChildren()).extracting(n -> ((Button) n).getText())
                .contains("+ 張旭", "+ Shanghai", "+ science and technology").hasSizeLessThanOrEqualTo(10);

        clickOn(suggestion("+ 張旭"));
        settle();
        assertThat(tags()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TagKind.PERSON);
            assertThat(t.name()).isEqualTo("張旭");
        });
        assertThat(suggestions.getChildren()).extracting(n -> ((Button) n).getText()).doesNotContain("+ 張旭");

        // an organisation the recogniser found, named in full though it cut the name at 與
        clickOn(suggestion("+ 上海腦科學與類腦研究中心"));
        settle();
        assertThat(tags()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo(TagKind.ORGANISATION);
            assertThat(t.name()).isEqualTo("上海腦科學與類腦研究中心");
        });

        // Chinese words find the English-named topic
        clickOn("#tagField").write("科技與工程");
        settle();
        clickOn("technology and engineering  ·  Subject (IPTC Media Topic)");
        settle();
        assertThat(tags()).extracting(Tag::qcode).contains("medtop:20000756");

        // a tag of the newsroom's own: Enter alone makes none (nothing of that name is offered)
        clickOn("#tagField").write("Brain Project");
        settle();
        push(KeyCode.ENTER);
        settle();
        assertThat(tags()).noneSatisfy(t -> assertThat(t.name()).isEqualTo("Brain Project"));
        clickOn("New tag \u201cBrain Project\u201d (Story)");
        settle();
        assertThat(tags()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo(TagKind.STORY);
            assertThat(t.name()).isEqualTo("Brain Project");
        });

        // × takes one off
        Node chip = lookup("#tagChips .tag-person").query();
        clickOn(from(chip).lookup(".tag-remove").queryAs(Button.class));
        settle();
        assertThat(tags()).extracting(Tag::name).containsExactlyInAnyOrder("technology and engineering", "Brain Project", "上海腦科學與類腦研究中心");
    }
}
