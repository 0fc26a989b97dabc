package app.galley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an embedded library's backups off the caller's thread, one at a time: at open (not when the
 * window opens it) and whenever asked (the window asks every few minutes) if the library changed since the newest backup and that
 * one is old enough. Closing the library waits for a backup under way.
 */
final class BackupRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRunner.class);

    private final Path dir;
    private final StoreFiles.Keys keys;
    private final Backups backups;
    private Thread running;

    BackupRunner(Path dir, StoreFiles.Keys keys, Clock clock) {
        this.dir = dir;
        this.keys = keys;
        this.backups = new Backups(dir, clock);
    }

    synchronized void startIfDue() {
        if (running != null && running.isAlive()) {
            return;
        }
        running = new Thread(this::runIfDue, "galley-backup");
        running.setDaemon(true);
        running.start();
    }

    private void runIfDue() {
        for (int attempt = 1; ; attempt++) {
            try (Connection admin = DriverManager.getConnection(EmbeddedStore.adminUrl(dir), EmbeddedStore.ADMIN, keys.admin())) {
                if (backups.due(Jdbc.sequence(admin))) {
                    Backups.Backup b = backups.make(admin);
                    LOG.info("Library backed up to {} (change {})", b.file(), b.sequence());
                }
                return;
            } catch (Exception e) {
                // the process that hosted the library's server port went away mid-backup: the next
                // connection reconnects (or this process becomes the host), so that is tried again
                if (Jdbc.connectionBroken(e) && attempt < Jdbc.RETRIES) {
                    LOG.debug("Backup of {} cut off ({}); trying again", dir, e.getMessage());
                    Jdbc.pause(attempt);
                    continue;
                }
                LOG.warn("Backing up the library in {} failed: {}", dir, e.getMessage());
                return;
            }
        }
    }

    /** Waits (up to a minute) for a backup under way to finish. */
    void awaitRunning() {
        Thread t;
        synchronized (this) {
            t = running;
        }
        if (t != null) {
            try {
                t.join(TimeUnit.MINUTES.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
