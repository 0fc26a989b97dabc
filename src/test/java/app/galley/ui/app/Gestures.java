package app.galley.ui.app;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import org.testfx.api.FxRobot;

/** What a desktop does that headless Monocle does not, done as the desktop would for the tests. */
public final class Gestures {

    private Gestures() {
    }

    /**
     * Asks for {@code node}'s context menu as a right-click near its left edge would: desktop
     * platforms turn the click into this request, headless Monocle does not.
     */
    public static void requestContextMenu(FxRobot robot, Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        double x = b.getMinX() + 10;
        double y = b.getCenterY();
        Point2D local = node.screenToLocal(x, y);
        robot.interact(() -> node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                local.getX(), local.getY(), x, y, false, null)));
    }
}
