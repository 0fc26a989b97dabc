package app.galley.service;

import app.galley.store.TeamServer;

/**
 * The team library's server (issue 22): preparing a PostgreSQL database for a newsroom's shared
 * library. Syncing members' libraries with it is still to come (ADR 25).
 */
public final class TeamService {

    /**
     * Prepares the database at {@code url} ({@code postgresql://HOST[:PORT]/DATABASE}) with Galley's
     * migrations.
     *
     * @throws IllegalArgumentException for an address that is not a team server address
     * @throws TeamServer.Problem       when the server cannot be reached or used, saying why
     */
    public TeamServer.Outcome init(String url, String user, String password) throws TeamServer.Problem {
        return TeamServer.init(TeamServer.Address.parse(url), user, password);
    }
}
