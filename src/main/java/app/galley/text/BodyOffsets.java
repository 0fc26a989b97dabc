package app.galley.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Positions in an article's body and in its lines as an editor shows them ({@link Body#lines}): one
 * line per non-blank line of the body (blank lines between them dropped, leading and trailing spaces
 * as typed), so the two are matched paragraph by paragraph on their first non-space character.
 */
public final class BodyOffsets {

    private final int[] bodyStarts;
    private final int[] bodyLengths;
    private final int[] editorStarts;
    private final int[] editorLengths;

    private BodyOffsets(int[] bodyStarts, int[] bodyLengths, int[] editorStarts, int[] editorLengths) {
        this.bodyStarts = bodyStarts;
        this.bodyLengths = bodyLengths;
        this.editorStarts = editorStarts;
        this.editorLengths = editorLengths;
    }

    public static BodyOffsets of(String body, List<String> editorParagraphs) {
        List<int[]> b = lines(body);
        List<int[]> e = new ArrayList<>();
        int at = 0;
        for (String p : editorParagraphs) {
            int lead = lead(p);
            if (lead < p.length()) {
                e.add(new int[] {at + lead, p.strip().length()});
            }
            at += p.length() + 1;
        }
        int n = Math.min(b.size(), e.size());
        int[] bs = new int[n];
        int[] bl = new int[n];
        int[] es = new int[n];
        int[] el = new int[n];
        for (int i = 0; i < n; i++) {
            bs[i] = b.get(i)[0];
            bl[i] = b.get(i)[1];
            es[i] = e.get(i)[0];
            el[i] = e.get(i)[1];
        }
        return new BodyOffsets(bs, bl, es, el);
    }

    /** Each non-blank line of the text: the offset of its first non-space character and its stripped length. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            int lead = lead(line);
            if (lead < line.length()) {
                out.add(new int[] {start + lead, line.strip().length()});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    private static int lead(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where a body position is in the editor (-1 if the editor does not show that paragraph). */
    public int toEditor(int bodyPos) {
        return map(bodyPos, bodyStarts, bodyLengths, editorStarts, editorLengths);
    }

    /** Where an editor position is in the body. */
    public int toBody(int editorPos) {
        return map(editorPos, editorStarts, editorLengths, bodyStarts, bodyLengths);
    }

    private static int map(int pos, int[] fromStarts, int[] fromLengths, int[] toStarts, int[] toLengths) {
        if (fromStarts.length == 0) {
            return -1;
        }
        int k = 0;
        while (k + 1 < fromStarts.length && fromStarts[k + 1] <= pos) {
            k++;
        }
        int within = Math.max(0, Math.min(pos - fromStarts[k], fromLengths[k]));
        // past the end of a paragraph (its line break): the end of the paragraph
        return toStarts[k] + Math.min(within, toLengths[k]);
    }
}
