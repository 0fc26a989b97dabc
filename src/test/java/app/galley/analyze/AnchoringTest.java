package app.galley.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.clean.Cleaning;
import app.galley.clean.CleanInput;
import app.galley.clean.RuleSet;
import app.galley.clean.ScriptConversion;
import app.galley.model.Annotation;
import app.galley.model.TextTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchoringTest {

    private static final String TEXT = "第一段。\n\n張旭表示：「我們將力求在體制和機制上有所創新,尋求深層次的突破。」\n\n"
            + "他說道：「我們一味地把美歐的模式拿過來也是有問題的。」";

    private static TextTarget quote(String text, String words) {
        int at = text.indexOf(words);
        return TextTarget.of(text, at, at + words.length());
    }

    private static Anchoring.Placement place(TextTarget t, String before, String after, boolean recorded) {
        Cleaning diff = new Cleaning(before, app.galley.text.TextDiff.changes(before, after, "edited", "edit"));
        return Anchoring.place(t, List.of(new Anchoring.Step(before, after, recorded ? diff.changes() : null)), after);
    }

    @Test
    void cleaningInsideTheQuoteKeepsItAnchoredOnTheNormalisedWords() {
        TextTarget t = quote(TEXT, "我們將力求在體制和機制上有所創新,尋求深層次的突破。");
        Cleaning c = RuleSet.defaults().pipeline(null).run(new CleanInput(TEXT, null, "zh-Hant", null));
        assertThat(c.changes()).isNotEmpty();
        Anchoring.Placement p = Anchoring.place(t, List.of(new Anchoring.Step(TEXT, c.cleaned(), c.changes())), c.cleaned());
        assertThat(p.anchor()).isEqualTo(Annotation.Anchor.ANCHORED);
        assertThat(p.target().exact()).isEqualTo("我們將力求在體制和機制上有所創新，尋求深層次的突破。");
        assertThat(p.quoteChanged()).isTrue();
        assertThat(c.cleaned().substring(p.target().start(), p.target().end())).isEqualTo(p.target().exact());
    }

    @Test
    void scriptConversionCarriesTheAnnotationIntoTheOtherScript() {
        TextTarget t = quote(TEXT, "我們一味地把美歐的模式拿過來也是有問題的。");
        Cleaning c = ScriptConversion.convert(TEXT, ScriptConversion.Profile.T2S);
        Anchoring.Placement p = Anchoring.place(t, List.of(new Anchoring.Step(TEXT, c.cleaned(), c.changes())), c.cleaned());
        assertThat(p.anchor()).isEqualTo(Annotation.Anchor.ANCHORED);
        assertThat(p.target().exact()).isEqualTo("我们一味地把美欧的模式拿过来也是有问题的。");
    }

    @Test
    void typingBeforeTheQuoteShiftsIt() {
        TextTarget t = quote(TEXT, "我們一味地");
        String edited = "新的導語。" + TEXT;
        for (boolean recorded : new boolean[] {true, false}) {
            Anchoring.Placement p = place(t, TEXT, edited, recorded);
            assertThat(p.anchor()).isEqualTo(Annotation.Anchor.ANCHORED);
            assertThat(p.target().start()).isEqualTo(t.start() + 5);
            assertThat(p.quoteChanged()).isFalse();
        }
    }

    @Test
    void editingInsideTheQuoteMarksItChangedForASecondLook() {
        TextTarget t = quote(TEXT, "我們一味地把美歐的模式拿過來也是有問題的。");
        String edited = TEXT.replace("美歐的模式", "歐美的模式");
        Anchoring.Placement p = place(t, TEXT, edited, true);
        assertThat(p.anchor()).isEqualTo(Annotation.Anchor.CHANGED);
        assertThat(p.target().exact()).isEqualTo("我們一味地把歐美的模式拿過來也是有問題的。");
    }

    @Test
    void deletedWordsAreOrphanedWithTheirQuoteAndFoundAgainWhenTheyComeBack() {
        TextTarget t = quote(TEXT, "我們一味地把美歐的模式拿過來也是有問題的。");
        String cut = TEXT.substring(0, TEXT.indexOf("他說道"));
        Anchoring.Placement gone = place(t, TEXT, cut, false);
        assertThat(gone.anchor()).isEqualTo(Annotation.Anchor.ORPHANED);
        assertThat(gone.target().exact()).isEqualTo(t.exact());

        // the editor pastes the paragraph back: the quote is found again by its words and context
        Anchoring.Placement back = Anchoring.place(gone.target(), List.of(), TEXT);
        assertThat(back.anchor()).isEqualTo(Annotation.Anchor.ANCHORED);
        assertThat(back.target().start()).isEqualTo(t.start());
    }

    @Test
    void withoutHistoryTheContextPicksTheRightOccurrence() {
        String text = "甲說：「好。」乙說：「好。」丙說：「好。」";
        int second = text.indexOf("好", text.indexOf("乙"));
        TextTarget t = TextTarget.of(text, second, second + 2);
        String moved = "開頭加了一句話。" + text.replace("甲說", "甲先生說");
        Anchoring.Placement p = Anchoring.place(t, List.of(), moved);
        assertThat(p.anchor()).isEqualTo(Annotation.Anchor.ANCHORED);
        assertThat(moved.substring(p.target().start() - 4, p.target().start())).isEqualTo("乙說：「");
    }

    @Test
    void aRewrittenSentenceIsFoundByApproximateMatch() {
        String text = "The council voted on Tuesday. \"We have waited eleven years for this line,\" she said.";
        TextTarget t = quote(text, "We have waited eleven years for this line,");
        String rewritten = "On Tuesday the council finally voted. \"We have waited 11 years for this line,\" she said.";
        Anchoring.Placement p = Anchoring.place(t, List.of(), rewritten);
        assertThat(p.anchor()).isEqualTo(Annotation.Anchor.CHANGED);
        assertThat(p.target().exact()).isEqualTo("We have waited 11 years for this line,");
    }
}
