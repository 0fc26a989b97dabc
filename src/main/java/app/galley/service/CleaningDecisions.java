package app.galley.service;

import app.galley.clean.Cleaning;
import app.galley.model.Article;
import app.galley.model.RejectedChange;
import app.galley.store.RejectedChangeRepository;
import app.galley.text.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The editor's decisions on cleaning changes, kept per article (issue 18): a change rejected once
 * stays rejected. Proposals leave it out (in the window and on the command line alike) until the
 * editor resets the article's rejections.
 */
public final class CleaningDecisions {

    private final RejectedChangeRepository rejected;

    CleaningDecisions(RejectedChangeRepository rejected) {
        this.rejected = rejected;
    }

    /** A proposal with the changes rejected before left out, and how many were. */
    public record Filtered(Cleaning cleaning, int leftOut) {
    }

    /** {@code proposal} for {@code a} without the changes rejected in it before. */
    public Filtered withoutRejected(Article a, Cleaning proposal) {
        List<RejectedChange> before = rejected.of(a.id());
        if (before.isEmpty() || proposal.changes().isEmpty()) {
            return new Filtered(proposal, 0);
        }
        String text = proposal.original();
        List<Change> kept = new ArrayList<>();
        int out = 0;
        for (Change c : proposal.changes()) {
            boolean wasRejected = before.stream()
                    .anyMatch(r -> r.matches(text, c.start(), c.end(), c.replacement(), c.rule()));
            if (wasRejected) {
                out++;
            } else {
                kept.add(c);
            }
        }
        return new Filtered(new Cleaning(text, kept), out);
    }

    /**
     * Records the editor's decisions on a proposal for {@code a}: the changes not accepted are
     * rejected from now on, those accepted are no longer (a rejection taken back).
     */
    public void record(Article a, Cleaning proposal, Predicate<Change> accepted) {
        List<RejectedChange> no = new ArrayList<>();
        List<RejectedChange> yes = new ArrayList<>();
        for (Change c : proposal.changes()) {
            RejectedChange r = RejectedChange.of(proposal.original(), c.start(), c.end(), c.replacement(), c.rule());
            (accepted.test(c) ? yes : no).add(r);
        }
        rejected.decide(a.id(), no, yes);
    }

    /** Forgets the article's rejections: every change is proposed again. Returns how many there were. */
    public int reset(long articleId) {
        return rejected.reset(articleId);
    }
}
