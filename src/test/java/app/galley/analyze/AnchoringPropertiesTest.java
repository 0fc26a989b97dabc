package app.galley.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.text.Change;
import app.galley.clean.Cleaning;
import app.galley.model.Annotation;
import app.galley.model.TextTarget;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random edits to an annotated text never lose an annotation: each is placed on words equal to its
 * (possibly normalised) quote, or reported orphaned with its quote. An annotation no edit touched is
 * anchored on exactly its old words, where the edits moved them.
 */
class AnchoringPropertiesTest {

    record Edit(double at, int delete, String insert) {
    }

    record Case(String text, List<int[]> spans, List<Edit> edits, boolean recorded) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> words = Arbitraries.of("張旭表示", "上海", "腦科學", "「我們」", "，", "。", "the council ", "said ",
                "\n\n", "10億元", "研究中心", "創新", "他說道：", "。");
        Arbitrary<String> text = words.list().ofMinSize(20).ofMaxSize(120).map(l -> String.join("", l));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 12),
                Arbitraries.strings().withChars("新加字ab，。 ").ofMaxLength(10)).as(Edit::new);
        return Combinators.combine(text, Arbitraries.doubles().between(0, 1).list().ofMinSize(1).ofMaxSize(5),
                edit.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(true, false)).as((t, starts, edits, recorded) -> {
                    List<int[]> spans = new ArrayList<>();
                    for (double s : starts) {
                        int start = (int) (s * (t.length() - 6));
                        spans.add(new int[] {start, Math.min(t.length(), start + 4 + (int) (s * 97) % 20)});
                    }
                    return new Case(t, spans, edits, recorded);
                });
    }

    @Property(tries = 300)
    void noAnnotationIsEverLost(@ForAll("cases") Case c) {
        String before = c.text();
        List<Change> changes = changes(before, c.edits());
        String after = new Cleaning(before, changes).cleaned();
        Anchoring.Step step = new Anchoring.Step(before, after, c.recorded() ? changes : null);
        for (int[] span : c.spans()) {
            TextTarget t = TextTarget.of(before, span[0], span[1]);
            Anchoring.Placement p = Anchoring.place(t, List.of(step), after);
            assertThat(p).isNotNull();
            if (p.anchor() == Annotation.Anchor.ORPHANED) {
                assertThat(p.target().exact()).isEqualTo(t.exact());
                continue;
            }
            assertThat(after.substring(p.target().start(), p.target().end())).isEqualTo(p.target().exact());
            if (p.anchor() == Annotation.Anchor.ANCHORED) {
                assertThat(p.target().exact()).isEqualTo(t.exact());
            } else {
                // CHANGED: only where edits touched the words, and only while they stay mostly the same
                assertThat(untouched(changes, span)).isFalse();
                assertThat(FuzzyMatch.similarity(t.exact(), p.target().exact())).isGreaterThanOrEqualTo(Anchoring.MIN_SIMILARITY);
            }
            if (untouched(changes, span)) {
                assertThat(p.anchor()).isEqualTo(Annotation.Anchor.ANCHORED);
                if (c.recorded()) {
                    assertThat(p.target().start()).isEqualTo(shifted(changes, span[0]));
                }
            }
        }
    }

    /** Random edits as sorted, non-overlapping changes (all made by hand: rule "edit"). */
    private static List<Change> changes(String text, List<Edit> edits) {
        List<Change> out = new ArrayList<>();
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Double.compare(a.at(), b.at()));
        int floor = 0;
        for (Edit e : sorted) {
            int start = Math.max(floor, (int) (e.at() * text.length()));
            int end = Math.min(text.length(), start + e.delete());
            if (start > text.length() || (start == end && e.insert().isEmpty())) {
                continue;
            }
            out.add(new Change(start, end, e.insert(), "edit", "edited"));
            floor = end + 1;
        }
        return out;
    }

    private static boolean untouched(List<Change> changes, int[] span) {
        for (Change c : changes) {
            boolean insertion = c.start() == c.end();
            if (insertion ? c.start() > span[0] && c.start() < span[1] : c.start() < span[1] && c.end() > span[0]) {
                return false;
            }
        }
        return true;
    }

    private static int shifted(List<Change> changes, int pos) {
        int shift = 0;
        for (Change c : changes) {
            if (c.end() <= pos) {
                shift += c.replacement().length() - (c.end() - c.start());
            }
        }
        return pos + shift;
    }
}
