package app.galley.store;

import java.nio.file.Path;
import org.h2.api.DatabaseEventListener;

/**
 * Makes {@link StoreRepair}'s check whenever H2 itself is about to open a library's file, in whatever
 * process opens it: when Galley opens a library, and also when a process's connections reopen the file
 * on their own because the process hosting the server port exited (H2's driver does that without
 * Galley). H2 calls {@link #init} before it takes the file's lock and reads it, and also each time a
 * new session names the listener on a database already open: then the check does nothing, and never
 * touches the file ({@link #aboutToOpen}).
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
        if (dir != null && aboutToOpen()) {
            StoreRepair.beforeOpen(dir);
        }
    }

    /**
     * True when H2 calls from the constructor of a database it is about to open (its file not yet
     * locked by this process), false when a new session names the listener on a database this process
     * already has open. The check must not run then: it reads the store file, and on Linux and macOS
     * closing any file handle on a file releases every lock the process holds on it (POSIX record
     * locks), H2's among them. With the lock gone, another process's check found the live store
     * "not closed cleanly" and opened it for repair while this one went on writing: two writers on
     * one file, and committed changes lost (found by the kill campaign, 2026-12-02; StoreLockTest).
     */
    static boolean aboutToOpen() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                f -> f.getClassName().equals("org.h2.engine.Database") && f.getMethodName().equals("<init>")));
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
