package app.galley.ui.editor;

import app.galley.model.AuditEvent;
import app.galley.ui.app.I18n;

/** An audit event in words, in the interface's language ("Cleaned: 121 changes", "Status: Inbox → Editing"). */
final class AuditText {

    private final I18n i18n;
    private final app.galley.ui.app.Formats formats;

    AuditText(I18n i18n, app.galley.ui.app.Formats formats) {
        this.i18n = i18n;
        this.formats = formats;
    }

    String describe(AuditEvent e) {
        String key = "audit." + e.action().id();
        return switch (e.action()) {
            case IMPORT -> i18n.format(key, d(e, "source"));
            case EDIT -> i18n.format(key, d(e, "note"));
            case CLEAN -> i18n.format(key, number(e, "changes"));
            case CONVERT -> i18n.format(key, d(e, "profile"), number(e, "changes"));
            case RESTORE -> i18n.format(key, d(e, "revision"));
            case STATUS -> i18n.format(key, i18n.named("status.", d(e, "from")), i18n.named("status.", d(e, "to")));
            case VERDICT -> i18n.format(key, i18n.named("fc.verdict.", d(e, "verdict")), d(e, "text"));
            case RESOLVE -> i18n.format("true".equals(e.get("resolved")) ? key : "audit.reopen", d(e, "text"));
            case OVERRIDE -> i18n.format(key, i18n.named("history.note.action.", d(e, "action").toUpperCase(java.util.Locale.ROOT)),
                    number(e, "problems"), d(e, "reason"));
            case EXPORT -> i18n.format(key, d(e, "format"), d(e, "to"));
            case QUEUE -> e.get("at") == null ? i18n.format(key, d(e, "target"), i18n.named("outbox.action.", d(e, "action")))
                    : i18n.format("audit.queue.at", d(e, "target"), i18n.named("outbox.action.", d(e, "action")), when(d(e, "at")));
            case PUBLISH, UNPUBLISH -> i18n.format(key, d(e, "url"));
            case TAG, UNTAG -> i18n.format(key, d(e, "tag"));
            case ASSIGN, UNASSIGN -> i18n.format(key, d(e, "assignee"), d(e, "role"));
            case SIGN_OFF -> i18n.format(key, i18n.named("status.", d(e, "to")));
            case ANNOTATE, UNANNOTATE, COMMENT, COMMENT_EDIT, COMMENT_DELETE -> i18n.format(key, d(e, "text"));
            case TRASH, UNTRASH, DELETE -> i18n.get(key);
            case EMBARGO -> e.get("until") == null || e.get("until").isEmpty() ? i18n.get("audit.embargo.lifted")
                    : i18n.format(key, d(e, "until"));
        };
    }

    /** A stored instant as the interface shows dates and times; as stored if it is not one. */
    private String when(String instant) {
        try {
            return formats.instant(java.time.Instant.parse(instant));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    private static String d(AuditEvent e, String name) {
        String v = e.get(name);
        return v == null ? "" : v;
    }

    private static long number(AuditEvent e, String name) {
        try {
            return Long.parseLong(d(e, name));
        } catch (NumberFormatException x) {
            return 0;
        }
    }

}
