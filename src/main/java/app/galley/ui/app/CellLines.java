package app.galley.ui.app;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/**
 * Shows a few short lines in a list cell: each line cut to a length that fits a narrow list, with
 * an "…" of its own where it was cut (never one the toolkit draws over a text it could not fit),
 * and the whole text in the cell's tooltip.
 */
public final class CellLines {

    private CellLines() {
    }

    /**
     * A line cut to {@code max} columns, a Chinese or other wide character counting two, with an "…"
     * where it was cut.
     */
    static String cut(String line, int max) {
        int columns = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int w = wide(cp) ? 2 : 1;
            if (columns + w > max - 1 && i < line.length() - Character.charCount(cp)) {
                return line.substring(0, i) + "…";
            }
            columns += w;
            i += Character.charCount(cp);
        }
        return line;
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Puts {@code lines} in {@code cell} (none: empty), each cut to {@code max} columns (a wide character is two). */
    public static void show(ListCell<?> cell, int max, String... lines) {
        cell.setGraphic(null);
        cell.setWrapText(false);
        if (lines.length == 0) {
            cell.setText(null);
            cell.setTooltip(null);
            return;
        }
        StringBuilder shown = new StringBuilder();
        StringBuilder whole = new StringBuilder();
        for (String line : lines) {
            String l = line == null ? "" : line.replace('\n', ' ').strip();
            shown.append(shown.length() == 0 ? "" : "\n").append(cut(l, max));
            whole.append(whole.length() == 0 ? "" : "\n").append(l);
        }
        cell.setText(shown.toString());
        cell.setTooltip(shown.toString().equals(whole.toString()) ? null : new Tooltip(whole.toString()));
    }
}
