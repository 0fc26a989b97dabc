package app.galley.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;

/**
 * The editor's answers to the system's dialogs, as a test scripts them (Monocle has no native file
 * dialogs): the files and the folder to choose, yes or no to a confirmation. What was asked is kept
 * in {@link #asked} (an error as "error: …"). The fact-check gate's reason is refused, unless
 * {@link #realReasons} lets its real dialog ask.
 */
public final class ScriptedDialogs implements DialogService {

    /** Titles of the choosers opened, questions put, errors shown, in order. */
    public final List<String> asked = new CopyOnWriteArrayList<>();
    /** The filters the last file chooser offered. */
    public volatile List<FileFilter> filters = List.of();
    public volatile List<Path> files = List.of();
    public volatile Path folder;
    public volatile boolean confirmAnswer;
    public volatile boolean realReasons;

    @Override
    public List<Path> chooseFiles(Window owner, String title, List<FileFilter> offered) {
        asked.add(title);
        filters = List.copyOf(offered);
        return List.copyOf(files);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
        asked.add(title);
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, String initialName, List<FileFilter> offered) {
        return Optional.empty();
    }

    @Override
    public boolean confirm(Window owner, String question) {
        asked.add(question);
        return confirmAnswer;
    }

    @Override
    public Optional<String> askReason(Window owner, ReasonQuestion q) {
        return realReasons ? new FxDialogService().askReason(owner, q) : Optional.empty();
    }

    @Override
    public void showError(Window owner, String message) {
        asked.add("error: " + message);
    }

    /** The errors shown so far. */
    public List<String> errors() {
        return asked.stream().filter(a -> a.startsWith("error: ")).toList();
    }
}
