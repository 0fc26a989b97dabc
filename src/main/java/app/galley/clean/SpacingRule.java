package app.galley.clean;

import app.galley.text.Change;

import app.galley.text.Scripts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * White space and invisible characters: repeated spaces become one, lines lose leading and trailing
 * space (full-width indentation too), runs of blank lines become one blank line, zero-width
 * characters, BOMs and soft hyphens go, non-breaking spaces become plain ones, and combining marks
 * are composed (NFC). Optionally (off by default) a space goes between Chinese and Latin letters or
 * digits.
 */
final class SpacingRule implements TextRule {

    static final String ID = "spacing";

    static final RuleInfo INFO = new RuleInfo(ID, true, List.of(RuleInfo.Option.flag("cjkLatinSpace", false)), List.of(
            new RuleInfo.Example("en", "The  council\u00a0voted.", "The council voted.")));

    private final boolean spaceBetweenCjkAndLatin;

    SpacingRule(boolean spaceBetweenCjkAndLatin) {
        this.spaceBetweenCjkAndLatin = spaceBetweenCjkAndLatin;
    }

    @Override
    public String id() {
        return ID;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u3000' || c == '\u2009'
                || c == '\u2002' || c == '\u2003';
    }

    @Override
    public List<Change> apply(CleanInput input) {
        String text = input.text();
        List<Change> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                int j = i;
                while (j < n && isInvisible(text.charAt(j))) {
                    j++;
                }
                out.add(new Change(i, j, "", ID, "invisible characters (zero-width space, BOM or soft hyphen)"));
                i = j;
                continue;
            }
            if (isSpace(c)) {
                int j = i;
                while (j < n && (isSpace(text.charAt(j)) || isInvisible(text.charAt(j)))) {
                    j++;
                }
                boolean lineEnd = j == n || text.charAt(j) == '\n' || text.charAt(j) == '\r';
                if (lineStart || lineEnd) {
                    out.add(new Change(i, j, "", ID, lineStart ? "space at the start of a line" : "space at the end of a line"));
                } else if (j - i > 1 || c != ' ') {
                    out.add(new Change(i, j, " ", ID, j - i > 1 ? "repeated spaces" : "non-breaking or special space"));
                }
                i = j;
                continue;
            }
            if (c == '\r' || c == '\n') {
                int j = i;
                int breaks = 0;
                while (j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r' || isSpace(text.charAt(j))
                        || isInvisible(text.charAt(j)))) {
                    if (text.charAt(j) == '\n') {
                        breaks++;
                    }
                    j++;
                }
                // the spaces that begin the next line go too; a run of blank lines becomes one
                String want = j == n ? "" : breaks >= 2 ? "\n\n" : "\n";
                if (!text.substring(i, j).equals(want)) {
                    out.add(new Change(i, j, want, ID, j == n ? "blank lines at the end"
                            : breaks > 2 ? "repeated blank lines" : "line break with spaces"));
                }
                i = j;
                lineStart = true;
                continue;
            }
            lineStart = false;
            if (Character.getType(c) == Character.NON_SPACING_MARK && i > 0) {
                int base = i - 1;
                int j = i;
                while (j < n && Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK) {
                    j++;
                }
                String cluster = text.substring(base, j);
                String nfc = Normalizer.normalize(cluster, Normalizer.Form.NFC);
                if (!nfc.equals(cluster) && out.stream().noneMatch(ch -> ch.end() > base)) {
                    out.add(new Change(base, j, nfc, ID, "combining marks composed (NFC)"));
                }
                i = j;
                continue;
            }
            if (spaceBetweenCjkAndLatin && i + 1 < n) {
                char d = text.charAt(i + 1);
                if (Scripts.isHan(c) && Chars.isAsciiLetterOrDigit(d) || Chars.isAsciiLetterOrDigit(c) && Scripts.isHan(d)) {
                    out.add(new Change(i + 1, i + 1, " ", ID, "space between Chinese and Latin"));
                }
            }
            i++;
        }
        return out;
    }
}
