package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestClock;
import app.galley.TestFiles;
import app.galley.model.Assignment;
import app.galley.model.AuditAction;
import app.galley.model.AuditEvent;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assignments (issue 23) on a real library: a selection at once, one per role, recorded, undoable, overdue by the clock. */
class AssignmentServiceTest {

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock("2026-12-04T09:00:00Z");
    private Library lib;
    private Services desk;
    private long sample;
    private long other;

    @BeforeEach
    void open() {
        lib = Library.openEmbedded(dir.resolve("lib"), clock);
        desk = Services.of(lib, Services.Options.standard().withUser("陳主編"));
        sample = ((ImportOutcome.Imported) desk.imports().importFile(TestFiles.samplePath())).articleId();
        other = ((ImportOutcome.Imported) desk.imports().importText(
                "Council approves budget\n\nThe council approved the budget on Tuesday.", "paste")).articleId();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private List<AuditEvent> events(long id, AuditAction action) {
        return desk.audit().history(id).stream().filter(e -> e.action() == action).toList();
    }

    @Test
    void aSelectionIsAssignedReassignedAndUnassignedOneRoleAtATime() {
        AssignmentService assignments = desk.assignments();
        Instant due = Instant.parse("2026-12-04T18:00:00Z");
        assignments.assign(List.of(sample, other), Assignment.Role.FACT_CHECKER, "周敏", due, "核對數字");
        assignments.assign(List.of(sample), Assignment.Role.EDITOR, "Ruth Delgado", null, null);
        assertThat(assignments.of(sample)).extracting(Assignment::role, Assignment::assignee, Assignment::due, Assignment::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Assignment.Role.EDITOR, "Ruth Delgado", null, "陳主編"),
                        org.assertj.core.groups.Tuple.tuple(Assignment.Role.FACT_CHECKER, "周敏", due, "陳主編"));
        assertThat(assignments.of(other)).singleElement().satisfies(a -> assertThat(a.note()).isEqualTo("核對數字"));
        assertThat(assignments.assignedTo("周敏")).containsExactly(sample, other);

        // reassigned: one fact-checker per article still
        assignments.assign(List.of(other), Assignment.Role.FACT_CHECKER, "Ruth Delgado", due, null);
        assertThat(assignments.assignedTo("周敏")).containsExactly(sample);
        assertThat(assignments.assignedTo("Ruth Delgado")).containsExactly(sample, other);
        assertThat(events(other, AuditAction.ASSIGN)).extracting(e -> e.get("assignee")).containsExactly("Ruth Delgado", "周敏");

        assignments.unassign(List.of(sample, other), Assignment.Role.FACT_CHECKER);
        assertThat(assignments.of(other)).isEmpty();
        assertThat(events(sample, AuditAction.UNASSIGN)).singleElement().satisfies(e -> {
            assertThat(e.get("assignee")).isEqualTo("周敏");
            assertThat(e.get("role")).isEqualTo("fact-checker");
            assertThat(e.actor()).isEqualTo("陳主編");
        });
        // the same assignment again changes nothing and records nothing
        int before = desk.audit().history(sample).size();
        assignments.unassign(List.of(sample), Assignment.Role.FACT_CHECKER);
        assertThat(desk.audit().history(sample)).hasSize(before);
        assertThatThrownBy(() -> assignments.assign(List.of(sample), Assignment.Role.EDITOR, " ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overdueFollowsTheClockAndLeavesOutFinishedAndTrashedArticles() {
        AssignmentService assignments = desk.assignments();
        assignments.assign(List.of(sample, other), Assignment.Role.EDITOR, "周敏", Instant.parse("2026-12-04T12:00:00Z"), null);
        assertThat(assignments.overdue()).isEmpty();
        clock.advance(Duration.ofHours(4));
        assertThat(assignments.overdue()).containsExactly(sample, other);
        var a = desk.articles().find(other).orElseThrow();
        desk.articles().changeStatus(other, a.version(), app.galley.model.ArticleStatus.SPIKED);
        assertThat(assignments.overdue()).containsExactly(sample);
        desk.articles().moveToTrash(List.of(sample));
        assertThat(assignments.overdue()).isEmpty();
        assertThat(assignments.assignedTo("周敏")).containsExactly(other);
    }

    @Test
    void assigningASelectionIsOneUndoInTheEditJournal() {
        AssignmentService assignments = desk.assignments();
        EditService editing = desk.editing();
        assignments.assign(List.of(sample), Assignment.Role.REVIEWER, "Ruth Delgado", null, null);
        AssignmentService.Change change = assignments.assign(List.of(sample, other), Assignment.Role.REVIEWER, "周敏", null, null);
        editing.undoable("Assign", () -> assignments.restore(change, true), () -> assignments.restore(change, false));
        assertThat(editing.undoLabel()).contains("Assign");

        editing.undo(l -> "Undo " + l);
        assertThat(assignments.of(sample)).singleElement().satisfies(x -> assertThat(x.assignee()).isEqualTo("Ruth Delgado"));
        assertThat(assignments.of(other)).isEmpty();
        editing.redo(l -> "Redo " + l);
        assertThat(assignments.assignedTo("周敏")).containsExactly(sample, other);
    }
}
