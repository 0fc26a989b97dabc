package app.galley.clean;

import app.galley.text.Change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs rules over the same text and merges what they propose into one {@link Cleaning}. Rules are
 * ranked by their order: a change that overlaps one of an earlier rule is dropped (punctuation inside
 * a boilerplate line that goes anyway is not proposed twice).
 *
 * <p>Repairs that change what the text is (re-decoding mojibake) run first, as their own stage; the
 * other rules then run on the repaired text, and {@link Cleaning#then} folds the two stages into one
 * cleaning of the original, so a re-decoded line is also cleaned and the offsets stay exact.
 */
public final class CleaningPipeline {

    private final List<TextRule> repairs;
    private final List<TextRule> rules;

    public CleaningPipeline(List<TextRule> rules) {
        this(List.of(), rules);
    }

    public CleaningPipeline(List<TextRule> repairs, List<TextRule> rules) {
        this.repairs = List.copyOf(repairs);
        this.rules = List.copyOf(rules);
    }

    /** The built-in rules with their default settings. */
    public static CleaningPipeline standard() {
        return RuleSet.defaults().pipeline(null);
    }

    /** Every rule, repairs first. */
    public List<TextRule> rules() {
        List<TextRule> all = new ArrayList<>(repairs);
        all.addAll(rules);
        return all;
    }

    public Cleaning run(CleanInput input) {
        Cleaning repaired = merge(repairs, input);
        if (repaired.changes().isEmpty()) {
            return merge(rules, input);
        }
        String text = repaired.cleaned();
        CleanInput next = new CleanInput(text, input.title(), ScriptGuess.language(text, input.language()),
                input.source());
        return repaired.then(merge(rules, next));
    }

    private static Cleaning merge(List<TextRule> rules, CleanInput input) {
        TreeMap<Integer, List<Change>> taken = new TreeMap<>();
        for (TextRule rule : rules) {
            for (Change c : rule.apply(input)) {
                Change fitted = overlapsAny(taken, c) ? withoutLeadingSpace(taken, c, input.text()) : c;
                if (fitted != null) {
                    taken.computeIfAbsent(fitted.start(), k -> new ArrayList<>()).add(fitted);
                }
            }
        }
        List<Change> all = new ArrayList<>();
        taken.values().forEach(all::addAll);
        return new Cleaning(input.text(), all);
    }

    /**
     * A removal that overlaps an earlier rule's change only in the white space it took in front of its
     * lines (the last lines of a text take the break before them), starting after that change instead;
     * null when it overlaps in more than that. Without it, a footer line next to a removed credit
     * stayed in the text.
     */
    private static Change withoutLeadingSpace(TreeMap<Integer, List<Change>> taken, Change c, String text) {
        if (!c.replacement().isEmpty()) {
            return null;
        }
        int from = c.start();
        for (List<Change> at : taken.headMap(c.end(), false).values()) {
            for (Change t : at) {
                if (t.overlaps(c)) {
                    if (t.end() >= c.end() || !text.substring(c.start(), Math.max(c.start(), Math.min(t.end(), c.end()))).isBlank()) {
                        return null;
                    }
                    from = Math.max(from, t.end());
                }
            }
        }
        Change trimmed = new Change(from, c.end(), "", c.rule(), c.reason());
        if (from == c.start() || overlapsAny(taken, trimmed)) {
            return null;
        }
        // a removal that begins with white space is the text's last lines (Lines.removals): the text now
        // ends where the earlier removal begins, so that removal takes the break before it
        if (Character.isWhitespace(text.charAt(c.start())) && !text.substring(c.start(), c.end()).isBlank()) {
            tailBreak(taken, from, text);
        }
        return trimmed;
    }

    /** The removal ending at {@code end}, taking the white space before it too, when nothing else has that. */
    private static void tailBreak(TreeMap<Integer, List<Change>> taken, int end, String text) {
        for (List<Change> at : taken.values()) {
            for (Change t : List.copyOf(at)) {
                if (t.end() != end || !t.replacement().isEmpty()) {
                    continue;
                }
                int start = t.start();
                while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                Change wider = new Change(start, t.end(), "", t.rule(), t.reason());
                at.remove(t);
                if (start < t.start() && !overlapsAny(taken, wider)) {
                    taken.computeIfAbsent(start, k -> new ArrayList<>()).add(wider);
                } else {
                    at.add(t);
                }
                return;
            }
        }
    }

    /** Changes start where they start; one that overlaps {@code c} starts at most at its end. */
    private static boolean overlapsAny(TreeMap<Integer, List<Change>> taken, Change c) {
        Map.Entry<Integer, List<Change>> before = taken.floorEntry(c.start());
        if (before != null && before.getValue().stream().anyMatch(c::overlaps)) {
            return true;
        }
        for (List<Change> at : taken.subMap(c.start(), false, c.end(), true).values()) {
            if (at.stream().anyMatch(c::overlaps)) {
                return true;
            }
        }
        return false;
    }
}
