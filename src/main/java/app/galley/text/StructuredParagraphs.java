package app.galley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists and tables in the body model, which has only paragraphs: a list item is a paragraph that
 * starts with a bullet ({@code • }) or a number ({@code 1. }), a table row is a paragraph of cells
 * parted by {@code " | "}. Two or more such paragraphs in a row (rows with the same number of cells)
 * make a list or a table, which previews and exports render as one; a single one stays a paragraph.
 * Readers write them so (Word documents); an editor can type them so.
 */
public final class StructuredParagraphs {

    /** The marker readers put before a bulleted item. */
    public static final String BULLET = "• ";
    /** What parts the cells of a row. */
    public static final String CELL = " | ";

    private static final Pattern BULLETED = Pattern.compile("^[•▪◦‣·]\\s+(?=\\S)");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s+(?=\\S)");

    /** What a paragraph is in a list or table. */
    public enum Kind { PROSE, BULLETED, NUMBERED, ROW }

    /** Consecutive paragraphs {@code [from, to)} of one kind: a list or table, or one paragraph of prose. */
    public record Run(Kind kind, int from, int to) {
    }

    private StructuredParagraphs() {
    }

    public static Kind kindOf(String paragraph) {
        if (BULLETED.matcher(paragraph).find()) {
            return Kind.BULLETED;
        }
        if (NUMBERED.matcher(paragraph).find()) {
            return Kind.NUMBERED;
        }
        return paragraph.contains(CELL) && !paragraph.contains("\n") ? Kind.ROW : Kind.PROSE;
    }

    /** How many characters an item's marker takes (0 for anything else). */
    public static int markerLength(String paragraph) {
        Matcher b = BULLETED.matcher(paragraph);
        if (b.find()) {
            return b.end();
        }
        Matcher n = NUMBERED.matcher(paragraph);
        return n.find() ? n.end() : 0;
    }

    /** A numbered item's number, or 0. */
    public static int number(String paragraph) {
        Matcher n = NUMBERED.matcher(paragraph);
        return n.find() ? Integer.parseInt(n.group(1)) : 0;
    }

    /** A row made of these cells (a cell's own bar becomes a broken bar, so it cannot split the cell). */
    public static String row(List<String> cells) {
        return String.join(CELL, cells.stream().map(c -> c.replace("|", "¦").strip()).toList());
    }

    /** Where each cell of a row lies in it, {@code [start, end)} pairs, surrounding spaces left out. */
    public static List<int[]> cellRanges(String row) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int bar = row.indexOf(CELL, from);
            int to = bar < 0 ? row.length() : bar;
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(row.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(row.charAt(e - 1))) {
                e--;
            }
            out.add(new int[] {s, e});
            if (bar < 0) {
                return out;
            }
            from = bar + CELL.length();
        }
    }

    public static List<String> cells(String row) {
        return cellRanges(row).stream().map(r -> row.substring(r[0], r[1])).toList();
    }

    /** The paragraphs grouped: lists of two or more items, tables of two or more rows of equal width, prose. */
    public static List<Run> runs(List<String> paragraphs) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < paragraphs.size()) {
            Kind kind = kindOf(paragraphs.get(i));
            int j = i + 1;
            if (kind != Kind.PROSE) {
                int width = kind == Kind.ROW ? cells(paragraphs.get(i)).size() : 0;
                while (j < paragraphs.size() && kindOf(paragraphs.get(j)) == kind
                        && (kind != Kind.ROW || cells(paragraphs.get(j)).size() == width)) {
                    j++;
                }
            }
            if (kind == Kind.PROSE || j - i < 2) {
                runs.add(new Run(Kind.PROSE, i, i + 1));
                i++;
            } else {
                runs.add(new Run(kind, i, j));
                i = j;
            }
        }
        return runs;
    }
}
