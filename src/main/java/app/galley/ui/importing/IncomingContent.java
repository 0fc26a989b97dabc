package app.galley.ui.importing;

import app.galley.ui.app.I18n;
import app.galley.ui.library.LibraryViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** What is pasted into or dropped on the window, imported as what it is. */
public final class IncomingContent {

    private final LibraryViewModel model;
    private final I18n i18n;

    public IncomingContent(LibraryViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    /**
     * Ctrl+V: files or file paths are imported as files, web addresses are fetched, HTML goes through
     * the extractor, other text becomes a new article.
     */
    public void paste() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasFiles() && !cb.getFiles().isEmpty()) {
            model.imports().importPaths(cb.getFiles().stream().map(File::toPath).toList());
        } else if (cb.hasString() && !PastedText.asUrls(cb.getString()).isEmpty()) {
            model.imports().importUrls(PastedText.asUrls(cb.getString()));
        } else if (cb.hasHtml() && !cb.getHtml().isBlank()) {
            model.imports().importText(cb.getHtml());
        } else if (cb.hasString() && !cb.getString().isBlank()) {
            importTextOrPaths(cb.getString());
        } else {
            model.messageProperty().set(i18n.get("paste.nothing"));
        }
    }

    private void importTextOrPaths(String text) {
        List<Path> paths = PastedText.asPaths(text);
        if (!PastedText.asUrls(text).isEmpty()) {
            model.imports().importUrls(PastedText.asUrls(text));
        } else if (!paths.isEmpty()) {
            model.imports().importPaths(paths);
        } else {
            model.imports().importText(text);
        }
    }

    public static void onDragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles() || db.hasString() || db.hasHtml() || db.hasUrl()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    public void onDragDropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        boolean ok = false;
        if (db.hasFiles()) {
            model.imports().importPaths(db.getFiles().stream().map(File::toPath).toList());
            ok = true;
        } else if (db.hasUrl() && !PastedText.asUrls(db.getUrl()).isEmpty()) {
            model.imports().importUrls(PastedText.asUrls(db.getUrl()));
            ok = true;
        } else if (db.hasHtml() && !db.getHtml().isBlank()) {
            model.imports().importText(db.getHtml()); // a selection dragged from a browser: through the extractor
            ok = true;
        } else if (db.hasString()) {
            importTextOrPaths(db.getString());
            ok = true;
        }
        e.setDropCompleted(ok);
        e.consume();
    }
}
