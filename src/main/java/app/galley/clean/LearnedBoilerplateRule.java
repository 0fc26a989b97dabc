package app.galley.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lines an editor confirmed as a source's boilerplate (proposed by {@link BoilerplateLearner} from
 * lines that recur across that source's articles), removed wherever they appear in its articles.
 * Lines are compared after {@link BoilerplateLearner#key} (spaces and width folded).
 */
final class LearnedBoilerplateRule implements TextRule {

    static final String ID = "learned-boilerplate";

    private final Set<String> keys;

    LearnedBoilerplateRule(Set<String> lines) {
        this.keys = lines.stream().map(BoilerplateLearner::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Change> apply(CleanInput input) {
        String text = input.text();
        List<Change> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            if (end > at && keys.contains(BoilerplateLearner.key(text.substring(at, end)))) {
                int stop = end;
                while (stop < text.length() && text.charAt(stop) == '\n') {
                    stop++;
                }
                int start = at;
                if (stop == text.length()) {
                    while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                        start--;
                    }
                }
                String source = input.source() == null ? "this source" : input.source();
                out.add(new Change(start, stop, "", ID, "a line confirmed as boilerplate of " + source));
            }
            at = end + 1;
        }
        return out;
    }
}
