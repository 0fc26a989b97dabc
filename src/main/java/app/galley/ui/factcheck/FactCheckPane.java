package app.galley.ui.factcheck;

import app.galley.model.Annotation;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.ui.app.I18n;
import app.galley.text.BodyOffsets;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The editor and the fact-check panel (the tool area's Fact-check tab) together: annotated words highlighted in the editor,
 * clicking an annotation in the panel scrolls to its words, and selected words become an annotation
 * with a key (quote, claim, comment).
 */
public final class FactCheckPane {

    /** Keys that annotate the words selected in the editor. */
    public static final String QUOTE_KEY = "Shortcut+Shift+Q";
    public static final String CLAIM_KEY = "Shortcut+Shift+L";
    public static final String COMMENT_KEY = "Shortcut+Shift+M";

    private final FactCheckViewModel model;
    private final StyleClassedTextArea text;
    private final Supplier<Article> shown;
    private final Runnable flush;
    private final AnnotationPanel panel;
    private final AnnotationHighlighter highlighter;

    public FactCheckPane(FactCheckViewModel model, StyleClassedTextArea text, I18n i18n, Supplier<Article> shown, Runnable flush) {
        this.model = model;
        this.text = text;
        this.shown = shown;
        this.flush = flush;
        this.panel = new AnnotationPanel(model, i18n);
        this.highlighter = new AnnotationHighlighter(text);
        Nodes.addInputMap(text, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        e -> annotateSelection(AnnotationKind.QUOTE)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        e -> annotateSelection(AnnotationKind.CLAIM)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        e -> annotateSelection(AnnotationKind.COMMENT))));
        model.annotations().addListener((ListChangeListener<Annotation>) c -> highlight());
        model.selectedProperty().addListener((o, was, now) -> {
            highlight();
            reveal(now);
        });
    }

    /** The panel, which the window shows as the tool area's Fact-check tab. */
    /** The panel's view model (the inbox selects an annotation through it). */
    public FactCheckViewModel model() {
        return model;
    }

    public Node node() {
        return panel.node();
    }

    AnnotationPanel panel() {
        return panel;
    }

    /** Shows the article's fact-check (after its text is in the editor). */
    public void show(Article a) {
        model.show(a);
        highlight();
    }

    /** Annotates the words selected in the editor (saving typing first, so offsets are the saved text's). */
    public void annotateSelection(AnnotationKind kind) {
        flush.run();
        Article a = shown.get();
        if (a == null) {
            return;
        }
        if (model.articleProperty().get() == null || model.articleProperty().get().version() != a.version()) {
            model.show(a);
        }
        BodyOffsets map = highlighter.offsets(a.body());
        int start = map.toBody(text.getSelection().getStart());
        int end = map.toBody(text.getSelection().getEnd());
        model.annotate(start, end, kind);
    }

    private void highlight() {
        Article a = model.articleProperty().get();
        Article s = shown.get();
        if (a == null || s == null || a.id() != s.id()) {
            return;
        }
        highlighter.apply(a.body(), model.annotations(), model.selectedProperty().get());
    }

    /** Scrolls the editor to an annotation's words and puts the caret there. */
    private void reveal(Annotation x) {
        Article a = model.articleProperty().get();
        if (x == null || a == null || x.anchor() == Annotation.Anchor.ORPHANED) {
            return;
        }
        BodyOffsets map = highlighter.offsets(a.body());
        int at = map.toEditor(x.target().start());
        if (at >= 0 && at <= text.getLength()) {
            text.moveTo(at);
            text.requestFollowCaret();
        }
    }
}
