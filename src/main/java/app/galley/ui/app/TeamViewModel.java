package app.galley.ui.app;

import app.galley.model.TeamState;
import app.galley.service.Services;
import app.galley.service.TeamSync;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.LoggerFactory;

/**
 * The window's side of the team library (issue 22): the sync running on a thread of its own while
 * the window is open (started again after Preferences › Team connects), its state for the status bar,
 * and who else has the shown article open.
 */
public final class TeamViewModel implements AutoCloseable {

    /** How often the shown article's presence is said and asked. */
    static final Duration PRESENCE_EVERY = Duration.ofSeconds(10);
    /** How often the shown article's conflicts are read (in this library: cheap). */
    static final Duration CONFLICTS_EVERY = Duration.ofSeconds(2);

    private final Services services;
    private final TaskExecutor tasks;
    private final ObjectProperty<TeamState> state = new SimpleObjectProperty<>(TeamState.alone());
    private final ObjectProperty<Map<String, Instant>> editing = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<java.util.List<app.galley.model.TeamConflict>> conflicts =
            new SimpleObjectProperty<>(java.util.List.of());
    private TaskExecutor.Repeating conflictWatch;
    private volatile long shown = -1;
    private TeamSync sync;
    private TaskExecutor.Repeating presence;

    public TeamViewModel(Services services, TaskExecutor tasks) {
        this.services = services;
        this.tasks = tasks;
    }

    /** The team state as the sync last said it. */
    public ReadOnlyObjectProperty<TeamState> stateProperty() {
        return state;
    }

    /** The other members who have the shown article open, with since when. */
    public ReadOnlyObjectProperty<Map<String, Instant>> editingProperty() {
        return editing;
    }

    /** What merges left unsettled on the shown article. */
    public ReadOnlyObjectProperty<java.util.List<app.galley.model.TeamConflict>> conflictsProperty() {
        return conflicts;
    }

    /** The editor settled the shown article's conflicts (chose a version in History, or edited the merge). */
    public void settleConflicts() {
        long id = shown;
        conflicts.set(java.util.List.of());
        if (id >= 0) {
            tasks.submit(() -> services.team().settleConflicts(id));
        }
    }

    /** Starts syncing if the library is in a team (read off the FX thread). */
    public void start() {
        tasks.submit(() -> services.team().follow(s -> tasks.onFx(() -> state.set(s))), this::run,
                e -> LoggerFactory.getLogger(TeamViewModel.class).warn("Team sync not started", e));
        if (presence == null) {
            presence = tasks.every(PRESENCE_EVERY, this::askPresence);
            conflictWatch = tasks.every(CONFLICTS_EVERY, this::readConflicts);
        }
    }

    private void run(Optional<TeamSync> found) {
        stopSync();
        if (found.isEmpty()) {
            state.set(TeamState.alone());
            return;
        }
        sync = found.get().start();
    }

    /** The library joined or left its team: the sync starts again as it now is. */
    public void restart() {
        start();
    }

    /** The article now shown (or -1): its presence is said and asked at once, then every few seconds. */
    public void show(long articleId) {
        if (articleId == shown) {
            return; // the same article read again (a change from elsewhere): what is shown stays
        }
        shown = articleId;
        editing.set(Map.of());
        conflicts.set(java.util.List.of());
        if (articleId >= 0 && state.get().kind() != TeamState.Kind.ALONE) {
            tasks.submit(this::askPresence);
            tasks.submit(this::readConflicts);
        }
    }

    private void readConflicts() {
        long id = shown;
        if (id < 0 || state.get().kind() == TeamState.Kind.ALONE) {
            return;
        }
        java.util.List<app.galley.model.TeamConflict> found = services.team().conflicts(id);
        tasks.onFx(() -> {
            if (shown == id && !found.equals(conflicts.get())) {
                conflicts.set(found);
            }
        });
    }

    private void askPresence() {
        long id = shown;
        if (id < 0 || state.get().kind() == TeamState.Kind.ALONE) {
            return;
        }
        Map<String, Instant> others = services.team().editing(id);
        tasks.onFx(() -> {
            if (shown == id) {
                editing.set(others);
            }
        });
    }

    private void stopSync() {
        if (sync != null) {
            sync.close();
            sync = null;
        }
    }

    @Override
    public void close() {
        stopSync();
        if (presence != null) {
            presence.close();
            conflictWatch.close();
            presence = null;
        }
    }
}
