package app.galley.store;

import java.nio.file.Path;
import org.h2.api.DatabaseEventListener;

/**
 * Makes {@link StoreRepair}'s check whenever H2 itself is about to open a library's file, in whatever
 * process opens it: when Galley opens a library, and also when a process's connections reopen the file
 * on their own because the process hosting the server port exited (H2's driver does that without
 * Galley). H2 calls {@link #init} before it takes the file's lock and reads it; on a file that is
 * already open (H2 also calls it when a session names the listener on an open database) the check
 * finds the file locked and does nothing.
 * <p>
 * Public, with a public constructor, because H2 makes it by name from the store's address
 * ({@code DATABASE_EVENT_LISTENER}); the name is the one class of Galley's that {@code h2.allowedClasses}
 * lets H2 load.
 */
public final class StoreOpenCheck implements DatabaseEventListener {

    public StoreOpenCheck() {
        // made by H2
    }

    @Override
    public void init(String url) {
        Path dir = libraryDir(url);
        if (dir != null) {
            StoreRepair.beforeOpen(dir);
        }
    }

    /** The library folder of an embedded store's address, or null for any other address. */
    static Path libraryDir(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length());
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("mem:")) {
            return null;
        }
        int semi = rest.indexOf(';');
        Path store = Path.of(semi >= 0 ? rest.substring(0, semi) : rest);
        return store.getParent();
    }
}
