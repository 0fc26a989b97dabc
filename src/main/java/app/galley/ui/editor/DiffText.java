package app.galley.ui.editor;

import app.galley.text.Change;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A text with its changes marked in a RichTextFX area: what a change removes struck through
 * ({@code diff-removed}), what it puts in highlighted ({@code diff-inserted}); a rejected change shows
 * only the text it would have replaced, dimmed ({@code diff-rejected}).
 */
public final class DiffText {

    private DiffText() {
    }

    /**
     * Shows {@code text} with {@code changes} (sorted, not overlapping) in {@code area}.
     *
     * @return where each change starts in the shown text
     */
    public static List<Integer> show(StyleClassedTextArea area, String text, List<Change> changes, Predicate<Change> accepted) {
        StringBuilder shown = new StringBuilder(text.length() + 256);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        List<Integer> offsets = new ArrayList<>(changes.size());
        int at = 0;
        for (Change c : changes) {
            append(shown, spans, text.substring(at, c.start()), List.of());
            offsets.add(shown.length());
            boolean keep = accepted.test(c);
            append(shown, spans, visible(c.from(text)), List.of(keep ? "diff-removed" : "diff-rejected"));
            if (keep) {
                append(shown, spans, visible(c.replacement()), List.of("diff-inserted"));
            }
            at = c.end();
        }
        append(shown, spans, text.substring(at), List.of());
        area.replaceText(shown.toString());
        if (shown.length() > 0) {
            area.setStyleSpans(0, spans.create());
        }
        return offsets;
    }

    private static void append(StringBuilder shown, StyleSpansBuilder<Collection<String>> spans, String s,
                               Collection<String> style) {
        if (!s.isEmpty()) {
            shown.append(s);
            spans.add(style, s.length());
        }
    }

    /** Removed line breaks and spaces get a visible mark, so the eye can see them go. */
    public static String visible(String s) {
        if (!s.isBlank()) {
            return s;
        }
        return s.replace("\n", "¶\n").replace(' ', '·').replace('\u3000', '□').replace('\u00A0', '·');
    }
}
