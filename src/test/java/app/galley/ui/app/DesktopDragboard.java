package app.galley.ui.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * The dragboard a desktop hands to a window when files or text are dragged onto it from another
 * program (a file manager, a browser). Headless Monocle has no desktop, so tests build one.
 */
final class DesktopDragboard implements TKClipboard {

    private final Map<DataFormat, Object> content = new LinkedHashMap<>();

    static Dragboard with(Map<DataFormat, Object> data) {
        DesktopDragboard peer = new DesktopDragboard();
        peer.content.putAll(data);
        Dragboard board = DragboardHelper.createDragboard(peer);
        DragboardHelper.setDataAccessRestriction(board, false);
        return board;
    }

    @Override
    @SuppressWarnings("removal")
    public void setSecurityContext(AccessControlContext ctx) {
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return content.keySet();
    }

    @Override
    @SafeVarargs
    public final boolean putContent(Pair<DataFormat, Object>... items) {
        for (Pair<DataFormat, Object> p : items) {
            content.put(p.getKey(), p.getValue());
        }
        return true;
    }

    @Override
    public Object getContent(DataFormat format) {
        return content.get(format);
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return content.containsKey(format);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return EnumSet.of(TransferMode.COPY, TransferMode.LINK);
    }

    @Override
    public void setDragView(Image image) {
    }

    @Override
    public void setDragViewOffsetX(double offsetX) {
    }

    @Override
    public void setDragViewOffsetY(double offsetY) {
    }

    @Override
    public Image getDragView() {
        return null;
    }

    @Override
    public double getDragViewOffsetX() {
        return 0;
    }

    @Override
    public double getDragViewOffsetY() {
        return 0;
    }
}
