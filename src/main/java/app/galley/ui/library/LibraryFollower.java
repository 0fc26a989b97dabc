package app.galley.ui.library;

import app.galley.model.Article;
import app.galley.service.Services;
import app.galley.ui.app.TaskExecutor;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Keeps the window in step with what others write to its library (the command line, another window,
 * another process): every second it asks the library's change feed, off the FX thread, whether
 * anyone else committed a write; if so the view model reads the table's rows and counts again in
 * place and the shown article is read there too (ADR 13).
 */
public final class LibraryFollower {

    static final Duration EVERY = Duration.ofSeconds(1);

    private final Services services;
    private final LibraryViewModel model;
    private final TaskExecutor tasks;
    private final BooleanSupplier typing;
    private final Runnable tagsChanged;
    private TaskExecutor.Repeating repeating;
    /** The shown article's id, kept for the background reads. */
    private volatile long shownId;

    /** What another writer left: read in the background, shown on the FX thread. */
    private record Found(int queued, long shownId, Article shown) {
    }

    /**
     * @param typing      true while the editor holds typing not yet saved (the shown article is then kept)
     * @param tagsChanged told when others wrote (the tag views reload their counts)
     */
    public LibraryFollower(Services services, LibraryViewModel model, TaskExecutor tasks, BooleanSupplier typing,
                    Runnable tagsChanged) {
        this.services = services;
        this.model = model;
        this.tasks = tasks;
        this.typing = typing;
        this.tagsChanged = tagsChanged;
        model.currentProperty().addListener((o, was, now) -> shownId = now == null ? -1 : now.id());
        Article now = model.currentProperty().get();
        this.shownId = now == null ? -1 : now.id();
    }

    /** Starts asking, every {@link #EVERY}, on the task executor (never on the FX thread). */
    public void start() {
        if (repeating == null) {
            repeating = tasks.every(EVERY, this::ask);
        }
    }

    public void stop() {
        if (repeating != null) {
            repeating.close();
            repeating = null;
        }
    }

    /** Asks the change feed once, off the FX thread; what others wrote is shown on the FX thread. */
    void ask() {
        if (!services.library().changedElsewhere()) {
            return;
        }
        long shown = shownId;
        Found found = new Found(services.feeds().queued(), shown,
                shown < 0 ? null : services.articles().find(shown).orElse(null));
        tasks.onFx(() -> show(found));
    }

    private void show(Found f) {
        // the rows keep the table's selection themselves (RowReplacing)
        model.changedElsewhere(f.queued(), f.shownId(), f.shown(), typing.getAsBoolean());
        tagsChanged.run();
    }
}
