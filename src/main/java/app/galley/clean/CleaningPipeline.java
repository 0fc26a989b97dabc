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
                if (!overlapsAny(taken, c)) {
                    taken.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Change> all = new ArrayList<>();
        taken.values().forEach(all::addAll);
        return new Cleaning(input.text(), all);
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
