package app.galley.clean;

import app.galley.text.OffsetMap;

import app.galley.text.Change;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A text and the changes the cleaning rules propose for it, sorted and not overlapping. The text
 * itself is never edited: {@link #apply} makes the cleaned text from the changes an editor keeps,
 * and {@link #offsets} maps positions between the two.
 */
public record Cleaning(String original, List<Change> changes) {

    public Cleaning {
        Objects.requireNonNull(original, "original");
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("overlapping changes: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        for (Change c : sorted) {
            if (c.end() > original.length()) {
                throw new IllegalArgumentException("change beyond the text: " + c);
            }
        }
        changes = List.copyOf(sorted);
    }

    /** The cleaned text with every change. */
    public String cleaned() {
        return apply(c -> true);
    }

    /** The cleaned text with the changes {@code keep} accepts. */
    public String apply(Predicate<Change> keep) {
        return apply(original, kept(keep));
    }

    /** The changes {@code keep} accepts, in order. */
    public List<Change> kept(Predicate<Change> keep) {
        return changes.stream().filter(keep).toList();
    }

    /**
     * The removals among the kept changes that take text out (boilerplate and pattern rules), not
     * a space or an invisible character: what the CLI reports as removed and where credits are read.
     */
    public List<Change> removedText(Predicate<Change> keep) {
        return kept(keep).stream().filter(c -> c.isRemoval() && !RuleSet.CHARACTER_RULES.contains(c.rule())
                && !c.from(original).isBlank()).toList();
    }

    /** The outlet the removed text credits (see {@link SourceHints}), or null. */
    public String creditedSource(Predicate<Change> keep) {
        return SourceHints.fromRemoved(removedText(keep).stream().map(c -> c.from(original)).toList()).orElse(null);
    }

    /** Positions between the original and the text with the changes {@code keep} accepts. */
    public OffsetMap offsets(Predicate<Change> keep) {
        return new OffsetMap(kept(keep));
    }

    /**
     * This cleaning followed by {@code next}, a cleaning of this one's {@link #cleaned()} text, as one
     * cleaning of the original. A change of {@code next} that touches one of this cleaning's
     * replacements is folded into it (the replacement is edited and the reason says so); the others
     * are moved back to the original's offsets.
     */
    public Cleaning then(Cleaning next) {
        String middle = cleaned();
        if (!next.original().equals(middle)) {
            throw new IllegalArgumentException("the next cleaning is not of this cleaning's result");
        }
        record Span(int start, int end, Change first, Change second) {
        }
        List<Span> spans = new ArrayList<>();
        int shift = 0;
        for (Change c : changes) {
            int s = c.start() + shift;
            spans.add(new Span(s, s + c.replacement().length(), c, null));
            shift += c.delta();
        }
        next.changes().forEach(c -> spans.add(new Span(c.start(), c.end(), null, c)));
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        OffsetMap back = offsets(c -> true);
        List<Change> out = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            // a group: a chain of spans that overlap or touch
            int end = spans.get(i).end();
            int j = i + 1;
            while (j < spans.size() && spans.get(j).start() <= end) {
                end = Math.max(end, spans.get(j).end());
                j++;
            }
            List<Span> group = spans.subList(i, j);
            i = j;
            boolean firsts = group.stream().anyMatch(sp -> sp.first() != null);
            boolean seconds = group.stream().anyMatch(sp -> sp.second() != null);
            if (!seconds) {
                group.forEach(sp -> out.add(sp.first()));
                continue;
            }
            if (!firsts) {
                for (Span sp : group) {
                    int at = back.toOriginal(sp.start());
                    Change c = sp.second();
                    out.add(new Change(at, at + c.end() - c.start(), c.replacement(), c.rule(), c.reason()));
                }
                continue;
            }
            int from = group.get(0).start();
            int origStart = back.toOriginal(from);
            int origEnd = back.toOriginal(end);
            Change lead = null;
            List<Change> inner = new ArrayList<>();
            for (Span sp : group) {
                if (sp.first() != null) {
                    lead = lead == null ? sp.first() : lead;
                    origStart = Math.min(origStart, sp.first().start());
                    origEnd = Math.max(origEnd, sp.first().end());
                } else {
                    inner.add(new Change(sp.start() - from, sp.end() - from, sp.second().replacement(),
                            sp.second().rule(), sp.second().reason()));
                }
            }
            String replacement = apply(middle.substring(from, end), inner);
            String rules = String.join(", ", inner.stream().map(Change::rule).distinct().toList());
            out.add(new Change(origStart, origEnd, replacement, lead.rule(), lead.reason() + "; then " + rules));
        }
        return new Cleaning(original, out);
    }

    /** Applies sorted, non-overlapping changes to a text. */
    static String apply(String text, List<Change> changes) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Change c : changes) {
            out.append(text, at, c.start()).append(c.replacement());
            at = c.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
