package app.galley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Galley does when a library's store is damaged or has gone back in time, and what it tells the
 * editor: the store moved aside, the newest good backup restored, what can still be read from the old
 * store merged back, and exactly what could not be recovered.
 */
final class LibraryRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryRecovery.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private LibraryRecovery() {
    }

    /** The store could not be read: recover it and say how. */
    static String damaged(Path dir, StoreFiles.Keys keys, Clock clock, Throwable cause) throws IOException, SQLException {
        String problem = rootMessage(cause);
        LOG.error("The library store in {} is damaged: {}", dir, problem, cause);
        long recorded = StoreFiles.recordedSequence(dir);
        Path aside = Recovery.moveAside(dir, clock, "it could not be read (" + problem + ")");
        StringBuilder msg = new StringBuilder("The library's database could not be read (").append(problem)
                .append("). It was moved, untouched, to ").append(aside).append(". ");
        Optional<Backups.Backup> backup = new Backups(dir, clock).list().stream().findFirst();
        if (backup.isPresent()) {
            Backups.restore(backup.get(), dir);
            msg.append("The backup of ").append(WHEN.format(backup.get().made())).append(" (change ")
                    .append(backup.get().sequence()).append(") was restored. ");
        } else {
            msg.append("There was no backup, so a new database was made. ");
        }
        try (Connection admin = EmbeddedStore.prepared(EmbeddedStore.url(dir), dir, keys)) {
            try (Connection salvaged = Recovery.salvage(aside)) {
                Recovery.Merged m = Recovery.merge(salvaged, admin, true);
                msg.append(m.total() == 0 ? "The recovery tool found nothing newer in the damaged database. "
                        : "From the damaged database, " + describe(m) + " were recovered and merged back. ");
            } catch (SQLException | IOException | RuntimeException e) {
                LOG.warn("Salvaging rows from {} failed", aside, e);
                msg.append("The recovery tool could read nothing from the damaged database (")
                        .append(rootMessage(e)).append("). ");
            }
            long now = settle(admin, dir, recorded);
            if (recorded > 0 && backup.map(b -> b.sequence() < recorded).orElse(true)) {
                msg.append("The library had reached change ").append(recorded)
                        .append("; changes after the backup that the damaged database no longer held are lost:")
                        .append(" check the articles imported or edited last.");
            } else {
                msg.append("Nothing is known to be lost (the library is at change ").append(now).append(").");
            }
        }
        return msg.toString().strip();
    }

    /** The store opened but is older than the last change recorded beside it. */
    static String rolledBack(Path dir, StoreFiles.Keys keys, Clock clock, long found, long recorded)
            throws IOException, SQLException {
        long missing = recorded - found;
        LOG.error("The library store in {} is at change {} but change {} was recorded", dir, found, recorded);
        Optional<Backups.Backup> better = new Backups(dir, clock).list().stream()
                .filter(b -> b.sequence() > found).findFirst();
        StringBuilder msg = new StringBuilder("The library's database had gone back in time: it was at change ")
                .append(found).append(", but change ").append(recorded).append(" had been saved (")
                .append(missing).append(missing == 1 ? " change" : " changes").append(" missing). ");
        if (better.isEmpty()) {
            try (Connection admin = EmbeddedStore.admin(EmbeddedStore.url(dir), keys)) {
                settle(admin, dir, recorded);
            }
            return msg.append("No backup holds them, so they could not be recovered: check the articles imported")
                    .append(" or edited last. The library opens as it was found.").toString();
        }
        Backups.Backup b = better.get();
        Path aside = Recovery.moveAside(dir, clock, "it was older than the library's last recorded change");
        Backups.restore(b, dir);
        try (Connection admin = EmbeddedStore.prepared(EmbeddedStore.url(dir), dir, keys);
             Connection old = EmbeddedStore.admin("jdbc:h2:file:" + aside.resolve(Library.DB_NAME)
                     + ";ACCESS_MODE_DATA=r", keys)) {
            Recovery.Merged m = Recovery.merge(old, admin, false);
            settle(admin, dir, recorded);
            msg.append("The older database was moved to ").append(aside).append(", and the backup of ")
                    .append(WHEN.format(b.made())).append(" (change ").append(b.sequence()).append(") restored");
            msg.append(m.total() == 0 ? ". " : ", with " + describe(m) + " from the older database merged in. ");
            if (b.sequence() < recorded) {
                msg.append(recorded - b.sequence()).append(" later changes are in no backup and are lost:")
                        .append(" check the articles imported or edited last.");
            } else {
                msg.append("Nothing is lost.");
            }
        }
        return msg.toString();
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

    private static String describe(Recovery.Merged m) {
        Map<String, Integer> rows = new java.util.LinkedHashMap<>(m.added());
        m.replaced().forEach((k, v) -> rows.merge(k, v, Integer::sum));
        List<String> parts = rows.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (e.getValue() == 1 ? " row" : " rows"))
                .collect(Collectors.toList());
        return String.join(", ", parts);
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
