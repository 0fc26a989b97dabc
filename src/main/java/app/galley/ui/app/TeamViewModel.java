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

    private final Services services;
    private final TaskExecutor tasks;
    private final ObjectProperty<TeamState> state = new SimpleObjectProperty<>(TeamState.alone());
    private final ObjectProperty<Map<String, Instant>> editing = new SimpleObjectProperty<>(Map.of());
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

    /** Starts syncing if the library is in a team (read off the FX thread). */
    public void start() {
        tasks.submit(() -> services.team().follow(s -> tasks.onFx(() -> state.set(s))), this::run,
                e -> LoggerFactory.getLogger(TeamViewModel.class).warn("Team sync not started", e));
        if (presence == null) {
            presence = tasks.every(PRESENCE_EVERY, this::askPresence);
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
        shown = articleId;
        editing.set(Map.of());
        if (articleId >= 0 && state.get().kind() != TeamState.Kind.ALONE) {
            tasks.submit(this::askPresence);
        }
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
            presence = null;
        }
    }
}
