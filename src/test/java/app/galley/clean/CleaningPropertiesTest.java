package app.galley.clean;

import app.galley.text.OffsetMap;

import app.galley.text.Change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of cleanings, offset maps and composition, on random texts and random changes. */
class CleaningPropertiesTest {

    record Case(String text, List<Change> changes) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> texts = Arbitraries.strings().withChars("ab，。「」 \n中文").ofMinLength(0).ofMaxLength(40);
        return texts.flatMap(t -> changesFor(t).map(cs -> new Case(t, cs)));
    }

    /** Random sorted, non-overlapping changes for a text (removals, replacements, insertions). */
    private static Arbitrary<List<Change>> changesFor(String text) {
        Arbitrary<Integer> cuts = Arbitraries.integers().between(0, text.length());
        Arbitrary<String> replacements = Arbitraries.strings().withChars("xy，").ofMaxLength(3);
        return Combinators.combine(cuts.list().ofMaxSize(8), replacements.list().ofSize(8)).as((points, reps) -> {
            List<Integer> sorted = new ArrayList<>(points);
            sorted.sort(Integer::compareTo);
            List<Change> out = new ArrayList<>();
            for (int i = 0; i + 1 < sorted.size(); i += 2) {
                int s = sorted.get(i);
                int e = sorted.get(i + 1);
                Change c = new Change(s, e, reps.get(i / 2), "r", "test");
                if (s == e && c.replacement().isEmpty()) {
                    continue; // an empty insertion is no change
                }
                if (out.isEmpty() || !out.get(out.size() - 1).overlaps(c)) {
                    out.add(c);
                }
            }
            return out;
        });
    }

    @Property
    void keptTextIsMappedExactly(@ForAll("cases") Case c) {
        Cleaning cleaning = new Cleaning(c.text(), c.changes());
        String cleaned = cleaning.cleaned();
        OffsetMap map = cleaning.offsets(x -> true);
        for (int i = 0; i < c.text().length(); i++) {
            int at = i;
            boolean changed = c.changes().stream().anyMatch(x -> at >= x.start() && at < x.end());
            if (!changed) {
                int j = map.toCleaned(i);
                assertThat(cleaned.charAt(j)).isEqualTo(c.text().charAt(i));
                assertThat(map.toOriginal(j)).isEqualTo(i);
            }
        }
        assertThat(map.toCleaned(c.text().length())).isEqualTo(cleaned.length());
        assertThat(map.toOriginal(cleaned.length())).isEqualTo(c.text().length());
    }

    @Property
    void mapsAreMonotone(@ForAll("cases") Case c) {
        OffsetMap map = new Cleaning(c.text(), c.changes()).offsets(x -> true);
        for (int i = 1; i <= c.text().length(); i++) {
            assertThat(map.toCleaned(i)).isGreaterThanOrEqualTo(map.toCleaned(i - 1));
        }
    }

    @Property
    void rejectingEveryChangeGivesTheOriginalBack(@ForAll("cases") Case c) {
        Cleaning cleaning = new Cleaning(c.text(), c.changes());
        assertThat(cleaning.apply(x -> false)).isEqualTo(c.text());
    }

    @Property
    void acceptingSomeChangesAppliesExactlyThose(@ForAll("cases") Case c, @ForAll long seed) {
        Cleaning cleaning = new Cleaning(c.text(), c.changes());
        java.util.Random random = new java.util.Random(seed);
        List<Change> keep = c.changes().stream().filter(x -> random.nextBoolean()).toList();
        String partly = cleaning.apply(keep::contains);
        // applying the rest to the partly cleaned text (moved through the map) gives the fully cleaned text
        OffsetMap map = cleaning.offsets(keep::contains);
        List<Change> rest = c.changes().stream().filter(x -> !keep.contains(x))
                .map(x -> new Change(map.toCleaned(x.start()), map.toCleaned(x.start()) + x.end() - x.start(),
                        x.replacement(), x.rule(), x.reason()))
                .toList();
        assertThat(new Cleaning(partly, rest).cleaned()).isEqualTo(cleaning.cleaned());
    }

    @Property
    void twoStagesComposeIntoOneCleaningOfTheOriginal(@ForAll("cases") Case first, @ForAll long seed) {
        Cleaning one = new Cleaning(first.text(), first.changes());
        String middle = one.cleaned();
        List<Change> second = changesFor(middle).generator(10).next(new java.util.Random(seed)).value();
        Cleaning two = new Cleaning(middle, second);
        Cleaning both = one.then(two);
        assertThat(both.original()).isEqualTo(first.text());
        assertThat(both.cleaned()).isEqualTo(two.cleaned());
    }
}
