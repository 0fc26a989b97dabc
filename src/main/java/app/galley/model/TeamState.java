package app.galley.model;

import java.time.Instant;

/**
 * Where a library stands with its team server (issue 22), as the status bar shows it.
 *
 * @param pending      articles changed here that wait to go up
 * @param offlineSince when the server was last found unreachable (OFFLINE only)
 * @param problem      why it is offline, in one sentence (OFFLINE only)
 */
public record TeamState(Kind kind, String server, int pending, Instant offlineSince, String problem) {

    public enum Kind {
        /** The library is not in a team. */
        ALONE,
        /** Reaching the server for the first time since start. */
        CONNECTING,
        /** Connected, nothing waiting. */
        CONNECTED,
        /** Connected, changes going up or coming down. */
        SYNCING,
        /** The server cannot be reached; work goes on here and goes up later. */
        OFFLINE
    }

    public static TeamState alone() {
        return new TeamState(Kind.ALONE, null, 0, null, null);
    }
}
