package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.clean.Cleaning;
import app.galley.clean.FindReplace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value-based journal: undo gives the state before, redo the state after, a new change clears redo. */
class EditJournalTest {

    @Test
    void undoAndRedoWalkTheStatesBackAndForth() {
        EditJournal<String> j = new EditJournal<>(10);
        j.record("Typing", "a", "ab");
        j.record("Cleaning", "ab", "AB");
        assertThat(j.undoLabel()).contains("Cleaning");
        assertThat(j.undo()).get().satisfies(e -> assertThat(e.after()).isEqualTo("ab"));
        assertThat(j.undo()).get().satisfies(e -> assertThat(e.after()).isEqualTo("a"));
        assertThat(j.undo()).isEmpty();
        assertThat(j.redo()).get().satisfies(e -> assertThat(e.after()).isEqualTo("ab"));
        assertThat(j.redoLabel()).contains("Cleaning");
        j.record("Details", "ab", "abc");
        assertThat(j.redo()).isEmpty();
        assertThat(j.undo()).get().satisfies(e -> {
            assertThat(e.label()).isEqualTo("Details");
            assertThat(e.before()).isEqualTo("abc");
            assertThat(e.after()).isEqualTo("ab");
        });
    }

    @Test
    void aChangeThatChangesNothingIsNotRecordedAndTheJournalIsBounded() {
        EditJournal<Integer> j = new EditJournal<>(3);
        j.record("none", 1, 1);
        assertThat(j.undoLabel()).isEmpty();
        for (int i = 0; i < 5; i++) {
            j.record("step " + i, i, i + 1);
        }
        List<Integer> back = new java.util.ArrayList<>();
        for (var e = j.undo(); e.isPresent(); e = j.undo()) {
            back.add(e.get().after());
        }
        assertThat(back).containsExactly(4, 3, 2);
    }

    @Test
    void findAndReplaceIsChanges() {
        Cleaning plain = new FindReplace("a.b", "x$1", false, false).in("a.b aXb A.B");
        assertThat(plain.cleaned()).isEqualTo("x$1 aXb A.B");
        Cleaning regex = new FindReplace("(\\d+)億", "$1 億", true, false).in("投入10億，共7億");
        assertThat(regex.cleaned()).isEqualTo("投入10 億，共7 億");
        assertThat(regex.changes()).hasSize(2).allSatisfy(c -> assertThat(c.rule()).isEqualTo("find-replace"));
        assertThat(new FindReplace("council", "Council", false, true).in("COUNCIL and council").cleaned())
                .isEqualTo("Council and Council");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FindReplace("(", "", true, false))
                .hasMessageContaining("find-replace").hasMessageContaining("not a valid regular expression");
    }
}
