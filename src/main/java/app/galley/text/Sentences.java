package app.galley.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence bounds in Chinese and English text, by ICU's sentence rules (Unicode UAX #29) with its
 * English abbreviations and a few of ours ("Dr. Chen" is one sentence, not two), never across a line
 * break. An opening quotation mark that ICU leaves at the end of a sentence (「 after 。) starts the
 * next one instead.
 */
public final class Sentences {

    private static final String OPENING = "「『“‘\"(（《〈";
    private static final String[] ABBREVIATIONS = {"Dr.", "Prof.", "Gen.", "Gov.", "Sen.", "Rep.", "Sgt.", "Capt.", "Lt.",
        "Col.", "Supt.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};

    private Sentences() {
    }

    /** Built once (the abbreviation filter is not cheap); each use takes a copy, as ICU iterators hold state. */
    private static final BreakIterator PROTOTYPE = build();

    private static BreakIterator build() {
        FilteredBreakIteratorBuilder b = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        for (String a : ABBREVIATIONS) {
            b.suppressBreakAfter(a);
        }
        return b.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    private static BreakIterator iterator() {
        return (BreakIterator) PROTOTYPE.clone();
    }

    /** The sentence holding {@code [start, end)}: from after the previous sentence end to its own. */
    public static int[] around(String text, int start, int end) {
        int to = Math.max(end, start);
        int lineStart = start == 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', to);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String line = text.substring(lineStart, lineEnd);
        List<Integer> bounds = bounds(line);
        int s = 0;
        int e = line.length();
        for (int b : bounds) {
            if (b <= start - lineStart) {
                s = b;
            }
            if (b >= to - lineStart && b > s) {
                e = b;
                break;
            }
        }
        s += lineStart;
        e += lineStart;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        // a sentence opening a quotation that closes later: the claim is the words, not the mark
        while (s < start && "「『“‘\"".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        return new int[] {s, Math.max(e, Math.min(to, text.length()))};
    }

    /** Where the line's sentences start and end, an opening mark moved to the sentence it opens. */
    public static List<Integer> bounds(String line) {
        BreakIterator it = iterator();
        it.setText(line);
        List<Integer> out = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            int k = b;
            while (k > 0 && k < line.length() && OPENING.indexOf(line.charAt(k - 1)) >= 0) {
                k--;
            }
            if (out.isEmpty() || k > out.get(out.size() - 1)) {
                out.add(k);
            }
        }
        return out;
    }
}
