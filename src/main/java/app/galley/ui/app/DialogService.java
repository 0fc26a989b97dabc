package app.galley.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The questions the window puts to the editor in a dialog of the system (after JabRef's
 * {@code DialogService}): which files, which folder, where to save, are you sure. Views ask it instead
 * of making file choosers and alerts themselves, so a test can answer as an editor would (Monocle has
 * no native file dialogs) and the questions look alike everywhere.
 */
public interface DialogService {

    /** A kind of file offered in a chooser: "Articles (*.txt, *.html …)". */
    record FileFilter(String description, List<String> patterns) {
    }

    /** Files to open; empty if the editor cancels. */
    List<Path> chooseFiles(Window owner, String title, List<FileFilter> filters);

    /** A folder; empty if the editor cancels. */
    Optional<Path> chooseFolder(Window owner, String title, Path initial);

    /** Where to save a file; empty if the editor cancels. */
    Optional<Path> chooseSaveFile(Window owner, String title, String initialName, List<FileFilter> filters);

    /** True if the editor confirms {@code question}. */
    boolean confirm(Window owner, String question);

    /** A question to go ahead although {@code reasons} stand in the way, with the dialog's words. */
    record ReasonQuestion(String title, String question, List<String> reasons, String goAhead, String why) {
    }

    /**
     * Asks the editor whether to go ahead although the reasons stand in the way, and why: the reason
     * given, or empty if the editor does not go ahead. Refuses unless a dialog asks.
     */
    default Optional<String> askReason(Window owner, ReasonQuestion q) {
        return Optional.empty();
    }

    /** Tells the editor what went wrong. */
    void showError(Window owner, String message);
}
