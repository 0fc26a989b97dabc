package app.galley.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What Galley found and did when it opened a library whose database was damaged or had gone back in
 * time: the facts, for each front-end to say in its own language ({@link #message()} is the English).
 *
 * @param kind        damaged (could not be read) or rolled back (older than its last recorded change)
 * @param problem     what the database said, for a damaged one (null otherwise)
 * @param aside       the folder the old database was moved to, untouched (null if it was kept)
 * @param backupMade  when the restored backup was made (null if none was restored)
 * @param backupSeq   the change the restored backup holds (0 if none)
 * @param found       the change the database was found at (rolled back) or is at now (damaged)
 * @param recorded    the last change recorded beside the database
 * @param rowsMerged  rows read from the old database and merged back
 * @param unreadable  why nothing could be read from the damaged database (null if it could be)
 */
public record RecoveryNotice(Kind kind, String problem, String aside, Instant backupMade, long backupSeq, long found,
                             long recorded, int rowsMerged, String unreadable) {

    public enum Kind { DAMAGED, ROLLED_BACK }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    /** When the restored backup was made, as shown. */
    public String backupTime() {
        return backupMade == null ? "" : WHEN.format(backupMade);
    }

    /** Changes known to be lost: those after the restored backup (or after the store found) up to the record. */
    public long lost() {
        long base = backupMade != null ? backupSeq : kind == Kind.ROLLED_BACK ? found : 0;
        return Math.max(0, recorded - base);
    }

    /** The notice in English, as the command line prints it. */
    public String message() {
        StringBuilder m = new StringBuilder();
        if (kind == Kind.DAMAGED) {
            m.append("The library's database could not be read (").append(problem).append("). It was moved, untouched, to ")
                    .append(aside).append(". ");
            m.append(backupMade != null ? "The backup of " + backupTime() + " (change " + backupSeq + ") was restored. "
                    : "There was no backup, so a new database was made. ");
            if (unreadable != null) {
                m.append("The recovery tool could read nothing from the damaged database (").append(unreadable).append("). ");
            } else {
                m.append(rowsMerged == 0 ? "The recovery tool found nothing more in the damaged database. "
                        : rowsMerged + " rows still readable in the damaged database were merged back. ");
            }
            m.append(recorded > 0 && lost() > 0 && rowsMerged == 0
                    ? "The library had reached change " + recorded + "; changes after the backup that the damaged database"
                    + " no longer held are lost: check the articles imported or edited last."
                    : recorded > 0 && lost() > 0 ? "Changes after the backup that the damaged database no longer held may be"
                    + " lost: check the articles imported or edited last." : "Nothing is known to be lost.");
            return m.toString();
        }
        long missing = recorded - found;
        m.append("The library's database had gone back in time: it was at change ").append(found).append(", but change ")
                .append(recorded).append(" had been saved (").append(missing).append(missing == 1 ? " change" : " changes")
                .append(" missing). ");
        if (backupMade == null) {
            return m.append("No backup holds them, so they could not be recovered: check the articles imported or edited")
                    .append(" last. The library opens as it was found.").toString();
        }
        m.append("The older database was moved to ").append(aside).append(", and the backup of ").append(backupTime())
                .append(" (change ").append(backupSeq).append(") restored");
        m.append(rowsMerged == 0 ? ". " : ", with " + rowsMerged + " rows from the older database merged in. ");
        return m.append(lost() > 0 ? lost() + " later changes are in no backup and are lost: check the articles imported"
                + " or edited last." : "Nothing is lost.").toString();
    }
}
