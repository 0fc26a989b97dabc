package app.galley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ParagraphMergeTest {

    private static final String BASE = String.join("\n\n", "標題段落", "第二段：張旭說，「這是第一句。」", "第三段", "第四段", "第五段");

    @Test
    void editsOfDifferentParagraphsAreBothKept() {
        String mine = BASE.replace("第二段：", "第二段,").replace("第二段,", "第二段，");
        String theirs = BASE.replace("第五段", "第五段，補充一句。");
        assertThat(ParagraphMerge.merge(BASE, mine, theirs)).contains(
                String.join("\n\n", "標題段落", "第二段，張旭說，「這是第一句。」", "第三段", "第四段", "第五段，補充一句。"));
    }

    @Test
    void aParagraphAddedOnOneSideAndOneRemovedOnTheOther() {
        String mine = BASE.replace("第三段\n\n", "");
        String theirs = BASE + "\n\n新的一段";
        assertThat(ParagraphMerge.merge(BASE, mine, theirs))
                .contains(String.join("\n\n", "標題段落", "第二段：張旭說，「這是第一句。」", "第四段", "第五段", "新的一段"));
    }

    @Test
    void theSameChangeOnBothSidesIsKeptOnce() {
        String both = BASE.replace("第四段", "第四段（已核實）");
        String theirs = both.replace("第五段", "第五段。");
        assertThat(ParagraphMerge.merge(BASE, both, theirs)).contains(theirs);
    }

    @Test
    void changesToTheSameParagraphConflict() {
        assertThat(ParagraphMerge.merge(BASE, BASE.replace("第三段", "第三段 A"), BASE.replace("第三段", "第三段 B")))
                .isEmpty();
        // two insertions at one place: their order is the editor's to choose
        assertThat(ParagraphMerge.merge(BASE, BASE + "\n\nA", BASE + "\n\nB")).isEmpty();
    }

    @Property(tries = 200)
    void oneSidedEditsComeThroughUnchanged(@ForAll("bodies") List<String> base, @ForAll @IntRange(max = 6) int at,
                                           @ForAll("bodies") List<String> inserted) {
        String b = String.join("\n\n", base);
        List<String> changed = new ArrayList<>(base);
        changed.addAll(Math.min(at, changed.size()), inserted);
        String c = String.join("\n\n", changed);
        assertThat(ParagraphMerge.merge(b, c, b)).contains(c);
        assertThat(ParagraphMerge.merge(b, b, c)).contains(c);
        assertThat(ParagraphMerge.merge(b, c, c)).contains(c);
    }

    @Property(tries = 200)
    void editsFarApartCommute(@ForAll @IntRange(min = 0, max = 2) int first, @ForAll @IntRange(min = 4, max = 7) int second) {
        List<String> base = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            base.add("段落" + i);
        }
        List<String> mine = new ArrayList<>(base);
        mine.set(first, "改動" + first);
        List<String> theirs = new ArrayList<>(base);
        theirs.set(second, "修改" + second);
        String b = String.join("\n\n", base);
        String m = String.join("\n\n", mine);
        String t = String.join("\n\n", theirs);
        assertThat(ParagraphMerge.merge(b, m, t)).isEqualTo(ParagraphMerge.merge(b, t, m));
        assertThat(ParagraphMerge.merge(b, m, t).orElseThrow()).contains("改動" + first).contains("修改" + second)
                .doesNotContain("段落" + first + "\n").doesNotContain("段落" + second);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<String>> bodies() {
        return net.jqwik.api.Arbitraries.strings().withChars("甲乙丙丁ab ，。").ofMinLength(1).ofMaxLength(6)
                .filter(s -> !s.contains("\n")).list().ofMinSize(1).ofMaxSize(5);
    }
}
