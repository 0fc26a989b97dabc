package app.galley.clean;

import app.galley.text.Change;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule written as data: a regular expression and its replacement (empty: remove). With
 * {@code wholeLine}, a line the expression matches anywhere is removed whole, with its line break,
 * as boilerplate is.
 */
final class PatternRule implements TextRule {

    private final RuleSet.PatternSpec spec;
    private final Pattern pattern;

    PatternRule(RuleSet.PatternSpec spec) {
        this.spec = spec;
        try {
            this.pattern = Pattern.compile(spec.pattern(), Pattern.MULTILINE | Pattern.UNICODE_CASE
                    | (spec.ignoreCase() ? Pattern.CASE_INSENSITIVE : 0));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule " + spec.id() + ": not a valid regular expression: "
                    + e.getDescription(), e);
        }
    }

    boolean removesLines() {
        return spec.wholeLine();
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public List<Change> apply(CleanInput input) {
        String text = input.text();
        Matcher m = pattern.matcher(text);
        if (spec.wholeLine()) {
            // every line a match touches goes, as boilerplate lines do
            List<Lines.Line> lines = Lines.of(text);
            boolean[] remove = new boolean[lines.size()];
            String[] reasons = new String[lines.size()];
            java.util.Arrays.fill(reasons, spec.reason());
            int first = 0;
            while (m.find()) {
                while (first < lines.size() && lines.get(first).end() < m.start()) {
                    first++;
                }
                for (int i = first; i < lines.size() && lines.get(i).start() < Math.max(m.end(), m.start() + 1); i++) {
                    remove[i] = true;
                }
            }
            return Lines.removals(text, lines, remove, spec.id(), reasons);
        }
        List<Change> out = new ArrayList<>();
        while (m.find()) {
            if (m.end() > m.start() || !spec.replacement().isEmpty()) {
                out.add(new Change(m.start(), m.end(), expand(m), spec.id(), spec.reason()));
            }
        }
        return out;
    }

    /** The replacement with {@code $1} and {@code ${name}} groups filled in from this match. */
    private String expand(Matcher m) {
        String template = spec.replacement();
        if (template.indexOf('$') < 0 && template.indexOf('\\') < 0) {
            return template;
        }
        // a one-match matcher over the matched text: appendReplacement then copies nothing before it
        Matcher single = pattern.matcher(m.group());
        StringBuilder sb = new StringBuilder();
        if (single.matches()) {
            single.appendReplacement(sb, template);
            return sb.toString();
        }
        // look-arounds can make the matched text alone not match: fill groups by hand
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                out.append(template.charAt(++i));
            } else if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                int g = template.charAt(++i) - '0';
                String v = g <= m.groupCount() ? m.group(g) : null;
                out.append(v == null ? "" : v);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
