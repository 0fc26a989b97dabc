package app.galley.ui.app;

import app.galley.model.RecoveryNotice;

/** A recovery notice in the interface's language. */
final class RecoveryText {

    private RecoveryText() {
    }

    static String of(RecoveryNotice n, I18n i18n) {
        StringBuilder m = new StringBuilder();
        if (n.kind() == RecoveryNotice.Kind.DAMAGED) {
            m.append(i18n.format("recovery.damaged", n.problem(), n.aside())).append(' ');
            m.append(n.backupMade() != null ? i18n.format("recovery.restored", n.backupTime(), n.backupSeq())
                    : i18n.get("recovery.noBackup")).append(' ');
            m.append(n.unreadable() != null ? i18n.format("recovery.unreadable", n.unreadable())
                    : n.rowsMerged() == 0 ? i18n.get("recovery.nothingMerged")
                    : i18n.format("recovery.merged", n.rowsMerged())).append(' ');
            m.append(n.lost() > 0 ? i18n.get("recovery.mayBeLost") : i18n.get("recovery.nothingLost"));
            return m.toString();
        }
        m.append(i18n.format("recovery.rolledBack", n.found(), n.recorded(), n.recorded() - n.found())).append(' ');
        if (n.backupMade() == null) {
            return m.append(i18n.get("recovery.noneHolds")).toString();
        }
        m.append(i18n.format("recovery.rolledBackRestored", n.aside(), n.backupTime(), n.backupSeq(), n.rowsMerged()))
                .append(' ');
        return m.append(n.lost() > 0 ? i18n.format("recovery.laterLost", n.lost()) : i18n.get("recovery.nothingLost"))
                .toString();
    }
}
