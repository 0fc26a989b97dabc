package app.galley.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
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

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible() || n.getScene() == null) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.isVisible() && t.getText() != null
                        && t.getText().length() < l.getText().length()) {
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
