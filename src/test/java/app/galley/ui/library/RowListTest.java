package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The table's rows: each replacement told in one change that says exactly what went and what came. */
class RowListTest {

    private record Seen(int from, int to, List<String> removed, List<String> added) {
    }

    private static List<Seen> follow(RowList<String> list) {
        List<Seen> seen = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                seen.add(new Seen(c.getFrom(), c.getTo(), List.copyOf(c.getRemoved()), List.copyOf(c.getAddedSubList())));
            }
        });
        return seen;
    }

    @Test
    void replacingEveryRowIsOneChangeWithTheOldRowsAsRemoved() {
        RowList<String> list = new RowList<>();
        List<Seen> seen = follow(list);
        list.replaceAll(List.of("a", "b", "c"));
        list.replaceAll(List.of("x", "y"));
        assertThat(list).containsExactly("x", "y");
        assertThat(seen).containsExactly(
                new Seen(0, 3, List.of(), List.of("a", "b", "c")),
                new Seen(0, 2, List.of("a", "b", "c"), List.of("x", "y")));
        list.replaceAll(List.of());
        assertThat(list).isEmpty();
        assertThat(seen.get(2)).isEqualTo(new Seen(0, 0, List.of("x", "y"), List.of()));
    }

    @Test
    void otherRowsAreOneReplacementOfOnlyTheRangeThatDiffersAndNothingWhenNothingDiffers() {
        RowList<String> list = new RowList<>();
        list.replaceAll(List.of("-", "-", "-", "-", "-", "-"));
        List<Seen> seen = follow(list);
        list.replace(1, List.of("-", "b", "c", "-", "e", "f", "beyond the end"));
        assertThat(list).containsExactly("-", "-", "b", "c", "-", "e");
        assertThat(seen).containsExactly(new Seen(2, 6, List.of("-", "-", "-", "-"), List.of("b", "c", "-", "e")));
        list.replace(2, List.of("b", "c"));
        assertThat(seen).hasSize(1);
    }

    @Test
    void newValuesOfTheSameRowsAreOneUpdateThatAddsAndRemovesNothing() {
        RowList<String> list = new RowList<>();
        list.replaceAll(List.of("-", "-", "-", "-"));
        List<ListChangeListener.Change<? extends String>> changes = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                assertThat(c.wasUpdated()).isTrue();
                assertThat(c.wasAdded() || c.wasRemoved() || c.wasReplaced() || c.wasPermutated()).isFalse();
                ranges.add(new int[] {c.getFrom(), c.getTo()});
            }
        });
        list.update(1, List.of("b", "-", "d"));
        assertThat(list).containsExactly("-", "b", "-", "d");
        assertThat(ranges).containsExactly(new int[] {1, 4});
        list.update(3, List.of("d"));
        assertThat(ranges).hasSize(1);
    }

    @Test
    void itIsReadOnlyToEveryoneElse() {
        RowList<String> list = new RowList<>();
        list.replaceAll(List.of("a"));
        assertThatThrownBy(() -> list.set(0, "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
