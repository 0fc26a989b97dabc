package app.galley.ui.library;

import app.galley.model.ArticleStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * A library section in the sidebar: everything, the articles in one workflow status, those assigned
 * to the user or overdue (issue 23), or the Trash.
 */
public record Section(ArticleStatus status, boolean trash, Assigned assigned) {

    /** The sections of assignments. */
    public enum Assigned {
        /** Assigned to the user, in any role. */
        MINE,
        /** With an assignment past due, not yet published or spiked. */
        OVERDUE
    }

    public static final Section ALL = new Section(null, false, null);
    public static final Section TRASH = new Section(null, true, null);
    public static final Section MINE = new Section(null, false, Assigned.MINE);
    public static final Section OVERDUE = new Section(null, false, Assigned.OVERDUE);

    public Section(ArticleStatus status) {
        this(status, false, null);
    }

    public static List<Section> all() {
        List<Section> list = new ArrayList<>();
        list.add(ALL);
        for (ArticleStatus s : ArticleStatus.values()) {
            list.add(new Section(s));
        }
        list.add(MINE);
        list.add(OVERDUE);
        list.add(TRASH);
        return list;
    }
}
