package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.LibraryTestBase;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.service.Services;
import app.galley.store.Library;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IPTC's published NewsML-G2 examples (src/test/resources/producers/newsml-g2, CC BY 4.0). */
class NewsMlProducersTest extends LibraryTestBase {

    @Override
    protected ImportService importer(Library library) {
        return Services.of(library).imports(); // with the tag service, as the window and the CLI have it
    }

    private ImportOutcome importing(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/producers/newsml-g2/" + fixture)) {
            return importer.importFile(write(fixture, in.readAllBytes()));
        }
    }

    private List<String> tags(Article a, TagKind kind) {
        return library.tags().ofArticle(a.id()).stream().filter(t -> t.kind() == kind)
                .map(t -> t.qcode() != null ? t.qcode() : t.name()).toList();
    }

    @Test
    void aTextItemWithAnNitfBody() throws IOException {
        Article a = stored(importing("LISTING_2_NewsML-G2_Text_Document.xml"));

        assertThat(a.title()).isEqualTo("Fed to halt QE to avert \"bubble\"");
        assertThat(a.byline()).isEqualTo("Meredith Jameson");
        assertThat(a.dateline()).isEqualTo("New York, NY");
        assertThat(a.source()).isEqualTo("Associated Press");
        assertThat(a.language()).isEqualTo("en-US");
        assertThat(a.published()).isEqualTo(Instant.parse("2016-11-21T20:21:06Z"));
        // the NITF head's headline and byline stay out of the text
        assertThat(a.body()).startsWith("(New York, NY - October 21) Et, sent luptat luptat")
                .doesNotContain("Fed to halt", "Staff Reporter", "By Meredith");
        assertThat(a.body().split("\n\n")).hasSize(2);
        assertThat(tags(a, TagKind.SUBJECT)).containsExactlyInAnyOrder("medtop:04000000", "medtop:20000350",
                "medtop:20000379");
    }

    @Test
    void aSportsStoryKeepsItsAbstractOnceAndItsPeopleAndTeamsAsTags() throws IOException {
        Article a = stored(importing("LISTING_22_Sports_story_in_NewsML-G2NITF.xml"));

        assertThat(a.title()).isEqualTo("Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.");
        assertThat(a.byline()).isEqualTo("The Sports Network");
        // the abstract is the first paragraph's own words: not repeated as a subtitle or a paragraph
        assertThat(a.subtitle()).isNull();
        assertThat(a.body().split("A pair of teams coming off big weekend sweeps", -1)).hasSize(2);
        assertThat(a.body()).startsWith("(Sports Network) - A pair of teams").doesNotContain("7:05p.m.");
        assertThat(a.body().split("\n\n")).hasSize(6);
        assertThat(tags(a, TagKind.SUBJECT)).containsExactlyInAnyOrder("medtop:20000822", "medtop:20000849");
        assertThat(tags(a, TagKind.PERSON)).containsExactlyInAnyOrder("Doug Davis", "Freddy Garcia");
        assertThat(tags(a, TagKind.ORGANISATION)).containsExactlyInAnyOrder("Philadelphia Phillies",
                "Arizona Diamondbacks");
        assertThat(a.published()).isEqualTo(Instant.parse("2016-10-19T16:15:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LISTING_21_A_complete_sample_SportsML-G2_document.xml|SportsML statistics (application/sportsml+xml), not a story",
            "LISTING_3_Photo_in_NewsML-G2.xml|a NewsML-G2 picture item (ninat:picture), not a story",
            "LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml|a NewsML-G2 video item (ninat:video), not a story",
            "LISTING_1_A_NewsML-G2_News_Item.xml|the article body is empty"})
    void itemsWithoutAStoryAreRefusedSayingWhatTheyAre(String fixture, String message) throws IOException {
        ImportOutcome outcome = importing(fixture);
        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Failed.class, f -> {
            assertThat(f.source()).contains(fixture);
            assertThat(f.problem()).contains(message);
        });
        assertThat(library.articles().count()).isZero();
    }
}
