package app.galley.clean;

import app.galley.text.Folding;
import app.galley.text.Change;

import java.util.List;
import java.util.Set;

/**
 * Lines an editor confirmed as a source's boilerplate (proposed by {@link BoilerplateLearner} from
 * lines that recur across that source's articles), removed wherever they appear in its articles.
 * Lines are compared after {@link Folding#LINE} (spaces and width folded).
 */
final class LearnedBoilerplateRule implements TextRule {

    static final String ID = "learned-boilerplate";

    /** No examples: what it removes is what an editor confirmed for a source. */
    static final RuleInfo INFO = new RuleInfo(ID, false, List.of(), List.of());

    private final Set<String> keys;

    LearnedBoilerplateRule(Set<String> lines) {
        this.keys = lines.stream().map(Folding.LINE::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Change> apply(CleanInput input) {
        String text = input.text();
        List<Lines.Line> lines = Lines.of(text);
        boolean[] remove = new boolean[lines.size()];
        String[] reasons = new String[lines.size()];
        String reason = "a line confirmed as boilerplate of " + (input.source() == null ? "this source" : input.source());
        for (int i = 0; i < lines.size(); i++) {
            remove[i] = keys.contains(Folding.LINE.fold(lines.get(i).text()));
            reasons[i] = reason;
        }
        return Lines.removals(text, lines, remove, ID, reasons);
    }
}
