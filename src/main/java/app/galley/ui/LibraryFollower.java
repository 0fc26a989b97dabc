package app.galley.ui;

import app.galley.model.Article;
import app.galley.model.ArticleSummary;
import app.galley.store.Library;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Keeps the window in step with what others write to its library (the command line, another window,
 * another process): every second it asks the library's change feed, off the FX thread, whether
 * anyone else committed a write; if so it reads the articles there too and hands them to the view
 * model, which updates the table, the counts and the shown article in place (ADR 13).
 */
final class LibraryFollower {

    static final Duration EVERY = Duration.seconds(1);

    private final Library library;
    private final LibraryViewModel model;
    private final BackgroundTasks tasks;
    private final BooleanSupplier typing;
    private final Runnable tagsChanged;
    private final java.util.function.BiConsumer<List<Long>, Long> reselect;
    private final Timeline timer;
    private boolean asking;

    /** What another writer left: read in the background, shown on the FX thread. */
    private record Found(List<ArticleSummary> articles, int queued, long shownId, Article shown) {
    }

    /**
     * @param typing      true while the editor holds typing not yet saved (the shown article is then kept)
     * @param tagsChanged told when others wrote (the tag views reload their counts)
     * @param reselect    given the table's selection as it was and the shown article's id, after rows changed
     */
    LibraryFollower(Library library, LibraryViewModel model, BackgroundTasks tasks, BooleanSupplier typing,
                    Runnable tagsChanged, java.util.function.BiConsumer<List<Long>, Long> reselect) {
        this.library = library;
        this.model = model;
        this.tasks = tasks;
        this.typing = typing;
        this.tagsChanged = tagsChanged;
        this.reselect = reselect;
        this.timer = new Timeline(new KeyFrame(EVERY, e -> ask()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    void start() {
        timer.play();
    }

    void stop() {
        timer.stop();
    }

    /** Asks the change feed now (unless a question is still out). Called on the FX thread. */
    void ask() {
        if (asking) {
            return;
        }
        asking = true;
        Article shown = model.currentProperty().get();
        long shownId = shown == null ? -1 : shown.id();
        Task<Found> task = new Task<>() {
            @Override
            protected Found call() {
                if (!library.changes().changedElsewhere()) {
                    return null;
                }
                return new Found(library.articles().list(), library.fetchQueue().count(), shownId,
                        shownId < 0 ? null : library.articles().find(shownId).orElse(null));
            }
        };
        task.setOnSucceeded(e -> {
            asking = false;
            Found f = task.getValue();
            if (f != null) {
                List<Long> selected = List.copyOf(model.selection());
                Article showing = model.currentProperty().get();
                model.changedElsewhere(f.articles(), f.queued(), f.shownId(), f.shown(), typing.getAsBoolean());
                reselect.accept(selected, showing == null ? -1L : showing.id());
                tagsChanged.run();
            }
        });
        task.setOnFailed(e -> asking = false); // the library closing, a broken connection: the next tick asks again
        task.setOnCancelled(e -> asking = false);
        tasks.run(task);
    }

    /**
     * Makes {@code rows} hold {@code all} with as few changes as it takes: a changed row is replaced in
     * place, a new one added at the top, a gone one removed, so a table over it keeps its selection.
     */
    static void mergeInto(javafx.collections.ObservableList<ArticleSummary> rows, List<ArticleSummary> all) {
        java.util.Map<Long, ArticleSummary> fresh = new java.util.LinkedHashMap<>();
        all.forEach(a -> fresh.put(a.id(), a));
        rows.removeIf(a -> !fresh.containsKey(a.id()));
        for (int i = 0; i < rows.size(); i++) {
            ArticleSummary now = fresh.remove(rows.get(i).id());
            if (!now.equals(rows.get(i))) {
                rows.set(i, now);
            }
        }
        rows.addAll(0, fresh.values());
    }
}
