package app.galley.store;

import app.galley.model.RecoveryNotice;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Galley does when a library's store is damaged or has gone back in time, and what it tells the
 * editor: the store moved aside, the newest good backup restored, what can still be read from the old
 * store merged back, and exactly what could not be recovered.
 */
final class LibraryRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryRecovery.class);

    private LibraryRecovery() {
    }

    /** The store could not be read: recover it and say how. */
    static RecoveryNotice damaged(Path dir, StoreFiles.Keys keys, Clock clock, Throwable cause) throws IOException, SQLException {
        String problem = rootMessage(cause);
        LOG.error("The library store in {} is damaged: {}", dir, problem, cause);
        long recorded = StoreFiles.recordedSequence(dir);
        Path aside = Recovery.moveAside(dir, clock, "it could not be read (" + problem + ")");
        Optional<Backups.Backup> backup = new Backups(dir, clock).list().stream().findFirst();
        if (backup.isPresent()) {
            Backups.restore(backup.get(), dir);
        }
        int merged = 0;
        String unreadable = null;
        long now;
        try (Connection admin = EmbeddedStore.prepared(EmbeddedStore.adminUrl(dir), dir, keys)) {
            try (Connection salvaged = Recovery.salvage(aside)) {
                merged = Recovery.merge(salvaged, admin, true).total();
            } catch (SQLException | IOException | RuntimeException e) {
                LOG.warn("Salvaging rows from {} failed", aside, e);
                unreadable = rootMessage(e);
            }
            now = settle(admin, dir, recorded);
        }
        return new RecoveryNotice(RecoveryNotice.Kind.DAMAGED, problem, aside.toString(),
                backup.map(Backups.Backup::made).orElse(null), backup.map(Backups.Backup::sequence).orElse(0L),
                now, Math.max(recorded, 0), merged, unreadable);
    }

    /** The store opened but is older than the last change recorded beside it. */
    static RecoveryNotice rolledBack(Path dir, StoreFiles.Keys keys, Clock clock, long found, long recorded)
            throws IOException, SQLException {
        LOG.error("The library store in {} is at change {} but change {} was recorded", dir, found, recorded);
        Optional<Backups.Backup> better = new Backups(dir, clock).list().stream()
                .filter(b -> b.sequence() > found).findFirst();
        if (better.isEmpty()) {
            try (Connection admin = EmbeddedStore.admin(EmbeddedStore.adminUrl(dir), keys)) {
                settle(admin, dir, recorded);
            }
            return new RecoveryNotice(RecoveryNotice.Kind.ROLLED_BACK, null, null, null, 0, found, recorded, 0, null);
        }
        Backups.Backup b = better.get();
        Path aside = Recovery.moveAside(dir, clock, "it was older than the library's last recorded change");
        Backups.restore(b, dir);
        int merged;
        try (Connection admin = EmbeddedStore.prepared(EmbeddedStore.adminUrl(dir), dir, keys);
             Connection old = EmbeddedStore.admin("jdbc:h2:file:" + aside.resolve(Library.DB_NAME)
                     + ";ACCESS_MODE_DATA=r", keys)) {
            merged = Recovery.merge(old, admin, false).total();
            settle(admin, dir, recorded);
        }
        return new RecoveryNotice(RecoveryNotice.Kind.ROLLED_BACK, null, aside.toString(), b.made(), b.sequence(), found,
                recorded, merged, null);
    }

    /** The store's sequence and the record beside it agree again (at least {@code recorded}). */
    private static long settle(Connection admin, Path dir, long recorded) throws SQLException, IOException {
        long seq = Jdbc.sequence(admin);
        if (recorded > seq) {
            try (PreparedStatement ps = admin.prepareStatement("UPDATE library_change SET seq = ? WHERE id = 1")) {
                ps.setLong(1, recorded);
                ps.executeUpdate();
            }
            seq = recorded;
        }
        StoreFiles.resetSequence(dir, seq);
        return seq;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = Optional.ofNullable(t.getMessage()).orElse(t.getClass().getSimpleName());
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
