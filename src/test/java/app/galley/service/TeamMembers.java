package app.galley.service;

import app.galley.publish.Credentials;
import app.galley.store.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The team tests' members: a library's services as the named member, with a credentials file of their own. */
public final class TeamMembers {

    private TeamMembers() {
    }

    /**
     * The services of {@code lib} for the member {@code name}, keeping the team password in a
     * credentials file under {@code dir} that no other member shares.
     */
    public static Services of(Library lib, Path dir, String name) throws IOException {
        Path config = Files.createDirectories(config(dir, name));
        return Services.of(lib, Services.Options.standard().withUser(name)
                .withCredentials(new Credentials(config.resolve("credentials.properties"))));
    }

    /** The member's configuration folder under {@code dir} (for a member run as a process: {@code -Dgalley.config}). */
    public static Path config(Path dir, String name) {
        return dir.resolve("config-" + Integer.toHexString(name.hashCode()));
    }
}
