package app.galley.clean;

import app.galley.text.Change;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Find and replace in an article, plain or with a regular expression, as changes: previewed,
 * accepted one by one and undone like any cleaning.
 */
public final class FindReplace {

    static final String ID = "find-replace";

    private final PatternRule rule;

    /**
     * @param find      the text (or, with {@code regex}, the expression) to find
     * @param replace   what it becomes ({@code $1} for groups with {@code regex})
     * @throws IllegalArgumentException if the expression is not valid (the message says why)
     */
    public FindReplace(String find, String replace, boolean regex, boolean ignoreCase) {
        if (find == null || find.isEmpty()) {
            throw new IllegalArgumentException("nothing to find");
        }
        String pattern = regex ? find : Pattern.quote(find);
        String replacement = regex ? replace : replace.replace("\\", "\\\\").replace("$", "\\$");
        this.rule = new PatternRule(new RuleSet.PatternSpec(ID, pattern, replacement,
                "find “" + find + "”, replace with “" + replace + "”", false, ignoreCase, true));
    }

    public Cleaning in(String text) {
        List<Change> changes = rule.apply(CleanInput.of(text, null));
        return new Cleaning(text, changes.stream().filter(c -> !c.from(text).equals(c.replacement())).toList());
    }
}
