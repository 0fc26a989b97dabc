package app.galley.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The recogniser finds names in both scripts, and its offsets are the text's own. */
class ChineseNerTest {

    private static List<String> people(String text) {
        return ChineseNer.of(text).stream().filter(e -> e.kind() == ChineseNer.Kind.PERSON).map(ChineseNer.Entity::text).toList();
    }

    @Test
    void namesInTraditionalAndSimplifiedWithTheirOffsets() {
        String hant = "「必須結合起來。」長江流域漁政監督管理辦公室主任周建國說。";
        assertThat(people(hant)).containsExactly("周建國");
        ChineseNer.Entity e = ChineseNer.of(hant).stream().filter(x -> x.kind() == ChineseNer.Kind.PERSON).findFirst().orElseThrow();
        assertThat(hant.substring(e.start(), e.end())).isEqualTo("周建國");
        assertThat(people("湖北省监利市的退捕渔民张德福告诉记者：「以前一年能挣五六万。」")).containsExactly("张德福");
        assertThat(ChineseNer.of("湖北省监利市的退捕渔民张德福告诉记者").stream().filter(x -> x.kind() == ChineseNer.Kind.PLACE)
                .map(ChineseNer.Entity::text)).contains("湖北省");
        // transliterated and Japanese names
        assertThat(people("日本首相岸田文雄随后发表讲话。")).contains("岸田文雄");
    }

    @Test
    void aNameOpeningAParagraphOrAfterWhiteSpaceIsFoundWithItsOffsets() {
        // HanLP's recogniser misses a name right after a line break, white space or repeated marks
        String text = "颱風逼近，台灣高鐵公司今天宣布減班。\n\n陳世凱說：「高鐵應該早點宣布。」\n  王小明說。。。張惠妹說。　李大同說";
        assertThat(people(text)).containsExactly("陳世凱", "王小明", "張惠妹", "李大同");
        // each where it stands in the text (each name is there once)
        assertThat(ChineseNer.of(text).stream().filter(e -> e.kind() == ChineseNer.Kind.PERSON).map(ChineseNer.Entity::start))
                .containsExactly(text.indexOf("陳世凱"), text.indexOf("王小明"), text.indexOf("張惠妹"), text.indexOf("李大同"));
    }
}
