package app.galley.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.text.Text;

/** Finds labels, buttons and headings whose text is drawn cut short ("So…") in a part of the window. */
public final class Clipped {

    private Clipped() {
    }

    /** Every visible labeled control under {@code root} whose drawn text is shorter than its text. */
    public static List<String> in(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** The text as drawn when whole: without the mnemonic's underscore ("_File" is drawn "File"). */
    private static String shown(Labeled l) {
        return l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible() || n.getScene() == null || n instanceof TableRow<?>) {
            return; // a table's rows hold the articles' own titles and names, which may end in "…" as in any table
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                // the label's own text, not a graphic drawn with a font (an icon is a Text too)
                if (child instanceof Text t && "LabeledText".equals(t.getClass().getSimpleName()) && t.isVisible()
                        && t.getText() != null && !t.getText().equals(shown(l)) && !t.getText().equals(l.getText())) {
                    out.add((l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId()) + " \"" + l.getText()
                            + "\" drawn as \"" + t.getText() + "\"");
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
