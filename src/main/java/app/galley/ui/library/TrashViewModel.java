package app.galley.ui.library;

import app.galley.ui.app.AppContext;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Deleting articles (issue 18): they go to the Trash, a section of their own, and the last deletion
 * can be undone from the status bar; in the Trash they can be put back, and the Trash emptied on
 * request (the view asks first). Every write runs on the task executor and the table follows.
 */
public final class TrashViewModel {

    private final AppContext context;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final LibraryViewModel library;
    /** The status bar's message. */
    private final javafx.beans.property.StringProperty message;
    /** The articles the last deletion put in the Trash (null: nothing to undo). */
    private final ObjectProperty<List<Long>> undoable = new SimpleObjectProperty<>();

    TrashViewModel(AppContext context, TaskExecutor tasks, I18n i18n, LibraryViewModel library,
                   javafx.beans.property.StringProperty message) {
        this.message = message;
        this.context = context;
        this.tasks = tasks;
        this.i18n = i18n;
        this.library = library;
    }

    /** Puts these articles in the Trash; the deletion can then be undone. */
    public void moveToTrash(List<Long> ids) {
        List<Long> which = List.copyOf(ids);
        if (which.isEmpty()) {
            return;
        }
        write(() -> context.services().articles().moveToTrash(which), n -> {
            undoable.set(which);
            message.set(i18n.format("trash.moved", n));
            if (library.currentProperty().get() != null && which.contains(library.currentProperty().get().id())) {
                library.select(-1); // the shown article is in the Trash now
            }
        });
    }

    /** Puts back the articles the last deletion put in the Trash. */
    public void undo() {
        List<Long> which = undoable.get();
        if (which != null) {
            restore(which);
        }
    }

    /** Takes these articles out of the Trash, back to the section they were in. */
    public void restore(List<Long> ids) {
        List<Long> which = List.copyOf(ids);
        if (which.isEmpty()) {
            return;
        }
        write(() -> context.services().articles().restore(which), n -> {
            undoable.set(null);
            message.set(i18n.format("trash.restored", n));
        });
    }

    /** Deletes everything in the Trash for good (the view has asked the editor). */
    public void empty() {
        write(() -> context.services().articles().emptyTrash(), n -> {
            undoable.set(null);
            message.set(i18n.format("trash.emptied", n));
        });
    }

    /** The last deletion, while it can be undone. */
    public ObjectProperty<List<Long>> undoableProperty() {
        return undoable;
    }

    private void write(Callable<Integer> work, IntConsumer then) {
        tasks.submit(work, n -> {
            library.refresh();
            then.accept(n);
        }, e -> {
            BackgroundTasks.log(e);
            message.set(i18n.format("trash.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        });
    }
}
