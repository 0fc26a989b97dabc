package app.galley.service;

import app.galley.model.Assignment;
import app.galley.model.AuditAction;
import app.galley.store.AssignmentRepository;
import app.galley.store.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assignments (issue 23): who is to do an article's next piece of work, in which role, by when.
 * A selection is assigned (or reassigned, or unassigned) in one transaction, each article that
 * changed recorded in the audit trail; what each article had before is returned for undo.
 */
public final class AssignmentService {

    private final AssignmentRepository assignments;
    private final AuditTrail.Recorder audit;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, AuditTrail.Recorder audit, Clock clock) {
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an assignment of a selection changed: the assignments before (absent: none), for undo. */
    public record Change(Assignment.Role role, Map<Long, Assignment> before, Map<Long, Assignment> after) {
    }

    /** The name assignments made here carry as who assigned them. */
    public String me() {
        return audit.actor();
    }

    /**
     * Assigns the articles to {@code assignee} in {@code role}, due at {@code due} (may be null),
     * with a note (may be null).
     *
     * @throws IllegalArgumentException if no assignee is named
     */
    public Change assign(Collection<Long> articleIds, Assignment.Role role, String assignee, Instant due, String note) {
        if (assignee == null || assignee.isBlank()) {
            throw new IllegalArgumentException("name who the articles are assigned to");
        }
        return put(role, assignments.drafts(articleIds, role, assignee, due, note, audit.actor()));
    }

    /** Takes the articles' assignment in {@code role} away. */
    public Change unassign(Collection<Long> articleIds, Assignment.Role role) {
        Map<Long, Assignment> none = new LinkedHashMap<>();
        articleIds.forEach(id -> none.put(id, null));
        return put(role, none);
    }

    /** Puts the assignments back as they were before {@code change} (undo), or as it made them (redo). */
    public void restore(Change change, boolean before) {
        Map<Long, Assignment> wanted = new LinkedHashMap<>();
        change.after().keySet().forEach(id -> wanted.put(id, (before ? change.before() : change.after()).get(id)));
        put(change.role(), wanted);
    }

    private Change put(Assignment.Role role, Map<Long, Assignment> wanted) {
        // each article whose assignment changes is recorded, from what the write found before it:
        // assigned (to whom) or unassigned (from whom)
        Map<Long, Assignment> before = audit.record(AuditAction.ASSIGN, r -> assigned(wanted, was(r)),
                () -> audit.record(AuditAction.UNASSIGN, r -> taken(wanted, was(r)),
                        () -> assignments.set(wanted.keySet(), role, wanted)));
        return new Change(role, before, wanted);
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, Assignment> was(Object written) {
        return (Map<Long, Assignment>) written;
    }

    private static List<AuditTrail.Entry> assigned(Map<Long, Assignment> wanted, Map<Long, Assignment> was) {
        return wanted.entrySet().stream().filter(e -> e.getValue() != null && !sameWork(was.get(e.getKey()), e.getValue()))
                .map(e -> new AuditTrail.Entry(e.getKey(), detail(e.getValue()))).toList();
    }

    private static List<AuditTrail.Entry> taken(Map<Long, Assignment> wanted, Map<Long, Assignment> was) {
        return wanted.entrySet().stream().filter(e -> e.getValue() == null && was.containsKey(e.getKey()))
                .map(e -> new AuditTrail.Entry(e.getKey(), detail(was.get(e.getKey())))).toList();
    }

    private static boolean sameWork(Assignment a, Assignment b) {
        return a != null && a.assignee().equals(b.assignee()) && Objects.equals(a.due(), b.due())
                && Objects.equals(a.note(), b.note());
    }

    private static Map<String, String> detail(Assignment a) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("assignee", a.assignee());
        d.put("role", a.role().id());
        if (a.due() != null) {
            d.put("due", a.due().toString());
        }
        if (a.note() != null) {
            d.put("note", a.note());
        }
        return d;
    }

    /** An article's assignments, by role. */
    public List<Assignment> of(long articleId) {
        return assignments.of(articleId);
    }

    /** The assignments of these articles (the table's column). */
    public Map<Long, List<Assignment>> ofArticles(Collection<Long> articleIds) {
        return assignments.ofArticles(articleIds);
    }

    /** The articles assigned to {@code name} ("Assigned to me"). */
    public List<Long> assignedTo(String name) {
        return assignments.assignedTo(name);
    }

    /** The articles with an assignment past due now ("Overdue"). */
    public List<Long> overdue() {
        return assignments.overdue(clock.instant());
    }
}
