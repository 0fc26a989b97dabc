package app.galley.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.TagKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places and organisations for tag suggestions: names kept, descriptions the recogniser took for names left out. */
class PlacesAndOrganisationsTest {

    private static List<String> names(List<PlacesAndOrganisations.Named> found, TagKind kind) {
        return found.stream().filter(n -> n.kind() == kind).map(PlacesAndOrganisations.Named::name).toList();
    }

    @Test
    void simplifiedPortalCopy() {
        List<PlacesAndOrganisations.Named> found = PlacesAndOrganisations.in(
                "本报武汉6月3日电 长江流域禁捕以来，湖北的渔民陆续上岸转产，湖北省渔政执法人员查处案件120起。"
                        + "复旦大学生命科学学院的研究人员说，各研究机构应当加强合作。");
        assertThat(names(found, TagKind.PLACE)).contains("湖北省", "武汉", "长江")
                .doesNotContain("湖北"); // "湖北" and "湖北省" are one place
        assertThat(found).filteredOn(n -> n.name().equals("湖北省")).singleElement()
                .satisfies(n -> assertThat(n.count()).isEqualTo(2));
        assertThat(names(found, TagKind.ORGANISATION)).doesNotContain("各研究机构");
    }

    @Test
    void traditionalFarmCopyKeepsItsOwnCharactersAndWholeNames() {
        String text = "31日華為宣布與張江實驗室合作。新成立的上海腦科學與類腦研究中心，由上海市政府支持；"
                + "多家機構和創業者參與，張江實驗室將提供平台。";
        List<PlacesAndOrganisations.Named> found = PlacesAndOrganisations.in(text);
        assertThat(names(found, TagKind.ORGANISATION)).contains("華為", "張江實驗室", "上海腦科學與類腦研究中心", "上海市政府")
                .doesNotContain("31日華為", "類腦研究中心", "多家機構", "創業者");
        assertThat(found).allSatisfy(n -> assertThat(text).contains(n.name()));
    }

    @Test
    void descriptionsEndingLikeOrganisationsAreNotNames() {
        assertThat(PlacesAndOrganisations.organisation("农村局", 1)).isFalse();
        assertThat(PlacesAndOrganisations.organisation("技术研究院", 3)).isFalse();
        assertThat(PlacesAndOrganisations.organisation("各研究机构", 1)).isFalse();
        assertThat(PlacesAndOrganisations.organisation("上海市政府", 1)).isTrue();
        assertThat(PlacesAndOrganisations.organisation("复旦大学", 1)).isTrue();
        // a word the dictionary does not know is a name only when the text keeps using it
        assertThat(PlacesAndOrganisations.organisation("北两中心", 1)).isFalse();
        assertThat(PlacesAndOrganisations.organisation("北两中心", 2)).isTrue();
        assertThat(PlacesAndOrganisations.place("本站")).isFalse();
        assertThat(PlacesAndOrganisations.place("鄱阳县")).isTrue();
    }

    @Test
    void englishTextHasNone() {
        assertThat(PlacesAndOrganisations.in("The city council of Springfield approved the budget.")).isEmpty();
    }
}
