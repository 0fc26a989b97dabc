package app.galley.ui.library;

import app.galley.analyze.FactCheckSummary;
import app.galley.model.Article;
import app.galley.model.ArticleStatus;
import app.galley.service.FactCheckGate;
import app.galley.ui.app.AppContext;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.DialogService;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.stage.Window;

/**
 * The fact-check gate in the window (issue 18): before an article moves to Ready or Published, or is
 * exported or sent for publication, its fact-check is read in the background; if it is not ready the
 * editor is asked, with the reasons listed, whether to go ahead and why, and going ahead is recorded
 * in the article's history (FactCheckGate) before the action runs.
 */
public final class StatusGate {

    private final AppContext context;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final LibraryViewModel library;
    private Supplier<Window> owner = () -> null;

    StatusGate(AppContext context, TaskExecutor tasks, I18n i18n, LibraryViewModel library) {
        this.context = context;
        this.tasks = tasks;
        this.i18n = i18n;
        this.library = library;
    }

    /** The window the question is asked over. */
    public void askOver(Supplier<Window> window) {
        this.owner = window;
    }

    /** Moves an article to {@code status}, through the gate when the status is Ready or Published. */
    void move(long id, ArticleStatus status) {
        if (!FactCheckGate.GATED.contains(status)) {
            library.moveStatus(id, status);
            return;
        }
        // an article already in that status moves nowhere: nothing to ask
        pass(List.of(id), FactCheckGate.Action.of(status), a -> a.status() != status, () -> library.moveStatus(id, status));
    }

    /**
     * Runs {@code then} on the FX thread once every one of these articles passed the gate: ready, or
     * gone ahead with by the editor (each override recorded); nothing if the editor does not go ahead.
     */
    public void pass(List<Long> ids, FactCheckGate.Action action, Runnable then) {
        pass(ids, action, a -> true, then);
    }

    /** As {@link #pass(List, FactCheckGate.Action, Runnable)}, asking only of the articles {@code gated} picks. */
    private void pass(List<Long> ids, FactCheckGate.Action action, java.util.function.Predicate<Article> gated, Runnable then) {
        FactCheckGate gate = context.services().gate();
        tasks.submit(() -> {
            Map<Article, List<FactCheckSummary.Problem>> stopped = new LinkedHashMap<>();
            for (long id : ids) {
                Optional<Article> a = context.services().articles().find(id).filter(gated);
                if (a.isPresent()) {
                    List<FactCheckSummary.Problem> p = gate.problems(a.get(), action);
                    if (!p.isEmpty()) {
                        stopped.put(a.get(), p);
                    }
                }
            }
            return stopped;
        }, stopped -> {
            if (stopped.isEmpty()) {
                then.run();
                return;
            }
            Optional<String> why = context.dialogs().askReason(owner.get(), new DialogService.ReasonQuestion(
                    i18n.get("gate.title"), question(stopped, action), reasons(stopped),
                    i18n.get("gate.goAhead"), i18n.get("gate.why")));
            if (why.isEmpty()) {
                library.messageProperty().set(i18n.get("gate.stopped"));
                return;
            }
            tasks.submit(() -> {
                List<Article> saved = new java.util.ArrayList<>();
                stopped.forEach((a, p) -> saved.add(gate.recordOverride(a, action, p.size(), why.get())));
                return saved;
            }, saved -> {
                saved.forEach(library::updated); // the shown article is the one with the override in its history
                then.run();
            }, e -> {
                BackgroundTasks.log(e);
                library.messageProperty().set(i18n.format("gate.failed", e.getMessage()));
            });
        }, BackgroundTasks::log);
    }

    private String question(Map<Article, List<FactCheckSummary.Problem>> stopped, FactCheckGate.Action action) {
        String what = i18n.get("gate.action." + action.name());
        return stopped.size() == 1
                ? i18n.format("gate.question.one", stopped.keySet().iterator().next().title(), what)
                : i18n.format("gate.question.many", stopped.size(), what);
    }

    /** The reasons as the fact-check panel words them: one line each, or one line per article when there are several. */
    private List<String> reasons(Map<Article, List<FactCheckSummary.Problem>> stopped) {
        List<String> out = new java.util.ArrayList<>();
        stopped.forEach((a, problems) -> {
            List<String> counted = problems.stream()
                    .collect(Collectors.groupingBy(FactCheckSummary.Problem::kind, LinkedHashMap::new, Collectors.counting()))
                    .entrySet().stream().map(k -> i18n.format("fc.problem." + k.getKey().name(), k.getValue())).toList();
            if (stopped.size() == 1) {
                out.addAll(counted);
            } else {
                out.add(a.title() + ": " + String.join(" · ", counted));
            }
        });
        return out;
    }
}
