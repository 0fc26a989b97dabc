package app.galley.ui.factcheck;

import app.galley.model.Annotation;
import app.galley.model.AnnotationKind;
import app.galley.text.BodyOffsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Colours the annotated words in the editor by kind and verdict ("anno-quote verdict-verified"), the
 * selected annotation outlined, overlaps carrying the classes of all their annotations.
 */
final class AnnotationHighlighter {

    private final StyleClassedTextArea text;

    AnnotationHighlighter(StyleClassedTextArea text) {
        this.text = text;
    }

    /** Body offsets of the shown article mapped into the editor. */
    BodyOffsets offsets(String body) {
        List<String> paragraphs = new ArrayList<>();
        text.getParagraphs().forEach(p -> paragraphs.add(p.getText()));
        return BodyOffsets.of(body, paragraphs);
    }

    /** The style classes an annotation gives its words. */
    static List<String> classes(Annotation x, boolean selected) {
        List<String> c = new ArrayList<>(List.of("anno", "anno-" + x.kind().id()));
        if (x.kind() != AnnotationKind.COMMENT) {
            c.add("verdict-" + x.verdict().id());
        }
        if (x.anchor() == Annotation.Anchor.CHANGED) {
            c.add("anno-changed");
        }
        if (selected) {
            c.add("anno-selected");
        }
        return c;
    }

    void apply(String body, List<Annotation> annotations, Annotation selected) {
        int length = text.getLength();
        if (length == 0) {
            return;
        }
        BodyOffsets map = offsets(body);
        List<int[]> ranges = new ArrayList<>();
        List<List<String>> styles = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Annotation x : annotations) {
            if (x.anchor() == Annotation.Anchor.ORPHANED) {
                continue;
            }
            int s = map.toEditor(x.target().start());
            int e = map.toEditor(x.target().end());
            if (s < 0 || e <= s || e > length) {
                continue;
            }
            ranges.add(new int[] {s, e});
            styles.add(classes(x, selected != null && selected.id() == x.id()));
            cuts.add(s);
            cuts.add(e);
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                TreeSet<String> classes = new TreeSet<>();
                for (int i = 0; i < ranges.size(); i++) {
                    if (ranges.get(i)[0] <= previous && ranges.get(i)[1] >= cut) {
                        classes.addAll(styles.get(i));
                    }
                }
                spans.add(List.copyOf(classes), cut - previous);
            }
            previous = cut;
        }
        text.setStyleSpans(0, spans.create());
    }
}
