package app.galley.model;

import java.util.Locale;

/** What an audit event records (issue 23): every kind of action that changes the library. */
public enum AuditAction {
    IMPORT, EDIT, CLEAN, CONVERT, RESTORE, STATUS, TAG, UNTAG, ANNOTATE, VERDICT, UNANNOTATE,
    COMMENT, COMMENT_EDIT, COMMENT_DELETE, RESOLVE, ASSIGN, UNASSIGN, SIGN_OFF, OVERRIDE,
    EXPORT, QUEUE, PUBLISH, UNPUBLISH, TRASH, UNTRASH, DELETE, EMBARGO;

    /** The lower-case name used in files, JSON and on the command line ("comment-edit"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AuditAction of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
