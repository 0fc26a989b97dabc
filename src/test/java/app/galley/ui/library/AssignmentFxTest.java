package app.galley.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.model.Assignment;
import app.galley.model.ImportOutcome;
import app.galley.service.Services;
import app.galley.ui.app.GalleyFxTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Assigning a selection as an editor would (issue 23): Article › Assign Selected Articles, a role,
 * who, a due time and a note; the table shows the assignee, the sidebar counts "Assigned to me" and
 * "Overdue" and shows them, and Edit › Undo takes the assignment back.
 */
class AssignmentFxTest extends GalleyFxTest {

    private long sample;
    private long other;

    @Override
    protected void prepare(app.galley.store.Library library) {
        Services s = Services.of(library);
        sample = ((ImportOutcome.Imported) s.imports().importFile(TestFiles.samplePath())).articleId();
        other = ((ImportOutcome.Imported) s.imports().importText(
                "Council approves budget\n\nThe council approved the budget on Tuesday.", "paste")).articleId();
    }

    private String section(Section s) {
        @SuppressWarnings("unchecked")
        ListView<Section> sections = lookup("#sections").queryAs(ListView.class);
        return interactAndGet(() -> {
            for (javafx.scene.Node n : sections.lookupAll(".list-cell")) {
                if (n instanceof javafx.scene.control.ListCell<?> c && s.equals(c.getItem())) {
                    return c.getText();
                }
            }
            return null;
        });
    }

    @Test
    void aSelectionIsAssignedShownInTheTableAndTheSidebarAndUndone() {
        settle();
        String me = window.context().services().user();
        clickOn(table());
        push(KeyCode.SHORTCUT, KeyCode.A); // both articles
        settle();
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A);
        clickOn("#assignRole").clickOn("Fact-checker");
        clickOn("#assignee").write(me);
        clickOn("#assignDueDate .text-field").write(LocalDate.of(2020, 1, 2).format(
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                        .withLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)))).push(KeyCode.TAB);
        clickOn("#assignDueTime").write("09:30");
        clickOn("#assignNote").write("核對數字");
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.getText().equals("Assign"))
                .queryAs(Button.class));
        settle();

        for (long id : List.of(sample, other)) {
            assertThat(library.assignments().of(id)).singleElement().satisfies(a -> {
                assertThat(a.role()).isEqualTo(Assignment.Role.FACT_CHECKER);
                assertThat(a.assignee()).isEqualTo(me);
                assertThat(a.due()).isEqualTo(LocalDate.of(2020, 1, 2).atTime(LocalTime.of(9, 30))
                        .atZone(ZoneId.systemDefault()).toInstant());
                assertThat(a.note()).isEqualTo("核對數字");
            });
        }
        assertThat(table().getItems()).extracting(s -> s.assignees()).containsOnly(me);
        assertThat(section(Section.MINE)).isEqualTo("Assigned to me  (2)");
        assertThat(section(Section.OVERDUE)).isEqualTo("Overdue  (2)");

        // the section shows what it counts
        clickOn(section(Section.OVERDUE));
        settle();
        assertThat(table().getItems()).hasSize(2);
        clickOn(section(Section.MINE));
        settle();
        assertThat(table().getItems()).hasSize(2);
        shot("assigned-to-me");

        // the whole assignment is one undo
        clickOn("Edit").clickOn("#undoItem");
        settle();
        assertThat(library.assignments().of(sample)).isEmpty();
        assertThat(library.assignments().of(other)).isEmpty();
        assertThat(section(Section.MINE)).isEqualTo("Assigned to me  (0)");
        assertThat(table().getItems()).isEmpty();
    }
}
